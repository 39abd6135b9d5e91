import { expect, test } from './fixtures.js';

/** One screenshot per chapter (its first step), presenter and student, saved as artifacts. */
test.describe('screenshots', () => {
  test('each chapter, presenter mode, en', async ({ lesson, page, saveScreenshot }) => {
    await lesson.gotoContents('en');
    const chapters = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { level: 2 }) });
    const count = await chapters.getByRole('heading', { level: 2 }).count();
    expect(count).toBe(7);
    for (let index = 0; index < count; index += 1) {
      await lesson.gotoContents('en');
      await chapters.getByRole('heading', { level: 2 }).nth(index).getByRole('link').click();
      await expect(lesson.stepArticle).toBeVisible();
      const { chapter } = await lesson.place();
      await lesson.goto('en', 'present', chapter);
      await expect(page.getByTestId('demo-loading')).toHaveCount(0);
      await saveScreenshot(`present-en-${index + 1}-${chapter}`);
    }
  });

  test('each chapter, student mode on a phone, fr', async ({ lesson, page, saveScreenshot }) => {
    await page.setViewportSize({ width: 360, height: 740 });
    const seen = new Set<string>();
    await lesson.walk('fr', async (step) => {
      if (seen.has(step.chapter)) return;
      seen.add(step.chapter);
      await expect(page.getByTestId('demo-loading')).toHaveCount(0);
      await saveScreenshot(`student-fr-${seen.size}-${step.chapter}`);
    });
    expect(seen.size).toBe(7);
  });
});
