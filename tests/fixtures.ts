import AxeBuilder from '@axe-core/playwright';
import { test as base, expect, type Page, type TestInfo } from '@playwright/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { LessonPage } from './lesson-page.js';

export { expect };
export type { Language, Mode, Place, StepInfo } from './lesson-page.js';
export { LessonPage, languageNames } from './lesson-page.js';

/** WCAG 2.2 AA, as the brief asks: axe must find nothing. */
export const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** The single-file build, opened from disk. */
export const singleFileUrl = new URL('../apps/lesson/dist-single/index.html', import.meta.url).href;

const screenshotDir = fileURLToPath(new URL('./test-results/screenshots/', import.meta.url));

/** Everything that went wrong in the page during a test. */
interface PageProblems {
  consoleErrors: string[];
  pageErrors: string[];
  foreignRequests: string[];
  failedRequests: string[];
}

interface Fixtures {
  /** The lesson app, served by `vite preview`. */
  lesson: LessonPage;
  /** Runs axe on the page as it is now and expects no violation. */
  expectAccessible: (page?: Page, label?: string) => Promise<void>;
  /** Saves a full-page screenshot as an attachment and under test-results/screenshots/. */
  saveScreenshot: (name: string, page?: Page) => Promise<void>;
  /**
   * Watches every page of the test: console errors (CSP violations included),
   * uncaught exceptions, requests to any other origin, failed requests. The
   * test fails at its end if any occurred. Automatic.
   */
  pageGuard: PageProblems;
}

/** Whether a request stays inside the app: its own origin, or the file it was opened from. */
function isOwnRequest(url: string, appOrigin: string): boolean {
  const { protocol, origin } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  if (protocol === 'file:') return url.startsWith(singleFileUrl.replace(/index\.html$/, ''));
  return origin === appOrigin;
}

/** The lesson's question to the classroom server (apps/lesson/src/live/server.ts). */
function isHealthProbe(url: string, appOrigin: string): boolean {
  if (!url.startsWith('http')) return false;
  const { origin, pathname } = new URL(url);
  return origin === appOrigin && pathname === '/api/health';
}

function watch(page: Page, problems: PageProblems, appOrigin: string): void {
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    // The lesson asks GET /api/health whether the classroom server serves it
    // (live/server.ts); vite preview has no such route and the browser logs
    // the 404 of that one question. Any other error still counts.
    if (isHealthProbe(message.location().url, appOrigin)) return;
    problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.pageErrors.push(error.message));
  page.on('request', (request) => {
    if (!isOwnRequest(request.url(), appOrigin)) problems.foreignRequests.push(request.url());
  });
  page.on('requestfailed', (request) => {
    problems.failedRequests.push(`${request.url()}: ${request.failure()?.errorText ?? '?'}`);
  });
}

export const test = base.extend<Fixtures>({
  pageGuard: [
    async ({ context, baseURL }, use) => {
      const problems: PageProblems = {
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        failedRequests: [],
      };
      const appOrigin = new URL(baseURL ?? 'http://localhost:4173').origin;
      // Chromium logs CSP violations itself; this adds the directive that was broken.
      await context.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`);
        });
      });
      for (const page of context.pages()) watch(page, problems, appOrigin);
      context.on('page', (page) => {
        watch(page, problems, appOrigin);
      });
      await use(problems);
      expect(problems, 'the page reported problems').toEqual({
        consoleErrors: [],
        pageErrors: [],
        foreignRequests: [],
        failedRequests: [],
      });
    },
    { auto: true },
  ],

  lesson: async ({ page }, use) => {
    await use(new LessonPage(page));
  },

  expectAccessible: async ({ page: defaultPage }, use) => {
    await use(async (page = defaultPage, label = page.url()) => {
      const results = await new AxeBuilder({ page }).withTags(axeTags).analyze();
      const summary = results.violations.map(
        (violation) =>
          `${violation.id} (${violation.impact ?? '?'}): ${violation.help} — ${violation.nodes
            .map((node) => node.target.join(' '))
            .join(', ')}`,
      );
      expect(summary, `axe violations on ${label}`).toEqual([]);
    });
  },

  saveScreenshot: async ({ page: defaultPage }, use, testInfo: TestInfo) => {
    mkdirSync(screenshotDir, { recursive: true });
    await use(async (name, page = defaultPage) => {
      const body = await page.screenshot({ fullPage: true });
      writeFileSync(`${screenshotDir}${name}.png`, body);
      await testInfo.attach(name, { body, contentType: 'image/png' });
    });
  },
});
