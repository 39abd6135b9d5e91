import { describe, expect, it } from 'vitest';
import { checkDisplayName, CODE_ALPHABET, newJoinCode, normalizeJoinCode } from './names.js';

describe('checkDisplayName', () => {
  it('accepts 1 to 32 characters after NFC and trimming', () => {
    expect(checkDisplayName('  Zoé ')).toEqual({ ok: true, name: 'Zoé', key: 'zoé' });
    expect(checkDisplayName('a'.repeat(32)).ok).toBe(true);
    expect(checkDisplayName('😀'.repeat(32)).ok).toBe(true);
    expect(checkDisplayName('a'.repeat(33))).toEqual({ ok: false, reason: 'too-long' });
    expect(checkDisplayName('   ')).toEqual({ ok: false, reason: 'empty' });
  });
  it('counts a decomposed accent once (NFC)', () => {
    expect(checkDisplayName('e\u0301'.repeat(32)).ok).toBe(true);
  });
  it('refuses control characters and invisible reordering', () => {
    for (const bad of [
      'a\u0000b',
      'tab\there',
      'line\nbreak',
      'x\u202Eevil',
      'a\u2028b',
      'del\u007F',
    ]) {
      expect(checkDisplayName(bad)).toEqual({ ok: false, reason: 'control-characters' });
    }
  });
  it('gives case- and width-insensitive duplicate keys', () => {
    const keys = ['Zoé', 'ZOÉ', 'zoe\u0301', 'Ｚｏé'].map(
      (n) => (checkDisplayName(n) as { key: string }).key,
    );
    expect(new Set(keys).size).toBe(1);
  });
});

describe('join codes', () => {
  it('are 6 characters of the unambiguous alphabet', () => {
    for (let i = 0; i < 200; i++) {
      const code = newJoinCode();
      expect(code).toMatch(/^[A-Z2-9]{6}$/);
      for (const c of code) expect(CODE_ALPHABET).toContain(c);
    }
    expect(CODE_ALPHABET).not.toMatch(/[01ILO]/);
  });
  it('are read back leniently from what a student types', () => {
    expect(normalizeJoinCode(' k7q-xpa ')).toBe('K7QXPA');
    expect(normalizeJoinCode('K7QXP0')).toBeUndefined();
    expect(normalizeJoinCode('K7QX')).toBeUndefined();
  });
});
