import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { configDefaults, defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '@e2ee-kit/chromium';

const unitTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  resolve: { conditions: ['@e2ee-kit/source', ...defaultClientConditions] },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'node',
          include: unitTests,
          // test/browser needs a page (it checks that it really runs in one).
          exclude: [...configDefaults.exclude, 'test/browser/**'],
          environment: 'node',
          // Type-level tests of the public API (src/*.test-d.ts): tsc checks
          // them, nothing runs.
          typecheck: {
            enabled: true,
            include: ['src/**/*.test-d.ts'],
            tsconfig: './tsconfig.json',
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'chromium',
          // The browser run proves the package works in a page; the slow
          // property and fuzz suites stay in Node.
          include: ['src/**/*.test.ts', 'test/browser/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
});
