import { ByteWriter, utf8 } from './bytes.js';
import type { Sodium } from './sodium.js';

/** Where keys, seeds and nonces come from. */
export interface RandomSource {
  /** `true` when the bytes are reproducible from a seed (teaching only). */
  readonly deterministic: boolean;
  /** Returns `length` fresh bytes. */
  bytes(length: number): Uint8Array;
}

/**
 * The operating system's CSPRNG through Web Crypto. libsodium's own
 * `randombytes_buf` is about 30× slower per byte in its WebAssembly build, so
 * keys and nonces are drawn here and handed to libsodium's seeded functions.
 */
export function systemRandom(): RandomSource {
  return {
    deterministic: false,
    bytes(length) {
      const out = new Uint8Array(length);
      // getRandomValues fills at most 65,536 bytes a call.
      for (let i = 0; i < length; i += 65_536) {
        globalThis.crypto.getRandomValues(out.subarray(i, Math.min(length, i + 65_536)));
      }
      return out;
    },
  };
}

/**
 * A reproducible stream for lessons, stories and tests: draw number n is
 * `randombytes_buf_deterministic(length, BLAKE2b-256(lp("e2ee-kit/v1/drbg") ‖ lp(seed) ‖ u64(n)))`.
 * Anyone who knows the seed knows every key: never use it to protect anything.
 */
export function seededRandom(sodium: Sodium, seed: string | Uint8Array): RandomSource {
  const seedBytes = typeof seed === 'string' ? utf8(seed) : seed;
  let draw = 0;
  return {
    deterministic: true,
    bytes(length) {
      const drawSeed = sodium.crypto_generichash(
        32,
        new ByteWriter(64).text('e2ee-kit/v1/drbg').bytes(seedBytes).u64(draw++).finish(),
        null,
      );
      return sodium.randombytes_buf_deterministic(length, drawSeed);
    },
  };
}
