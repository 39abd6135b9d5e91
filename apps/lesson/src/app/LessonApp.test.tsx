import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { render } from 'vitest-browser-react';
import { memoryLocation } from 'wouter/memory-location';
import { exitAnswerStorageKey } from '../chapters/debate/ExitQuestionDemo.js';
import { languageStorageKey } from '../i18n/language.js';
import type { LessonData } from '../step/lesson-data.js';
import { lessonFixture, sourcesFixture } from '../test-fixtures/lesson.js';
import { lessonFixtureFr } from '../test-fixtures/lesson-fr.js';
import { LessonApp } from './LessonApp.js';

const data: LessonData = {
  lessons: { en: lessonFixture, fr: lessonFixtureFr },
  sources: sourcesFixture,
};

function renderAt(path: string) {
  const location = memoryLocation({ path, record: true });
  const screen = render(<LessonApp data={data} locationHook={location.hook} />);
  return { location, screen };
}

const currentPath = (location: { history: string[] }) => location.history.at(-1);
const title = () => page.getByRole('heading', { level: 1 });

beforeEach(() => {
  localStorage.clear();
  sessionStorage.clear();
});

afterEach(() => {
  document.documentElement.removeAttribute('lang');
});

describe(LessonApp, () => {
  it('sends #/ to the first step in student mode, in the remembered language', async () => {
    localStorage.setItem(languageStorageKey, 'fr');
    const { location } = renderAt('/');
    await expect.element(title()).toHaveTextContent('FR The night');
    expect(currentPath(location)).toBe('/fr/student/vote/the-night');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('shows progress and moves with Previous/Next, focusing the new title', async () => {
    const { location } = renderAt('/en/student/vote/the-count');
    await expect
      .element(page.getByTestId('progress'))
      .toHaveTextContent('Step 2 of 2 · Chapter 1 of 2');
    await page.getByRole('link', { name: 'Next' }).click();
    await expect.element(title()).toHaveTextContent('The ghost joins');
    await expect.element(title()).toHaveFocus();
    expect(currentPath(location)).toBe('/en/student/ghost/join');
    await page.getByRole('link', { name: 'Previous' }).click();
    await expect.element(title()).toHaveTextContent('The count');
  });

  it('switches language without losing the place, and remembers the choice', async () => {
    const { location } = renderAt('/en/student/ghost/join');
    await page.getByRole('button', { name: 'Français' }).click();
    await expect.element(title()).toHaveTextContent('FR The ghost joins');
    expect(currentPath(location)).toBe('/fr/student/ghost/join');
    await expect
      .element(page.getByRole('button', { name: 'Français' }))
      .toHaveAttribute('aria-pressed', 'true');
    await expect
      .element(page.getByTestId('progress'))
      .toHaveTextContent('Étape 1 sur 2 · Chapitre 2 sur 2');
    expect(localStorage.getItem(languageStorageKey)).toBe('fr');
    expect(document.documentElement.lang).toBe('fr');
  });

  it('numbers citations and jumps to the source without changing the route', async () => {
    const { location } = renderAt('/en/student/vote/the-night');
    const sources = page.getByRole('region', { name: 'Sources' });
    await expect.element(sources.getByRole('listitem').nth(0)).toHaveTextContent('Le Monde');
    await expect.element(sources.getByRole('listitem').nth(1)).toHaveTextContent('EFF');
    await expect.element(sources.getByRole('listitem').nth(1)).toHaveTextContent('March 2025');
    await page.getByRole('link', { name: 'Source 2' }).first().click();
    await expect.element(sources.getByRole('listitem').nth(1)).toHaveFocus();
    expect(currentPath(location)).toBe('/en/student/vote/the-night');
  });

  it('moves through steps with presenter keys, and leaves keys to text fields', async () => {
    const { location } = renderAt('/en/present/ghost/join');
    await expect.element(title()).toHaveTextContent('The ghost joins');
    await userEvent.keyboard('{ArrowRight}');
    await expect.element(title()).toHaveTextContent('Catching the ghost');
    expect(currentPath(location)).toBe('/en/present/ghost/catch');

    const answer = page.getByRole('textbox', { name: 'What would you tell a deputy?' });
    await answer.click();
    await userEvent.keyboard('ab{ArrowLeft}');
    await userEvent.keyboard(' n');
    await userEvent.keyboard('{Home}{End}{PageUp}');
    expect(currentPath(location)).toBe('/en/present/ghost/catch');
    await expect.element(answer).toHaveValue('a nb');

    (document.activeElement as HTMLElement | null)?.blur();
    await userEvent.keyboard('{Home}');
    await expect.element(title()).toHaveTextContent('The night');
    await userEvent.keyboard('{End}');
    await expect.element(title()).toHaveTextContent('Catching the ghost');
    await userEvent.keyboard('{Shift>} {/Shift}');
    await expect.element(title()).toHaveTextContent('The ghost joins');
  });

  it('shows and hides speaker notes with the N key and the button', async () => {
    renderAt('/en/present/ghost/join');
    const toggle = page.getByRole('button', { name: 'Show notes' });
    await expect.element(toggle).toHaveAttribute('aria-expanded', 'false');
    await userEvent.keyboard('n');
    const notes = page.getByRole('region', { name: 'Speaker notes' });
    await expect.element(notes).toHaveTextContent('Let them guess.');
    await expect.element(notes).toHaveTextContent('Next: Catching the ghost');
    await page.getByRole('button', { name: 'Hide notes' }).click();
    await expect.element(notes).not.toBeInTheDocument();
  });

  it('keeps the exit answer on this device', async () => {
    renderAt('/en/student/ghost/catch');
    const answer = page.getByRole('textbox', { name: 'What would you tell a deputy?' });
    await expect.element(answer).toHaveAccessibleDescription('Think of the ghost.');
    await answer.fill('Keep encryption.');
    await expect.element(page.getByRole('status')).toHaveTextContent('Saved on this device.');
    expect(localStorage.getItem(exitAnswerStorageKey)).toBe('Keep encryption.');
  });

  it('gives a friendly page for an unknown step, with a way back', async () => {
    renderAt('/en/student/vote/nowhere');
    await expect.element(title()).toHaveTextContent('Page not found');
    await page.getByRole('link', { name: 'Go to the contents' }).click();
    await expect.element(title()).toHaveTextContent('Contents');
    await expect.element(page.getByRole('link', { name: 'The ghost', exact: true })).toBeVisible();
  });

  it('loads the vote demo on demand', async () => {
    renderAt('/en/student/vote/the-count');
    await expect
      .element(page.getByRole('figure'))
      .toHaveTextContent('143 votes cast out of 577 seats: 119 against, 24 for.');
  });
});
