/**
 * The lesson's Content-Security-Policy says `connect-src 'self'`. Served by
 * the classroom server, a page must still reach the relay: a ws:// URL on
 * the page's own host and port. Checked in Chromium itself (Playwright),
 * with the lesson's own index.html (its meta policy) and the server's
 * header policy both in force; a ws:// URL on another origin must be
 * blocked, so the check can fail.
 */
import { chromiumLaunchOptions } from '@e2ee-kit/chromium';
import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright';
import { describe, expect, it } from 'vitest';
import { removeDir, startServer, tempDir } from './harness.js';

const lessonIndex = fileURLToPath(new URL('../../lesson/index.html', import.meta.url));

describe('the served pages’ policy', () => {
  it(
    'lets a page open the relay on its own origin, and nothing else',
    { timeout: 60_000 },
    async () => {
      const staticDir = tempDir();
      copyFileSync(lessonIndex, join(staticDir, 'index.html'));
      const running = await startServer({ staticDir });
      const browser = await chromium.launch(chromiumLaunchOptions);
      try {
        const page = await browser.newPage();
        const response = await page.goto(`${running.url}/`);
        const policy = response?.headers()['content-security-policy'] ?? '';
        expect(policy).toContain("connect-src 'self'");
        const meta = await page
          .locator('meta[http-equiv="Content-Security-Policy"]')
          .getAttribute('content');
        expect(meta).toContain("connect-src 'self'");
        const port = new URL(running.url).port;
        const result = await page.evaluate(async (otherOrigin) => {
          const violations: string[] = [];
          document.addEventListener('securitypolicyviolation', (e) => {
            violations.push(`${e.effectiveDirective} ${e.blockedURI}`);
          });
          const open = (url: string) =>
            new Promise<string>((resolve) => {
              try {
                const ws = new WebSocket(url);
                ws.onopen = () => {
                  ws.send('{"type":"ping"}');
                };
                ws.onmessage = (m) => {
                  resolve(`message ${String(m.data)}`);
                  ws.close();
                };
                ws.onerror = () => {
                  resolve('error');
                };
              } catch (error) {
                resolve(`threw ${(error as Error).name}`);
              }
            });
          const same = await open(`${location.origin.replace(/^http/, 'ws')}/ws`);
          const other = await open(otherOrigin);
          await new Promise((r) => setTimeout(r, 200));
          return { same, other, violations };
        }, `ws://localhost:${port}/ws`);
        expect(result.same).toBe('message {"type":"pong"}');
        expect(result.other).not.toMatch(/^message/);
        // Blocked by both policies (the meta tag's and the header's); the relay by neither.
        expect(result.violations.length).toBeGreaterThan(0);
        expect(new Set(result.violations)).toEqual(
          new Set([`connect-src ws://localhost:${port}/ws`]),
        );
      } finally {
        await browser.close();
        await running.stop();
        removeDir(running.dataDir);
        removeDir(staticDir);
      }
    },
  );
});
