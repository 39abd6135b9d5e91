/** Renders the whole lesson app at a live phone URL, with a fake classroom (see fake-phone.ts). */
import '@e2ee-kit/ui/styles.css';
import '../styles/app.css';
import axe from 'axe-core';
import { expect } from 'vitest';
import { render } from 'vitest-browser-react';
import { memoryLocation } from 'wouter/memory-location';
import { LessonApp } from '../app/LessonApp.js';
import { PhoneBackendContext } from '../live/phone/backend-context.js';
import type { PhoneBackend } from '../live/phone/phone-like.js';
import type { LessonData } from '../step/lesson-data.js';
import { lessonFixture, sourcesFixture } from './lesson.js';
import { lessonFixtureFr } from './lesson-fr.js';

const data: LessonData = {
  lessons: { en: lessonFixture, fr: lessonFixtureFr },
  sources: sourcesFixture,
};

export async function renderPhonePage(path: string, backend: PhoneBackend) {
  const location = memoryLocation({ path, record: true });
  const screen = await render(
    <PhoneBackendContext value={backend}>
      <LessonApp data={data} locationHook={location.hook} />
    </PhoneBackendContext>,
  );
  return { location, screen };
}

/** Fails with the list of axe-core's WCAG 2.2 A/AA violations on the page, if any. */
export async function expectNoAxeViolations(): Promise<void> {
  const results = await axe.run(document, {
    runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
  });
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    ),
  ).toEqual([]);
}
