/** Display names and join codes: what a student types on a phone. */
import { randomInt } from 'node:crypto';

/** No 0/O, 1/I/L: a code read from a projector is typed without doubt. */
export const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const CODE_LENGTH = 6;
export const NAME_MAX = 32;

/** A fresh join code, e.g. `K7QXPA` (31⁶ ≈ 8.9 × 10⁸ codes). */
export function newJoinCode(): string {
  let code = '';
  for (let i = 0; i < CODE_LENGTH; i++)
    code += CODE_ALPHABET.charAt(randomInt(CODE_ALPHABET.length));
  return code;
}

/** Upper-cases a typed code and drops spaces and dashes; `undefined` if it cannot be a code. */
export function normalizeJoinCode(typed: string): string | undefined {
  const code = typed.replace(/[\s-]/g, '').toUpperCase();
  if (code.length !== CODE_LENGTH) return undefined;
  for (const c of code) if (!CODE_ALPHABET.includes(c)) return undefined;
  return code;
}

// Control characters, and the invisible ones that reorder or hide text on
// the projector (bidi overrides and isolates, line and paragraph separators).
const FORBIDDEN = /[\p{Cc}\p{Zl}\p{Zp}\p{Cs}\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/u;

export type NameCheck =
  | { readonly ok: true; readonly name: string; readonly key: string }
  | { readonly ok: false; readonly reason: 'empty' | 'too-long' | 'control-characters' };

/**
 * Checks a display name: NFC, trimmed, 1 to 32 characters (code points), no
 * control characters. `key` is what duplicates are compared on: NFKC and
 * lower case, so "Zoé", "ZOÉ" and "Ｚｏé" are one name.
 */
export function checkDisplayName(typed: string): NameCheck {
  if (FORBIDDEN.test(typed)) return { ok: false, reason: 'control-characters' };
  const name = typed.normalize('NFC').trim();
  // Code points, as the limit is about storage and layout, not graphemes.
  const length = Array.from(name).length;
  if (length === 0) return { ok: false, reason: 'empty' };
  if (length > NAME_MAX) return { ok: false, reason: 'too-long' };
  return { ok: true, name, key: name.normalize('NFKC').toLowerCase() };
}
