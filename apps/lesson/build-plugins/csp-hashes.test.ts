import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { cspHash, hashInlineCode, withHashes } from './csp-hashes.js';

const policy =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; object-src 'none'";

describe(cspHash, () => {
  it('is the base64 sha256 of the exact text', () => {
    const expected = createHash('sha256').update('alert(1)').digest('base64');
    expect(cspHash('alert(1)')).toBe(`'sha256-${expected}'`);
  });
});

describe(withHashes, () => {
  it('adds hashes to a directive and keeps its other sources', () => {
    expect(withHashes(policy, 'script-src', ["'sha256-AAA='"])).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-AAA='; style-src 'self'; object-src 'none'",
    );
  });

  it('replaces old hashes instead of piling them up', () => {
    const once = withHashes(policy, 'style-src', ["'sha256-OLD='"]);
    expect(withHashes(once, 'style-src', ["'sha256-NEW='"])).toContain(
      "style-src 'self' 'sha256-NEW='",
    );
  });
});

describe(hashInlineCode, () => {
  const html = (body: string) =>
    `<html><head><meta http-equiv="Content-Security-Policy" content="${policy}" />${body}</head></html>`;

  it('allows exactly the inline script and style that are in the page', () => {
    const out = hashInlineCode(
      html('<script type="module" crossorigin>console.log(1)</script><style>p{color:red}</style>'),
    );
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash('console.log(1)')};`);
    expect(out).toContain(`style-src 'self' ${cspHash('p{color:red}')};`);
    expect(out).not.toContain('unsafe-inline');
  });

  it('ignores "<style>" written inside a script', () => {
    const code = 'const s = "<style>x</style>";';
    const out = hashInlineCode(html(`<script>${code}</script>`));
    expect(out).toContain(`script-src 'self' 'wasm-unsafe-eval' ${cspHash(code)};`);
    expect(out).toContain("style-src 'self';");
  });

  it('replaces placeholder hashes', () => {
    const marked = html('<script>x</script>').replace(
      "script-src 'self'",
      "script-src 'self' 'sha256-pending'",
    );
    expect(hashInlineCode(marked)).not.toContain('pending');
  });

  it('does not hash scripts loaded from a file', () => {
    const out = hashInlineCode(html('<script type="module" src="./a.js"></script>'));
    expect(out).toContain("script-src 'self' 'wasm-unsafe-eval';");
  });

  it('fails loudly without a policy to update', () => {
    expect(() => hashInlineCode('<html><script>x</script></html>')).toThrow(
      /no Content-Security-Policy/,
    );
  });
});
