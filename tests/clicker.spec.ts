import { expect, test, type Language, type LessonPage } from './fixtures.js';
import { PresenterConsole } from './presenter-console.js';

/** The steps whose demo has a send form, and what to type there in each language. */
const sendSteps = new Set([
  'e2ee/alice-and-bob',
  'e2ee/a-group',
  'e2ee/one-message',
  'ghost/access-order',
  'escrow/mallory',
]);
const typed: Record<Language, string> = { en: 'See you at noon', fr: 'Rendez-vous à midi' };

/**
 * On a step with a send form: types a message and sends it with Enter, as a
 * teacher would, then checks that the focus left the text box (so the clicker
 * works again). Returns whether the step had a form.
 */
async function sendIfThereIsAForm(lesson: LessonPage, lang: Language): Promise<boolean> {
  const { chapter, step } = await lesson.currentStep();
  if (!sendSteps.has(`${chapter}/${step}`)) return false;
  const box = lesson.demo.getByRole('textbox').first();
  await box.click();
  await box.fill('');
  await lesson.page.keyboard.type(typed[lang]);
  await lesson.page.keyboard.press('Enter');
  await expect(box).toHaveValue('');
  await expect(box).not.toBeFocused();
  await expect(lesson.page.getByRole('form').getByRole('status').first()).not.toBeEmpty();
  return true;
}

for (const lang of ['en', 'fr'] as const) {
  test(`a clicker walks the whole lesson with PageDown and PageUp, sending on the way, ${lang}`, async ({
    lesson,
    page,
  }) => {
    test.setTimeout(180_000);
    await lesson.goto(lang, 'present');
    const visited: string[] = [];
    let sent = 0;
    for (;;) {
      const { chapter, step } = await lesson.currentStep();
      visited.push(`${chapter}/${step}`);
      if (await sendIfThereIsAForm(lesson, lang)) sent += 1;
      if ((await lesson.nextLink.count()) === 0) break;
      await lesson.pressAndMove('PageDown');
    }
    expect(sent).toBe(sendSteps.size);
    expect(visited[0]).toBe('vote/the-bill');
    expect(visited.at(-1)).toBe('debate/exit-question');
    expect(new Set(visited).size).toBe(visited.length);

    // At the end PageDown stays put; PageUp walks back, every step in turn.
    await page.keyboard.press('PageDown');
    expect((await lesson.currentStep()).step).toBe('exit-question');
    for (let index = visited.length - 2; index >= visited.length - 4; index -= 1) {
      await lesson.pressAndMove('PageUp');
      const { chapter, step } = await lesson.currentStep();
      expect(`${chapter}/${step}`).toBe(visited[index]);
    }
  });
}

test('Escape leaves a text box without sending, and the clicker works again', async ({
  lesson,
  page,
}) => {
  await lesson.goto('en', 'present', 'e2ee', 'alice-and-bob');
  const box = lesson.demo.getByRole('textbox').first();
  await box.click();
  await page.keyboard.type('half a thought');
  // In the box, the clicker's keys are the box's: nothing moves.
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('b');
  expect((await lesson.place()).step).toBe('alice-and-bob');
  // B was typed, not taken as "blank the screen".
  await expect(box).toHaveValue('half a thoughtb');
  await expect(page.getByTestId('blank-screen')).toHaveCount(0);

  await page.keyboard.press('Escape');
  await expect(box).not.toBeFocused();
  await expect(page.getByRole('form', { name: 'Message to Alice & Bob' })).toBeFocused();
  await expect(box).toHaveValue('half a thoughtb');
  await lesson.pressAndMove('PageDown');
  expect((await lesson.place()).step).toBe('a-group');
});

test('after choosing a sender with a radio button, PageDown still moves on', async ({
  lesson,
  page,
}) => {
  await lesson.goto('en', 'present', 'e2ee', 'alice-and-bob');
  await lesson.demo
    .getByRole('group', { name: 'Send as' })
    .getByRole('radio', { name: 'Bob' })
    .click();
  await lesson.pressAndMove('PageDown');
  expect((await lesson.place()).step).toBe('a-group');
  await page.keyboard.press('PageUp');
  await expect.poll(async () => (await lesson.place()).step).toBe('alice-and-bob');
});

test('B and . blank the projected screen; any key or a click brings it back', async ({
  lesson,
  page,
}) => {
  await lesson.goto('en', 'present', 'ghost', 'the-proposal');
  const blank = page.getByTestId('blank-screen');
  const announcement = page.getByRole('status').filter({ hasText: /^Screen (blanked|shown)/ });

  await page.keyboard.press('b');
  await expect(blank).toBeVisible();
  await expect(announcement).toHaveText(
    'Screen blanked for the class. Press any key to show it again.',
  );
  // The key that brings the screen back does nothing else.
  await page.keyboard.press('PageDown');
  await expect(blank).toHaveCount(0);
  await expect(announcement).toHaveText('Screen shown again.');
  expect((await lesson.place()).step).toBe('the-proposal');

  await page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await blank.click();
  await expect(blank).toHaveCount(0);

  await page.keyboard.press('B');
  await expect(blank).toBeVisible();
  await page.keyboard.press('B');
  await expect(blank).toHaveCount(0);
  await lesson.pressAndMove('PageDown');
});

test('N opens the notes over the slide, in view', async ({ lesson, page }) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await lesson.goto('en', 'present', 'ghost', 'access-order');
  await page.keyboard.press('n');
  const notes = page.getByRole('region', { name: 'Speaker notes' });
  await expect(notes).toBeInViewport({ ratio: 0.9 });
  await page.screenshot({ path: 'test-results/screenshots/projector-notes-drawer-1366x768.png' });
  await page.keyboard.press('n');
  await expect(notes).toHaveCount(0);
});

for (const lang of ['en', 'fr'] as const) {
  test(`the console drives the projector with the clicker keys, sending on the way, ${lang}`, async ({
    lesson,
  }) => {
    test.setTimeout(180_000);
    await lesson.goto(lang, 'present');
    const console = await PresenterConsole.open(lesson);
    await expect(console.nextStep).toBeVisible();
    const visited: string[] = [];
    for (;;) {
      const { chapter, step } = await lesson.currentStep();
      visited.push(`${chapter}/${step}`);
      // The teacher types on the projector, then goes back to the console's clicker.
      await sendIfThereIsAForm(lesson, lang);
      if ((await lesson.nextLink.count()) === 0) break;
      const nextTitle = await console.nextTitle.textContent();
      await console.pressAndMoveProjector('PageDown', lesson);
      expect(nextTitle).toBe((await lesson.currentStep()).title);
    }
    expect(visited.at(-1)).toBe('debate/exit-question');
    expect(new Set(visited).size).toBe(visited.length);
    expect((await lesson.place()).mode).toBe('present');

    await console.pressAndMoveProjector('PageUp', lesson);
    expect(`${(await lesson.place()).chapter}/${(await lesson.place()).step}`).toBe(visited.at(-2));
    await console.pressAndMoveProjector('ArrowRight', lesson);
    await console.pressAndMoveProjector('Home', lesson);
    expect((await lesson.place()).step).toBe('the-bill');
  });
}

test('the console blanks the projector, and any clicker key there brings it back', async ({
  lesson,
}) => {
  await lesson.goto('en', 'present', 'ghost', 'the-proposal');
  const console = await PresenterConsole.open(lesson);
  const blank = lesson.page.getByTestId('blank-screen');
  await console.page.keyboard.press('.');
  await expect(blank).toBeVisible();
  await expect(console.page.getByText(/The projected screen is blank/)).toBeVisible();
  await console.page.keyboard.press('PageDown');
  await expect(blank).toHaveCount(0);
  await expect(console.page.getByText(/The projected screen is blank/)).toHaveCount(0);
  expect((await lesson.place()).step).toBe('the-proposal');
});

test('the console shows the notes, the next step, both clocks and the over-time warning; axe finds nothing', async ({
  lesson,
  page,
  expectAccessible,
  saveScreenshot,
}) => {
  const start = new Date('2025-03-20T20:00:00Z');
  await page.clock.install({ time: start });
  await page.clock.pauseAt(new Date(start.getTime() + 1_000));
  await lesson.goto('en', 'present', 'vote', 'the-night');
  const console = await PresenterConsole.open(lesson);
  await console.page.setViewportSize({ width: 1366, height: 768 });

  await expect(console.notes.getByRole('listitem').first()).toBeVisible();
  await expect(console.nextTitle).toHaveText('Who argued what');
  await expect(console.chapterClock).toContainText('of 8 min');
  await expect(console.lessonClock).toContainText('of 50 min');

  await page.clock.runFor('09:00');
  await expect(console.chapterClock).toContainText('09:00');
  await expect(console.chapterClock).toContainText('Over time');
  await expect(lesson.chapterTimer).not.toContainText('Over time');
  await expect(page.getByText('Over time')).toHaveCount(0);

  // A new chapter: its own clock starts from zero; the lesson clock keeps counting.
  await lesson.pressAndMove('PageDown');
  await lesson.pressAndMove('PageDown');
  await expect(console.chapterClock).toContainText('00:00');
  await expect(console.lessonClock).toContainText('09:00');
  await expect(console.optionalMark).toHaveCount(0);
  await lesson.pressAndMove('PageUp');
  await expect(console.chapterClock).toContainText('Over time');
  // axe waits on timers: let the clock run from here.
  await page.clock.resume();
  await expectAccessible(console.page, 'console, over time');
  await saveScreenshot('console-1366x768-over-time', console.page);
});

test('optional steps are marked in the console and on the contents page', async ({
  lesson,
  page,
  expectAccessible,
  saveScreenshot,
}) => {
  await lesson.goto('en', 'present', 'after', 'france');
  const console = await PresenterConsole.open(lesson);
  await console.page.setViewportSize({ width: 1366, height: 768 });
  await expect(console.optionalMark).toHaveCount(0);
  await expectAccessible(console.page, 'console');
  await saveScreenshot('console-1366x768', console.page);
  await expect(console.nextStep).toContainText('Optional step');
  await console.pressAndMoveProjector('PageDown', lesson);
  await expect(console.optionalMark).toHaveText('Optional step');
  await expectAccessible(console.page, 'console, optional step');
  await saveScreenshot('console-1366x768-optional', console.page);

  await lesson.gotoContents('en');
  await expect(page.getByText(/^Optional if time is short: /)).toHaveText(
    'Optional if time is short: United Kingdom: Apple’s encrypted backups, Australia: a law with a limit',
  );
});

test('Escape leaves any text field, such as the exit question, and PageUp works again', async ({
  lesson,
  page,
}) => {
  await lesson.goto('fr', 'present', 'debate', 'exit-question');
  const answer = lesson.demo.getByRole('textbox');
  await answer.click();
  await page.keyboard.type('Pas de fantôme');
  await page.keyboard.press('PageUp');
  expect((await lesson.place()).step).toBe('exit-question');
  await page.keyboard.press('Escape');
  await expect(answer).not.toBeFocused();
  await expect(answer).toHaveValue('Pas de fantôme');
  await lesson.pressAndMove('PageUp');
  expect((await lesson.place()).step).toBe('quiz');
});
