import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '@e2ee-kit/chromium';

/**
 * Every project runs in the same headless Debian Chromium, with outside hosts
 * unresolvable. A fresh object per project: Vitest writes names into `instances`.
 */
function browser() {
  return {
    enabled: true,
    headless: true,
    provider: playwright({ launchOptions: chromiumLaunchOptions }),
    instances: [{ browser: 'chromium' as const }],
    screenshotFailures: false,
  };
}

export default defineConfig({
  resolve: { conditions: ['@e2ee-kit/source', ...defaultClientConditions] },
  optimizeDeps: {
    // Pre-bundle up front: a dependency found mid-run makes Vite reload the page
    // under a running test. libsodium-wrappers comes in through
    // @e2ee-kit/crypto-demo's source.
    include: [
      'react',
      'react-dom',
      'react-dom/client',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'qrcode.react',
      'libsodium-wrappers',
    ],
  },
  test: {
    projects: [
      {
        // Every story becomes a test: it must render, pass its play function and
        // have no axe violation (parameters.a11y.test = 'error' in preview.tsx).
        extends: true,
        plugins: [
          storybookTest({
            configDir: '.storybook',
            storybookScript: 'storybook dev -p 6006 --no-version-updates',
          }),
        ],
        test: { name: 'storybook', browser: browser() },
      },
      {
        // The same stories in the dark theme, so that axe checks contrast there too.
        extends: true,
        plugins: [
          storybookTest({
            configDir: '.storybook',
            initialGlobals: { theme: 'dark' },
          }),
        ],
        test: { name: 'storybook-dark', browser: browser() },
      },
      {
        extends: true,
        plugins: [react()],
        test: {
          name: 'unit',
          include: ['src/**/*.test.{ts,tsx}'],
          setupFiles: ['./vitest.setup.ts'],
          browser: browser(),
        },
      },
      {
        // Type-level tests of the public API (`*.test-d.ts`): tsc checks them,
        // nothing runs in a browser.
        test: {
          name: 'types',
          include: [],
          typecheck: {
            enabled: true,
            only: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
    ],
  },
});
