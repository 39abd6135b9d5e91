import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '../../tests/chromium.ts';

const unitTests = ['src/**/*.test.ts', 'test/**/*.test.ts'];

export default defineConfig({
  resolve: { conditions: ['@e2ee-kit/source', ...defaultClientConditions] },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'node', include: unitTests, environment: 'node' },
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
