import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cspHash } from './csp-hashes.js';
import { guideCsp, guideStyles, renderGuide, teacherGuideFiles } from './teacher-guide.js';

const docs = (file: string) =>
  readFileSync(fileURLToPath(new URL(`../../../docs/${file}`, import.meta.url)), 'utf8');

describe(renderGuide, () => {
  it('renders headings, tables and lists to HTML, not Markdown', () => {
    const html = renderGuide(
      '# Guide\n\n## Plan\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n- one\n',
      'en',
    );
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('<title>Guide</title>');
    expect(html).toContain('<h1>Guide</h1>');
    expect(html).toContain('<h2>Plan</h2>');
    expect(html).toContain('<th scope="col">a</th>');
    expect(html).toContain('<li>one</li>');
    expect(html).not.toContain('| a |');
  });

  it('opens outside links in a new tab, with noopener and a hidden hint, in the page language', () => {
    const en = renderGuide('See <https://example.org/a> and [b](https://example.org/b).', 'en');
    expect(en).toContain(
      '<a href="https://example.org/a" target="_blank" rel="noopener">https://example.org/a<span class="visually-hidden"> (opens in a new tab)</span></a>',
    );
    expect(en).toContain('<a href="https://example.org/b" target="_blank" rel="noopener">b<');
    const fr = renderGuide('[b](https://example.org/b)', 'fr');
    expect(fr).toContain('(s’ouvre dans un nouvel onglet)');
  });

  it('links the other language’s guide to its page, and keeps anchors in the page', () => {
    const html = renderGuide('[fr](teacher-guide.fr.md) [up](#plan)', 'en');
    expect(html).toContain('href="teacher-guide.fr.html"');
    expect(html).toContain('<a href="#plan">up</a>');
  });

  it('has no script, and a CSP that allows only its own inline style', () => {
    const html = renderGuide(docs('teacher-guide.md'), 'en');
    expect(html).not.toMatch(/<script/i);
    expect(guideCsp).toContain("default-src 'none'");
    expect(guideCsp).toContain(`style-src ${cspHash(guideStyles)}`);
    expect(html).toContain(`<style>${guideStyles}</style>`);
    expect(html).toContain(`content="${guideCsp}"`);
    expect(guideStyles).toContain('@media print');
  });

  it.each(teacherGuideFiles)('renders docs/$source with no Markdown left over', (file) => {
    const html = renderGuide(docs(file.source), file.lang);
    expect(html).toContain(`<html lang="${file.lang}">`);
    expect(html).toMatch(/<h1>[^<]+<\/h1>/);
    expect(html).toContain('<table>');
    // No raw Markdown syntax survives outside code.
    expect(html.replace(/<code>[\s\S]*?<\/code>/g, '')).not.toMatch(
      /^#{1,6} |\*\*[^*]+\*\*|^\|.*\|$/m,
    );
  });
});
