import { ByteWriter } from './bytes.js';
import type { Sodium } from './sodium.js';

/** A user and the Ed25519 keys of the devices a client believes are theirs. */
export interface SafetyIdentity {
  readonly user: string;
  readonly signingKeys: readonly Uint8Array[];
}

/** A number two people compare, in person or by scanning, to check that no one sits between them. */
export interface SafetyNumber {
  /** 60 digits. */
  readonly digits: string;
  /** The digits in 12 groups of 5, for reading aloud. */
  readonly groups: readonly string[];
  /** The groups joined by spaces. */
  readonly text: string;
  /** What a QR code should carry: `e2ee-kit-safety-number:1:<60 digits>`. */
  readonly payload: string;
}

/** Hash iterations per fingerprint, as in Signal, to make a matching forgery costly. */
export const FINGERPRINT_ITERATIONS = 5200;

const cache = new Map<string, string>();

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  }
  return a.length - b.length;
}

/**
 * The 30-digit half of a safety number for one identity (docs/protocol.md,
 * "Safety numbers"): BLAKE2b-512 iterated {@link FINGERPRINT_ITERATIONS}
 * times over the sorted device keys, the first 30 bytes read as six 5-digit groups.
 */
export function fingerprintDigits(sodium: Sodium, identity: SafetyIdentity): string {
  const keys = [...identity.signingKeys].sort(compareBytes);
  const keyBytes = new ByteWriter(32 * keys.length + 8);
  for (const k of keys) keyBytes.raw(k);
  const concat = keyBytes.finish();
  const input = new ByteWriter(128 + concat.length)
    .text('e2ee-kit/v1/fingerprint')
    .text(identity.user)
    .u32(keys.length)
    .raw(concat)
    .finish();
  const cacheKey = Array.from(input, (b) => String.fromCharCode(b)).join('');
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  let h = sodium.crypto_generichash(64, input, null);
  const round = new Uint8Array(64 + concat.length);
  round.set(concat, 64);
  for (let i = 1; i < FINGERPRINT_ITERATIONS; i++) {
    round.set(h, 0);
    h = sodium.crypto_generichash(64, round, null);
  }
  let digits = '';
  for (let chunk = 0; chunk < 6; chunk++) {
    let n = 0;
    for (let j = 0; j < 5; j++) n = n * 256 + (h[chunk * 5 + j] as number);
    digits += String(n % 100_000).padStart(5, '0');
  }
  cache.set(cacheKey, digits);
  return digits;
}

/**
 * The safety number of two identities. Both sides get the same 60 digits
 * when, and only when, each sees the same keys for both: the halves are
 * ordered by user id, not by who computes.
 */
export function safetyNumber(sodium: Sodium, a: SafetyIdentity, b: SafetyIdentity): SafetyNumber {
  const fa = fingerprintDigits(sodium, a);
  const fb = fingerprintDigits(sodium, b);
  const digits = a.user <= b.user ? fa + fb : fb + fa;
  const groups = digits.match(/\d{5}/g) ?? [];
  return { digits, groups, text: groups.join(' '), payload: `e2ee-kit-safety-number:1:${digits}` };
}
