/**
 * The published declarations (dist/*.d.ts, built with `stripInternal`) must
 * not show the provider's internal methods: a consumer could otherwise call
 * them and bypass the roster's signatures. Needs `npm run build` first, as
 * publint and attw do (turbo's `test` task depends on `build`).
 */
import { existsSync, readFileSync } from 'node:fs';
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

  it('no published declaration names valibot (its generic types break TypeScript 5.4, TS2315)', async () => {
    const { readdirSync } = await import('node:fs');
    const dir = new URL('../dist/', import.meta.url);
    for (const file of readdirSync(dir).filter((f) => f.endsWith('.d.ts'))) {
      expect(readFileSync(new URL(file, dir), 'utf8'), file).not.toMatch(/valibot/);
    }
  });
});
