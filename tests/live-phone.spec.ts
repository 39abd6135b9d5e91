import { singleFileUrl, expect, test } from './fixtures.js';

/**
 * The live class's phone page where there is no classroom server: `vite
 * preview` (which answers /api/health with the app's HTML) and the
 * single-file build from file://. The page says so and links to the
 * one-screen lesson; on a phone, nothing scrolls sideways. With a server,
 * apps/classroom's tests drive the live client; the page's states are
 * component tests in apps/lesson/src/live/phone/.
 */
test.describe('live phone page without a classroom server', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  for (const [where, base] of [
    ['vite preview', ''],
    ['the single-file build from file://', singleFileUrl],
  ] as const) {
    test(`says the live class needs the teacher’s laptop (${where})`, async ({
      page,
      expectAccessible,
      pageGuard,
    }) => {
      await page.goto(`${base}#/en/live/join?code=K7Q2MX`);
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(
        'The live class needs the teacher’s laptop',
      );
      expect(await page.evaluate(() => document.documentElement.scrollWidth - innerWidth)).toBe(0);
      await expectAccessible();
      await page.getByRole('link', { name: 'Open the one-screen lesson' }).click();
      await expect(page).toHaveURL(/#\/en\/student\/vote\/the-bill$/);
      // The question itself (vite preview has no /api/health, so the browser
      // logs a 404) is the one console error the page guard lets through.
      expect(pageGuard.consoleErrors).toEqual([]);
    });
  }
});
