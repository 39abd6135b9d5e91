import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defaultClientConditions, defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';
import { chromiumLaunchOptions } from '@e2ee-kit/chromium';

/**
 * Two projects: pure logic (`*.test.ts`) runs in Node; components
 * (`*.test.tsx`) run in real Chromium through Vitest browser mode.
 */
export default defineConfig({
  plugins: [react()],
  // Pre-bundled up front: found only when a lazy demo loads, they would make
  // Vite reload the page in the middle of a browser test.
  optimizeDeps: { include: ['libsodium-wrappers', 'qrcode.react', 'axe-core'] },
  // Workspace packages resolve to source, in the browser and in Node alike.
  resolve: {
    conditions: ['@e2ee-kit/source', ...defaultClientConditions],
  },
  ssr: {
    resolve: {
      conditions: ['@e2ee-kit/source', ...defaultServerConditions],
      externalConditions: ['@e2ee-kit/source'],
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'build-plugins/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['src/**/*.test.tsx'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: chromiumLaunchOptions }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
    ],
  },
});
