import { expect, test } from './fixtures.js';

test.describe('accessibility (axe, WCAG 2.2 AA)', () => {
  // A full walk runs axe on every step: give it room on a 2-core machine.
  test.describe.configure({ timeout: 240_000 });

  for (const lang of ['en', 'fr'] as const) {
    test(`every step in student mode, ${lang}`, async ({ lesson, expectAccessible }) => {
      const steps = await lesson.walk(lang, async (step) => {
        await expectAccessible(undefined, `${lang} student ${step.chapter}/${step.step}`);
      });
      expect(steps.length).toBeGreaterThan(7);
    });
  }

  test('every step in presenter mode with notes shown, en', async ({
    lesson,
    page,
    expectAccessible,
  }) => {
    await lesson.goto('en', 'present');
    await page.keyboard.press('n');
    await expect(page.getByRole('region', { name: 'Speaker notes' })).toBeVisible();
    for (;;) {
      const step = await lesson.currentStep();
      await expectAccessible(undefined, `en present ${step.chapter}/${step.step}`);
      if ((await lesson.nextLink.count()) === 0) break;
      await lesson.pressAndMove('ArrowRight');
    }
  });

  test('every step in the dark theme, en', async ({ lesson, page, expectAccessible }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await lesson.walk('en', async (step) => {
      await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
      await expectAccessible(undefined, `dark ${step.chapter}/${step.step}`);
    });
  });

  test('contents, handout and not-found pages, both languages', async ({
    lesson,
    expectAccessible,
  }) => {
    for (const lang of ['en', 'fr'] as const) {
      await lesson.gotoContents(lang);
      await expectAccessible();
      await lesson.gotoHandout(lang);
      await expectAccessible();
      await lesson.open(`/${lang}/student/no-such-chapter`);
      await expect(lesson.title).toBeVisible();
      await expectAccessible();
    }
  });

  test('the notes window', async ({ lesson, page, expectAccessible }) => {
    await lesson.goto('en', 'present');
    const [notes] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByRole('link', { name: 'Open notes window' }).click(),
    ]);
    await expect(notes.getByRole('heading', { level: 1 })).toBeVisible();
    await expectAccessible(notes, 'notes window');
  });
});
