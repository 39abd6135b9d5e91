import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Plugin } from 'vite';

/** The guide's files in `docs/`; each is copied under the same name next to index.html. */
export const teacherGuideFiles = ['teacher-guide.md', 'teacher-guide.fr.md'] as const;

/**
 * Markdown as the browser gets it: with a UTF-8 byte-order mark, because a
 * `.md` file opened from disk or served without a charset would otherwise
 * show "Ã©" for "é" in the French guide.
 */
function readGuide(path: string): string {
  const text = readFileSync(path, 'utf8');
  return text.startsWith('\uFEFF') ? text : `\uFEFF${text}`;
}

/**
 * Copies the teacher guide (`docs/teacher-guide.md` and `.fr.md`) into the
 * build output, so that the app's "Teacher guide" link works offline and from
 * `file://`, and serves it in dev. A build without the guide stops with an
 * error that says which file is missing.
 */
export function teacherGuide({ docsDir }: { docsDir: string }): Plugin {
  const pathOf = (file: string) => join(docsDir, file);
  return {
    name: 'e2ee-kit:teacher-guide',
    buildStart() {
      for (const file of teacherGuideFiles) {
        const path = pathOf(file);
        if (!existsSync(path)) {
          this.error(
            `The lesson links to the teacher guide, but ${path} is missing. ` +
              `Write docs/${file} before building.`,
          );
        }
        this.addWatchFile(path);
      }
    },
    generateBundle() {
      for (const file of teacherGuideFiles) {
        this.emitFile({ type: 'asset', fileName: file, source: readGuide(pathOf(file)) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = teacherGuideFiles.find((name) => request.url === `/${name}`);
        if (!file || !existsSync(pathOf(file))) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/markdown; charset=utf-8');
        response.end(readGuide(pathOf(file)));
      });
    },
  };
}
