import { describe, expect, it } from 'vitest';
import { joinRefusals } from './join-class.js';
import { livePhoneEn } from './strings.en.js';
import { livePhoneFr } from './strings.fr.js';

/** Every string of a nested object, by dotted key. */
function flatten(value: unknown, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  if (typeof value === 'string') {
    out.set(prefix, value);
    return out;
  }
  for (const [key, child] of Object.entries(value as Record<string, unknown>)) {
    for (const [k, v] of flatten(child, prefix ? `${prefix}.${key}` : key)) out.set(k, v);
  }
  return out;
}

const placeholders = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('phone strings', () => {
  const en = flatten(livePhoneEn);
  const fr = flatten(livePhoneFr);

  it('has the keys of English in French, and no other but extra plural forms', () => {
    const extraPlural = (key: string) =>
      /_(zero|two|few|many)$/.test(key) && en.has(key.replace(/_\w+$/, '_other'));
    expect([...fr.keys()].filter((key) => !extraPlural(key)).sort()).toEqual([...en.keys()].sort());
  });

  it('uses the same placeholders in both languages, and no empty string', () => {
    for (const [key, english] of en) {
      const french = fr.get(key) ?? '';
      expect(french.trim(), key).not.toBe('');
      expect(placeholders(french), key).toEqual(placeholders(english));
    }
  });

  it('has words for every join refusal the form explains', () => {
    for (const code of joinRefusals) {
      expect(en.get(`join.refused.${code}`), code).toBeTruthy();
    }
  });
});
