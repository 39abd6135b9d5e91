import { expect, test } from './fixtures.js';

test.describe('presenter mode', () => {
  test('speaker notes toggle with the button and the N key', async ({ lesson, page }) => {
    await lesson.goto('en', 'present', 'ghost', 'access-order');
    const notes = page.getByRole('region', { name: 'Speaker notes' });
    const toggle = page.getByRole('button', { name: 'Show notes' });
    await expect(notes).toHaveCount(0);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(notes).toBeVisible();
    await expect(notes.getByRole('listitem').first()).toBeVisible();
    await page.keyboard.press('n');
    await expect(notes).toHaveCount(0);
    await page.keyboard.press('N');
    await expect(notes).toBeVisible();
  });

  test('the notes window follows the presenter and can move it', async ({ lesson, page }) => {
    await lesson.goto('en', 'present', 'ghost', 'the-proposal');
    const [notesWindow] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: 'Open notes window' }).click(),
    ]);
    const notesTitle = notesWindow.getByRole('heading', { level: 1 });
    await expect(notesTitle).toHaveText((await lesson.currentStep()).title);

    await page.bringToFront();
    await lesson.pressAndMove('ArrowRight');
    await expect(notesTitle).toHaveText((await lesson.currentStep()).title);
    expect(notesWindow.url()).toContain('#/en/notes/ghost/access-order');

    await notesWindow.getByRole('button', { name: 'Next' }).click();
    await expect.poll(async () => (await lesson.place()).step).toBe('the-hidden-notice');
    await expect(notesTitle).toHaveText((await lesson.currentStep()).title);

    // Switching language in the presenter window carries over too.
    await lesson.switchLanguage('fr');
    await expect(notesWindow.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(notesTitle).toHaveText((await lesson.currentStep()).title);
  });

  test('the chapter timer counts, pauses and resets, and speaks once a minute', async ({
    lesson,
    page,
  }) => {
    // Fake time that moves only when the test says so.
    const start = new Date('2025-03-20T20:00:00Z');
    await page.clock.install({ time: start });
    await page.clock.pauseAt(new Date(start.getTime() + 1_000));
    await lesson.goto('en', 'present', 'vote', 'the-bill');
    const timer = lesson.chapterTimer;
    const clock = page.getByTestId('chapter-timer-clock');
    await expect(timer).toContainText('of 8 min');

    await page.clock.runFor('01:05');
    await expect(clock).toHaveText('01:05');
    await expect(timer.locator('[aria-live="polite"]')).toHaveText(
      '1 minute elapsed of 8 planned.',
    );

    await timer.getByRole('button', { name: 'Pause timer' }).click();
    await page.clock.runFor('00:30');
    await expect(clock).toHaveText('01:05');
    await expect(timer.locator('[aria-live="polite"]')).toHaveText('Timer paused.');

    await timer.getByRole('button', { name: 'Start timer' }).click();
    await page.clock.runFor('08:00');
    await expect(clock).toHaveText('09:05');
    // The class reads the projected screen: "Over time" is for the console only.
    await expect(timer).not.toContainText('Over time');

    await timer.getByRole('button', { name: 'Reset timer' }).click();
    await page.clock.runFor('00:02');
    await expect(clock).toHaveText('00:02');

    // A new chapter has its own timer; the old one waits where it stopped.
    await lesson.pressAndMove('End');
    await expect(clock).toHaveText('00:00');
  });
});
