import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/** How many CSS pixels the page is wider than the window (0 = no horizontal scroll). */
async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
}

test.describe('small screens', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const lang of ['en', 'fr'] as const) {
    test(`student mode at 360×740 never scrolls sideways, ${lang}`, async ({ lesson, page }) => {
      const tooWide: string[] = [];
      await lesson.walk(lang, async (step) => {
        const overflow = await horizontalOverflow(page);
        if (overflow > 0) tooWide.push(`${step.chapter}/${step.step}: ${overflow}px`);
      });
      await lesson.gotoContents(lang);
      if ((await horizontalOverflow(page)) > 0) tooWide.push('contents');
      await lesson.gotoHandout(lang);
      if ((await horizontalOverflow(page)) > 0) tooWide.push('handout');
      expect(tooWide).toEqual([]);
    });
  }
});

test.describe('printing', () => {
  test('the "Print handout" button leads to the handout page', async ({ lesson, page }) => {
    await lesson.goto('en', 'student', 'ghost', 'access-order');
    await page.getByRole('link', { name: 'Print handout' }).click();
    await expect(lesson.title).toContainText('Handout');
    expect(page.url()).toContain('#/en/handout');
    // The worksheet: rule, blank table, quiz, exit question, key dates, sources.
    await expect(page.getByRole('heading', { level: 2 })).toHaveCount(6);
  });

  test('the handout prints on at most two pages, without the app’s controls', async ({
    lesson,
    page,
  }) => {
    for (const lang of ['en', 'fr'] as const) {
      await lesson.gotoHandout(lang);
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('banner')).toBeHidden();
      await expect(page.getByRole('button', { name: /^(Print|Imprimer)$/ })).toBeHidden();
      // Sources print with their full URLs.
      const firstSource = lesson.sources.getByRole('listitem').first();
      await expect(firstSource).toBeVisible();
      await expect(firstSource).toContainText('https://');

      const pdf = await page.pdf({ format: 'A4', printBackground: false });
      const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
      expect(pages, `${lang} handout pages`).toBeGreaterThanOrEqual(1);
      expect(pages, `${lang} handout pages`).toBeLessThanOrEqual(2);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('a step prints its text and sources but not navigation or demos', async ({
    lesson,
    page,
  }) => {
    await lesson.goto('en', 'student', 'vote', 'the-night');
    await page.emulateMedia({ media: 'print' });
    await expect(lesson.title).toBeVisible();
    await expect(lesson.sources).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Lesson navigation' })).toBeHidden();
    await expect(lesson.demo).toBeHidden();
  });
});

test.describe('theme', () => {
  test('follows the system, and the toggle wins and is remembered', async ({ lesson, page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await lesson.goto('en', 'student', 'vote', 'the-bill');
    const html = page.locator('html');
    const toggle = page.getByRole('button', { name: 'Dark theme' });
    await expect(html).toHaveAttribute('data-theme', 'dark');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    await toggle.click();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await page.reload();
    await expect(html).toHaveAttribute('data-theme', 'light');
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    const background = await page.evaluate(
      () => getComputedStyle(document.documentElement).backgroundColor,
    );
    expect(background).toBe('rgb(255, 255, 255)');
  });
});
