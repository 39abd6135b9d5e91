import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, LessonPage, singleFileUrl, test } from './fixtures.js';

/**
 * The single-file build, opened straight from disk as a teacher would from a
 * USB stick. The page guard (see fixtures.ts) fails the test on any CSP
 * violation, console error or request outside that folder.
 */
test.describe('single-file build from file://', () => {
  test.beforeAll(() => {
    const path = fileURLToPath(singleFileUrl);
    if (!existsSync(path)) throw new Error(`${path} is missing: build @e2ee-kit/lesson first`);
  });

  test('renders, navigates and switches language', async ({ page }) => {
    const lesson = new LessonPage(page, singleFileUrl);
    await lesson.goto('en', 'student', 'vote', 'the-bill');
    await expect(lesson.progress).toHaveText(/^Step 1 of \d+ · Chapter 1 of 7$/);
    await lesson.next();
    expect((await lesson.place()).step).toBe('the-night');
    await lesson.switchLanguage('fr');
    expect(await lesson.place()).toMatchObject({ lang: 'fr', step: 'the-night' });
    await page.reload();
    expect(await lesson.place()).toMatchObject({ lang: 'fr', step: 'the-night' });
    await expect(lesson.stepArticle).toBeVisible();
  });

  test('loads every demo from inside the one file', async ({ page }) => {
    const lesson = new LessonPage(page, singleFileUrl);
    await lesson.goto('en', 'student', 'vote', 'the-night');
    await expect(lesson.demo.getByRole('figure')).toContainText('119');
    // The student quiz: one group of answers per question.
    await lesson.goto('en', 'student', 'debate', 'quiz');
    await expect(lesson.demo.getByRole('group').first()).toBeVisible();
    // The presenter quiz: one question per screen with a show-of-hands tally.
    await lesson.goto('en', 'present', 'debate', 'quiz');
    await expect(lesson.demo.getByText('Question 1 of 6')).toBeVisible();
    await expect(lesson.demo.getByRole('list', { name: 'Show of hands' })).toBeVisible();
  });

  test('allows its inline code by hash, never by unsafe-inline', async ({ page }) => {
    await page.goto(`${singleFileUrl}#/en/student`);
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toMatch(/script-src 'self' 'wasm-unsafe-eval' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).toMatch(/style-src 'self' 'sha256-[A-Za-z0-9+/=]+'/);
    expect(policy).not.toContain('unsafe-inline');
    expect(policy).not.toContain('pending');
  });
});
