import { expect, test } from './fixtures.js';

test.describe('content security policy and origins', () => {
  test('the served build has the strict policy', async ({ lesson, page }) => {
    await lesson.gotoContents('en');
    const policy = await page
      .locator('meta[http-equiv="Content-Security-Policy"]')
      .getAttribute('content');
    expect(policy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'",
    );
  });

  // Proves the page guard can fail: the policy blocks inline code and a
  // request to another origin, and the guard records both.
  test('the guard sees a blocked inline script and a foreign request', async ({
    lesson,
    page,
    pageGuard,
  }) => {
    await lesson.gotoContents('en');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__inlineRan = true';
      document.head.append(script);
      const image = new Image();
      image.src = 'https://example.invalid/pixel.png';
      document.body.append(image);
    });
    await expect
      .poll(() => pageGuard.consoleErrors.filter((e) => e.startsWith('CSP violation')))
      .toEqual([
        'CSP violation: script-src-elem blocked inline',
        'CSP violation: img-src blocked https://example.invalid/pixel.png',
      ]);
    expect(
      await page.evaluate(() => (window as { __inlineRan?: boolean }).__inlineRan),
    ).toBeUndefined();
    expect(pageGuard.foreignRequests).toEqual(['https://example.invalid/pixel.png']);
    expect(pageGuard.failedRequests).toEqual(['https://example.invalid/pixel.png: csp']);

    // Expected in this test only: clear them so the guard's own check passes.
    pageGuard.consoleErrors.length = 0;
    pageGuard.foreignRequests.length = 0;
    pageGuard.failedRequests.length = 0;
  });

  test('the teacher guide opens as a styled page in a new tab, in both languages', async ({
    lesson,
    page,
    context,
  }) => {
    await lesson.goto('fr', 'present', 'ghost', 'access-order');
    const link = page.getByRole('link', {
      name: 'Guide de l’enseignant (s’ouvre dans un nouvel onglet)',
    });
    await expect(link).toHaveAttribute('href', './teacher-guide.fr.html');
    await expect(link).toHaveAttribute('target', '_blank');
    await expect(link).toHaveAttribute('rel', 'noopener');
    const [guide] = await Promise.all([context.waitForEvent('page'), link.click()]);
    await guide.waitForLoadState();
    // The lesson stays where it was; the guide is HTML, not raw Markdown.
    expect(page.url()).toContain('#/fr/present/ghost/access-order');
    await expect(guide.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(guide.getByRole('heading', { level: 1 })).toContainText('Guide');
    await expect(guide.getByRole('table').first()).toBeVisible();
    expect(await guide.content()).not.toContain('## ');
    await expect(guide.getByText('participant fantôme').first()).toBeVisible();
    const outside = guide.locator('a[href^="https://"]').first();
    await expect(outside).toHaveAttribute('target', '_blank');
    await expect(outside).toHaveAttribute('rel', 'noopener');
    await expect(outside).toContainText('(s’ouvre dans un nouvel onglet)');
    await guide.close();

    const english = await page.request.get('/teacher-guide.html');
    expect(english.ok()).toBe(true);
    expect(english.headers()['content-type']).toContain('text/html');
    expect(await english.text()).toContain('<h1>Teacher guide');
  });
});
