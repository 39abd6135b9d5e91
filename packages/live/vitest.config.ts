import { defaultServerConditions } from 'vite';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  // Workspace packages resolve to their TypeScript source: no build step first.
  resolve: { conditions: ['@e2ee-kit/source', ...defaultServerConditions] },
  ssr: { resolve: { conditions: ['@e2ee-kit/source', ...defaultServerConditions] } },
  test: {
    environment: 'node',
    include: ['src/**/*.test.ts'],
    passWithNoTests: false,
    // The phone test makes real keys and safety numbers: slow on a busy 2-core machine.
    testTimeout: 30_000,
  },
});
