/**
 * The checks every pair of string files gets (English and French): the same
 * keys (French may add plural forms its rules need), the same placeholders,
 * and no empty string. Call it inside a test file.
 */
import { describe, expect, it } from 'vitest';

/** Every string of a nested object, by dotted key. */
export function flattenStrings(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of flattenStrings(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

export function describeTranslation(name: string, english: unknown, french: unknown): void {
  describe(name, () => {
    const en = flattenStrings(english);
    const fr = flattenStrings(french);

    it('has the keys of English in French, and no other but extra plural forms', () => {
      const extraPlural = (key: string) =>
        /_(zero|two|few|many)$/.test(key) && en.has(key.replace(/_\w+$/, '_other'));
      expect([...fr.keys()].filter((key) => !extraPlural(key)).sort()).toEqual(
        [...en.keys()].sort(),
      );
    });

    it('uses the same placeholders in both languages, and no empty string', () => {
      for (const [key, text] of en) {
        const translated = fr.get(key) ?? '';
        expect(translated.trim(), key).not.toBe('');
        expect(placeholders(translated), key).toEqual(placeholders(text));
      }
    });
  });
}
