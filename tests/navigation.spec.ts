import { expect, test } from './fixtures.js';

test.describe('student navigation', () => {
  test('#/ opens the first step in student mode, in the browser’s language', async ({
    lesson,
    page,
  }) => {
    await page.goto('/');
    await expect(lesson.stepArticle).toBeVisible();
    expect(await lesson.place()).toMatchObject({ lang: 'en', mode: 'student' });
    await expect(lesson.progress).toHaveText(/^Step 1 of \d+ · Chapter 1 of \d+$/);
    await expect(lesson.previousLink).toHaveCount(0);
  });

  test('walks every step with Next, with matching progress, and back with Previous', async ({
    lesson,
  }) => {
    const steps = await lesson.walk('en');
    const chapters = [...new Set(steps.map((s) => s.chapter))];
    expect(chapters.length).toBe(7);
    // The last step ends the lesson.
    await expect(lesson.nextLink).toHaveCount(0);
    await expect(lesson.page.getByRole('link', { name: 'End of the lesson' })).toBeVisible();
    const last = steps.at(-1);
    const chapterSteps = steps.filter((s) => s.chapter === last?.chapter).length;
    await expect(lesson.progress).toHaveText(
      `Step ${chapterSteps} of ${chapterSteps} · Chapter 7 of 7`,
    );
    await lesson.previous();
    expect((await lesson.currentStep()).step).toBe(steps.at(-2)?.step);
  });

  test('the chapter menu jumps to a chapter and marks the current one', async ({ lesson }) => {
    await lesson.goto('en', 'student', 'vote', 'the-bill');
    const menu = await lesson.openChapterMenu();
    await expect(menu.getByRole('link', { name: 'The night of the vote' })).toHaveAttribute(
      'aria-current',
      'page',
    );
    await menu.getByRole('link').nth(2).click();
    await expect(lesson.progress).toHaveText(/^Step 1 of \d+ · Chapter 3 of 7$/);
    expect((await lesson.place()).chapter).toBe('ghost');
  });

  test('a reload keeps the place: language, mode, chapter and step', async ({ lesson, page }) => {
    await lesson.goto('fr', 'present', 'ghost', 'access-order');
    const before = await lesson.currentStep();
    await page.reload();
    await expect(lesson.stepArticle).toBeVisible();
    expect(await lesson.place()).toEqual({
      lang: 'fr',
      mode: 'present',
      chapter: 'ghost',
      step: 'access-order',
    });
    expect(await lesson.currentStep()).toEqual(before);
    expect(await lesson.language()).toBe('fr');
    await expect(lesson.chapterTimer).toBeVisible();
  });

  test('switching language keeps the place and is remembered', async ({ lesson, page }) => {
    await lesson.goto('en', 'student', 'escrow', 'mallory');
    const english = await lesson.currentStep();
    await lesson.switchLanguage('fr');
    const french = await lesson.currentStep();
    expect(await lesson.place()).toEqual({
      lang: 'fr',
      mode: 'student',
      chapter: 'escrow',
      step: 'mallory',
    });
    expect(french.title).not.toBe(english.title);
    await expect(page.getByRole('button', { name: 'Français' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await expect(lesson.progress).toHaveText(/^Étape \d+ sur \d+ · Chapitre 5 sur 7$/);

    // The choice outlives the URL: #/ now opens in French.
    await page.goto('/#/');
    await expect(lesson.stepArticle).toBeVisible();
    expect((await lesson.place()).lang).toBe('fr');

    await lesson.switchLanguage('en');
    expect((await lesson.place()).lang).toBe('en');
  });

  test('an unknown address shows a friendly page with a way home', async ({ lesson, page }) => {
    await lesson.open('/en/student/ghost/no-such-step');
    await expect(lesson.title).toHaveText('Page not found');
    await page.getByRole('link', { name: 'Go to the contents' }).click();
    await expect(lesson.title).toHaveText('Contents');
    await lesson.open('/xx/whatever');
    await expect(lesson.title).toHaveText('Page not found');
  });

  test('citations jump to the step’s sources, which give outlet, title, date and link', async ({
    lesson,
    page,
  }) => {
    await lesson.goto('en', 'student', 'vote', 'the-night');
    const firstCitation = lesson.stepArticle.getByRole('link', { name: /^Source \d+$/ }).first();
    const number = (await firstCitation.textContent())?.replace(/\D/g, '');
    await firstCitation.click();
    const entry = lesson.sources.getByRole('listitem').nth(Number(number) - 1);
    await expect(entry).toBeFocused();
    await expect(entry.getByRole('link')).toHaveAttribute('href', /^https:\/\//);
    await expect(entry.locator('time')).toHaveAttribute('datetime', /^\d{4}(-\d{2}){0,2}$/);
    expect((await lesson.place()).step).toBe('the-night');
    expect(page.url()).toContain('#/en/student/vote/the-night');
  });
});

test.describe('a French-speaking browser', () => {
  test.use({ locale: 'fr-FR' });

  test('#/ opens the lesson in French', async ({ lesson, page }) => {
    await page.goto('/');
    await expect(lesson.stepArticle).toBeVisible();
    expect(await lesson.place()).toMatchObject({ lang: 'fr', mode: 'student' });
    expect(await lesson.language()).toBe('fr');
    await expect(lesson.progress).toHaveText(/^Étape 1 sur \d+ · Chapitre 1 sur 7$/);
  });
});

test.describe('presenter navigation, keyboard only', () => {
  test('walks every step with the keys and clickers use', async ({ lesson, page }) => {
    const steps = await lesson.walk('en');
    await lesson.goto('en', 'present');
    // Tab into the page first: keys must work whatever has focus outside text fields.
    await page.keyboard.press('Tab');

    const seen = [await lesson.currentStep()];
    const keys = ['ArrowRight', 'Space', 'PageDown'];
    while (seen.length < steps.length) {
      await lesson.pressAndMove(keys[seen.length % keys.length] ?? 'ArrowRight');
      seen.push(await lesson.currentStep());
    }
    expect(seen.map((s) => s.step)).toEqual(steps.map((s) => s.step));

    // Past the end, nothing moves.
    await page.keyboard.press('ArrowRight');
    expect((await lesson.currentStep()).step).toBe(steps.at(-1)?.step);

    await lesson.pressAndMove('Home');
    expect((await lesson.currentStep()).step).toBe(steps[0]?.step);
    await lesson.pressAndMove('End');
    expect((await lesson.currentStep()).step).toBe(steps.at(-1)?.step);
    await lesson.pressAndMove('ArrowLeft');
    await lesson.pressAndMove('PageUp');
    await lesson.pressAndMove('Shift+Space');
    expect((await lesson.currentStep()).step).toBe(steps.at(-4)?.step);
    expect((await lesson.place()).mode).toBe('present');
  });

  test('keys typed into the exit question stay in it', async ({ lesson, page }) => {
    await lesson.goto('en', 'present', 'debate', 'exit-question');
    const answer = lesson.demo.getByRole('textbox');
    await answer.click();
    await page.keyboard.type('No ghost please');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Home');
    await page.keyboard.press('Space');
    expect((await lesson.place()).step).toBe('exit-question');
    await expect(answer).toHaveValue(' No ghost please');
    await page.reload();
    await expect(lesson.demo.getByRole('textbox')).toHaveValue(' No ghost please');
  });
});
