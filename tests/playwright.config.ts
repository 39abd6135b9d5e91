import { defineConfig, devices } from '@playwright/test';
import { fileURLToPath } from 'node:url';
import { chromiumLaunchOptions } from '@e2ee-kit/chromium';

// E2E_PORT lets several checkouts run their suites side by side.
const port = Number(process.env.E2E_PORT ?? 4173);
const repoRoot = fileURLToPath(new URL('..', import.meta.url));

/**
 * End-to-end tests of the lesson app, against its production build served by
 * `vite preview` (the turbo graph builds @e2ee-kit/lesson first), plus the
 * single-file build opened from file://.
 */
export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results',
  forbidOnly: !!process.env.CI,
  retries: 0,
  // Two cores: one worker keeps the preview server and axe from starving each other.
  workers: process.env.CI ? 1 : 2,
  timeout: 60_000,
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    ...devices['Desktop Chrome'],
    baseURL: `http://localhost:${port}`,
    launchOptions: chromiumLaunchOptions,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [{ name: 'chromium' }],
  webServer: {
    command: `npx vite preview --port ${port} --strictPort`,
    cwd: `${repoRoot}apps/lesson`,
    url: `http://localhost:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
