import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Marked, type Tokens } from 'marked';
import type { Plugin } from 'vite';
import { cspHash } from './csp-hashes.ts';

/** The guide's files in `docs/`, and the page each becomes next to index.html. */
export const teacherGuideFiles = [
  { source: 'teacher-guide.md', page: 'teacher-guide.html', lang: 'en' },
  { source: 'teacher-guide.fr.md', page: 'teacher-guide.fr.html', lang: 'fr' },
] as const;

/** The words the page adds around the guide's own text. */
const pageWords = {
  en: { newTab: '(opens in a new tab)', print: 'To print it, use your browser’s Print command.' },
  fr: {
    newTab: '(s’ouvre dans un nouvel onglet)',
    print: 'Pour l’imprimer, utilisez la commande Imprimer du navigateur.',
  },
} as const;

/**
 * The guide's stylesheet: readable on screen, in the system's light or dark
 * theme, and on paper (A4, black on white, tables that do not split a row, a
 * link's address printed after it). Inline, allowed by its hash in the CSP,
 * so that the page works from `file://` with nothing else beside it.
 */
export const guideStyles = `
:root { color-scheme: light dark; --text: #1a1a1a; --muted: #555; --bg: #fff; --rule: #ccc; --link: #0645ad; }
@media (prefers-color-scheme: dark) { :root { --text: #eee; --muted: #bbb; --bg: #121212; --rule: #444; --link: #8ab4f8; } }
* { box-sizing: border-box; }
body { margin: 0; background: var(--bg); color: var(--text); font: 1.0625rem/1.6 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
main { max-width: 46rem; margin: 0 auto; padding: 1.5rem 1rem 3rem; overflow-wrap: break-word; }
h1 { font-size: 2rem; line-height: 1.2; margin: 0 0 1rem; }
h2 { font-size: 1.4rem; margin: 2rem 0 0.5rem; padding-top: 0.5rem; border-top: 1px solid var(--rule); }
h3 { font-size: 1.15rem; margin: 1.5rem 0 0.5rem; }
a { color: var(--link); }
a:focus-visible { outline: 3px solid currentColor; outline-offset: 2px; }
.print-note { color: var(--muted); font-size: 0.9rem; }
.table-wrap { max-width: 100%; overflow-x: auto; }
table { border-collapse: collapse; margin: 1rem 0; font-size: 0.9rem; }
th, td { border: 1px solid var(--rule); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
td a { overflow-wrap: anywhere; }
code { font-size: 0.95em; }
blockquote { margin: 1rem 0; padding-left: 1rem; border-left: 4px solid var(--rule); color: var(--muted); }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip-path: inset(50%); white-space: nowrap; }
@page { size: A4; margin: 16mm 14mm; }
@media print {
  :root { --text: #000; --muted: #333; --bg: #fff; --rule: #999; --link: #000; }
  body { font-size: 10.5pt; line-height: 1.4; }
  main { max-width: none; padding: 0; }
  .print-note { display: none; }
  h1, h2, h3 { break-after: avoid; }
  h2 { border-top: none; }
  tr, li, blockquote { break-inside: avoid; }
  .table-wrap { overflow: visible; }
  table { font-size: 8.5pt; }
  main > p a[href^="http"]::after, li a[href^="http"]::after { content: " <" attr(href) ">"; font-size: 0.85em; overflow-wrap: anywhere; }
}
`.trim();

/** The guide's content security policy: no script at all, only its own inline style. */
export const guideCsp = `default-src 'none'; style-src ${cspHash(guideStyles)}; img-src 'self' data:; base-uri 'none'; form-action 'none'`;

function escapeHtml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}

/**
 * The guide as a page: Markdown rendered by `marked` (GitHub-flavoured:
 * tables, autolinks), links to the other guide's `.md` turned into its page,
 * and every link that leaves the guide opening in a new tab, with
 * `rel="noopener"` and a hidden "(opens in a new tab)" for screen readers.
 */
export function renderGuide(markdown: string, lang: 'en' | 'fr'): string {
  const words = pageWords[lang];
  const marked = new Marked({ gfm: true, async: false });
  marked.use({
    renderer: {
      link(token) {
        const inner = this.parser.parseInline(token.tokens);
        const guide = teacherGuideFiles.find((file) => token.href === file.source);
        const href = guide ? guide.page : token.href;
        const title = token.title ? ` title="${escapeHtml(token.title)}"` : '';
        if (href.startsWith('#')) return `<a href="${escapeHtml(href)}"${title}>${inner}</a>`;
        return (
          `<a href="${escapeHtml(href)}"${title} target="_blank" rel="noopener">${inner}` +
          `<span class="visually-hidden"> ${words.newTab}</span></a>`
        );
      },
      table(token) {
        // Wide tables scroll inside their box on a phone instead of widening the page.
        const cell = (c: Tokens.TableCell, tag: 'th' | 'td') =>
          `<${tag}${tag === 'th' ? ' scope="col"' : ''}>${this.parser.parseInline(c.tokens)}</${tag}>`;
        const header = token.header.map((c) => cell(c, 'th')).join('');
        const rows = token.rows
          .map((row) => `<tr>${row.map((c) => cell(c, 'td')).join('')}</tr>`)
          .join('\n');
        return `<div class="table-wrap"><table><thead><tr>${header}</tr></thead><tbody>${rows}</tbody></table></div>\n`;
      },
    },
  });
  const body = marked.parse(markdown.replace(/^\uFEFF/, '')) as string;
  const title = /^#\s+(.+)$/m.exec(markdown)?.[1]?.trim() ?? 'Teacher guide';
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8" />
<meta http-equiv="Content-Security-Policy" content="${guideCsp}" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="referrer" content="no-referrer" />
<link rel="icon" href="data:," />
<title>${escapeHtml(title)}</title>
<style>${guideStyles}</style>
</head>
<body>
<main>
<p class="print-note">${words.print}</p>
${body}</main>
</body>
</html>
`;
}

/**
 * Renders the teacher guide (`docs/teacher-guide.md` and `.fr.md`) to HTML
 * pages in the build output, so that the app's "Teacher guide" link opens a
 * styled, printable page that works offline and from `file://`; serves them
 * in dev too. A build without the guide stops with an error that says which
 * file is missing.
 */
export function teacherGuide({ docsDir }: { docsDir: string }): Plugin {
  const pathOf = (file: string) => join(docsDir, file);
  const pageOf = (file: (typeof teacherGuideFiles)[number]) =>
    renderGuide(readFileSync(pathOf(file.source), 'utf8'), file.lang);
  return {
    name: 'e2ee-kit:teacher-guide',
    buildStart() {
      for (const { source } of teacherGuideFiles) {
        const path = pathOf(source);
        if (!existsSync(path)) {
          this.error(
            `The lesson links to the teacher guide, but ${path} is missing. ` +
              `Write docs/${source} before building.`,
          );
        }
        this.addWatchFile(path);
      }
    },
    generateBundle() {
      for (const file of teacherGuideFiles) {
        this.emitFile({ type: 'asset', fileName: file.page, source: pageOf(file) });
      }
    },
    configureServer(server) {
      server.middlewares.use((request, response, next) => {
        const file = teacherGuideFiles.find(({ page }) => request.url === `/${page}`);
        if (!file || !existsSync(pathOf(file.source))) {
          next();
          return;
        }
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(pageOf(file));
      });
    },
  };
}
