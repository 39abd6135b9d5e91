/**
 * The published declarations (dist/*.d.ts, built with `stripInternal`) must
 * not show the provider's internal methods: a consumer could otherwise call
 * them and bypass the roster's signatures. Needs `npm run build` first, as
 * publint and attw do (turbo's `test` task depends on `build`).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const dts = new URL('../dist/provider.d.ts', import.meta.url);

describe('dist/provider.d.ts', () => {
  it('exists (run `npm run build -w @e2ee-kit/crypto-demo` first)', () => {
    expect(existsSync(dts)).toBe(true);
  });

  it('declares the public methods and none of the @internal ones', () => {
    const text = readFileSync(dts, 'utf8');
    for (const name of [
      'relay',
      'executeAccessOrder',
      'orderClientUpdate',
      'replaceCommits',
      'deliver',
      'view',
    ]) {
      expect(text).toMatch(new RegExp(`\\b${name}\\(`));
    }
    for (const name of ['createConversation', 'addEntry', 'collect', 'publishCommit']) {
      expect(text).not.toMatch(new RegExp(`\\b${name}\\(`));
    }
    expect(text).not.toContain('@internal');
  });

  it('no published declaration names valibot (its generic types break TypeScript 5.4, TS2315)', () => {
    const dir = new URL('../dist/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/valibot/);
    }
  });
});

/** Every published declaration file, with its text. */
function declarations(): [string, string][] {
  const dir = new URL('../dist/', import.meta.url);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.d.ts'))
    .map((f) => [f, readFileSync(new URL(f, dir), 'utf8')]);
}

describe('no third-party type in the published declarations (issue 11)', () => {
  // The type names libsodium-wrappers declares, read from its own declarations.
  const require = createRequire(import.meta.url);
  const sodiumDts = readFileSync(
    require.resolve('libsodium-wrappers').replace(/\.js$/, '.d.ts'),
    'utf8',
  );
  const sodiumTypes = [
    ...new Set(
      [...sodiumDts.matchAll(/\b(?:type|interface|class|enum) ([A-Z]\w+)/g)].map((m) => m[1]),
    ),
  ];

  it("finds libsodium's type names (or this test would prove nothing)", () => {
    expect(sodiumTypes).toContain('Uint8ArrayOutputFormat');
    expect(declarations().length).toBeGreaterThan(10);
  });

  it("imports nothing but the package's own modules", () => {
    for (const [file, text] of declarations()) {
      const imports = [...text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map(
        (m) => m[1],
      );
      for (const specifier of imports) expect(specifier, file).toMatch(/^\.\//);
      expect(text, file).not.toMatch(/typeof\s+sodium\b|libsodium-wrappers/);
    }
  });

  it("names none of libsodium-wrappers' types", () => {
    for (const [file, text] of declarations()) {
      for (const name of sodiumTypes) expect(text, file).not.toMatch(new RegExp(`\\b${name}\\b`));
    }
  });

  it('constructors take a KitToken, which nothing outside the kit can make', () => {
    const all = new Map(declarations());
    expect(all.get('context.d.ts')).toMatch(
      /class KitToken \{\s*#private;\s*private constructor\(\);\s*\}/,
    );
    for (const [file, cls] of [
      ['device.d.ts', 'Device'],
      ['provider.d.ts', 'Provider'],
      ['provider.d.ts', 'Directory'],
      ['escrow.d.ts', 'EscrowAuthority'],
      ['escrow.d.ts', 'Thief'],
    ] as const) {
      const text = all.get(file) ?? '';
      const body = text.slice(text.indexOf(`class ${cls} `));
      expect(body, cls).toMatch(/constructor\(token: KitToken\b/);
    }
  });
});
