/**
 * Safety numbers (docs/protocol.md §13): from the two users' identity keys
 * only, in an order fixed by the user ids, so both sides compute the same
 * number, a second legitimate device changes nothing, and a swapped identity
 * key changes it.
 */
import { ByteWriter, toBase64url } from './bytes.js';
import { compareIds } from './envelope.js';
import { InvalidArgumentError } from './errors.js';
import type { Primitives } from './sodium.js';

/** A user and the identity key a client pinned for them. */
export interface SafetyIdentity {
  readonly user: string;
  /** Ed25519 identity public key, 32 bytes. */
  readonly identityKey: Uint8Array;
}

/** A number two people compare, in person or by scanning, to check that no one sits between them. */
export interface SafetyNumber {
  /** 60 digits. */
  readonly digits: string;
  /** The digits in 12 groups of 5, for reading aloud. */
  readonly groups: readonly string[];
  /** The groups joined by spaces. */
  readonly text: string;
  /** What a QR code should carry: `e2ee-kit-safety-number:2:<60 digits>`. */
  readonly payload: string;
}

/** Hash iterations per fingerprint, as in Signal, to make a matching forgery costly. */
export const FINGERPRINT_ITERATIONS = 5200;

const cache = new Map<string, string>();

/** The 30 digits of one user's identity key (§13). */
export function fingerprintDigits(sodium: Primitives, identity: SafetyIdentity): string {
  const cacheKey = `${identity.user}\u0000${toBase64url(identity.identityKey)}`;
  const hit = cache.get(cacheKey);
  if (hit) return hit;
  const ik = identity.identityKey;
  let h = sodium.crypto_generichash(
    64,
    new ByteWriter(128).text('e2ee-kit/v2/fingerprint').text(identity.user).bytes(ik).finish(),
    null,
  );
  const round = new Uint8Array(64 + ik.length);
  round.set(ik, 64);
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
 * The safety number of two users. Both sides get the same 60 digits exactly
 * when each sees the other's real identity key: the halves are ordered by
 * user id (bytewise UTF-8), never by who computes.
 *
 * @throws {InvalidArgumentError} for a user with itself.
 */
export function safetyNumber(
  sodium: Primitives,
  a: SafetyIdentity,
  b: SafetyIdentity,
): SafetyNumber {
  const order = compareIds(a.user, b.user);
  if (order === 0)
    throw new InvalidArgumentError('A safety number is between two different users.');
  const fa = fingerprintDigits(sodium, a);
  const fb = fingerprintDigits(sodium, b);
  const digits = order < 0 ? fa + fb : fb + fa;
  const groups = digits.match(/\d{5}/g) ?? [];
  return { digits, groups, text: groups.join(' '), payload: `e2ee-kit-safety-number:2:${digits}` };
}
