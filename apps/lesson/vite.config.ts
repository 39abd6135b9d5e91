import react from '@vitejs/plugin-react';
import { fileURLToPath } from 'node:url';
import { defaultClientConditions, defineConfig } from 'vite';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { cspHashes, devCsp } from './build-plugins/csp-hashes.ts';
import { teacherGuide } from './build-plugins/teacher-guide.ts';

const docsDir = fileURLToPath(new URL('../../docs', import.meta.url));

/**
 * Two builds from one config:
 * - `vite build`: `dist/`, code-split (the crypto demos load on demand), with
 *   a manifest that `scripts/report-size.mjs` reads;
 * - `vite build --mode single`: `dist-single/index.html`, everything inlined,
 *   which a teacher can open from a USB stick (file://). Its CSP allows the
 *   inlined code by hash.
 */
export default defineConfig(({ mode }) => {
  const single = mode === 'single';
  return {
    // Relative URLs, so both builds work from any folder and from file://.
    base: './',
    resolve: {
      // Workspace packages resolve to their TypeScript source: no build step in between.
      conditions: ['@e2ee-kit/source', ...defaultClientConditions],
    },
    plugins: [
      react(),
      teacherGuide({ docsDir }),
      devCsp(),
      ...(single ? [viteSingleFile(), cspHashes()] : []),
    ],
    build: {
      outDir: single ? 'dist-single' : 'dist',
      emptyOutDir: true,
      manifest: !single,
      target: 'es2022',
    },
    preview: {
      port: 4173,
      strictPort: true,
    },
  };
});
