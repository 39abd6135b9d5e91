import { ByteWriter, utf8 } from './bytes.js';
import { InvalidArgumentError } from './errors.js';
import type { Primitives } from './sodium.js';

/** Where keys come from, and (seeded) how message keys and nonces are derived. */
export interface RandomSource {
  /** `true` when the bytes are reproducible from a seed (teaching only). */
  readonly deterministic: boolean;
  /** Returns `length` fresh bytes. */
  bytes(length: number): Uint8Array;
  /**
   * Seeded mode only (docs/protocol.md §15): the message key and nonces of one
   * send, derived from the seed and the content, so that one nonce never
   * encrypts two different texts.
   */
  readonly derive?: (headerCore: Uint8Array, text: Uint8Array) => SeededSend;
}

/** The secrets of one seeded send (§15). */
export interface SeededSend {
  readonly messageKey: Uint8Array;
  readonly nonce: Uint8Array;
  wrapNonce(to: string): Uint8Array;
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
 * A reproducible stream for lessons, stories and tests (docs/protocol.md §15):
 * draw number n is `randombytes_buf_deterministic(length, H32(lp("e2ee-kit/v2/drbg") ‖ lp(seed) ‖ u64(n)))`.
 * Message keys and nonces are not drawn but derived from the seed and the
 * content. Anyone who knows the seed knows every key: never use it to protect anything.
 *
 * @throws {InvalidArgumentError} for an empty seed.
 */
export function seededRandom(sodium: Primitives, seed: string | Uint8Array): RandomSource {
  const seedBytes =
    typeof seed === 'string' ? utf8(seed) : seed instanceof Uint8Array ? seed.slice() : undefined;
  if (!seedBytes || seedBytes.length === 0) {
    throw new InvalidArgumentError(
      'A seed must be a text or bytes of at least one byte; an empty seed is refused.',
    );
  }
  let draw = 0;
  const sendKey = sodium.crypto_generichash(
    32,
    new ByteWriter(64).text('e2ee-kit/v2/seeded-send').bytes(seedBytes).finish(),
    null,
  );
  const label = (s: string) => new ByteWriter(64).text(s).finish();
  const mkLabel = label('e2ee-kit/v2/seeded-message-key');
  const nonceLabel = label('e2ee-kit/v2/seeded-body-nonce');
  return {
    deterministic: true,
    bytes(length) {
      const drawSeed = sodium.crypto_generichash(
        32,
        new ByteWriter(64).text('e2ee-kit/v2/drbg').bytes(seedBytes).u64(draw++).finish(),
        null,
      );
      return sodium.randombytes_buf_deterministic(length, drawSeed);
    },
    derive(headerCore, text) {
      const content = sodium.crypto_generichash(
        32,
        new ByteWriter(64 + headerCore.length + text.length)
          .text('e2ee-kit/v2/seeded-content')
          .bytes(headerCore)
          .bytes(text)
          .finish(),
        sendKey,
      );
      return {
        messageKey: sodium.crypto_generichash(32, mkLabel, content),
        nonce: sodium.crypto_generichash(24, nonceLabel, content),
        wrapNonce: (to) =>
          sodium.crypto_generichash(
            24,
            new ByteWriter(64).text('e2ee-kit/v2/seeded-wrap-nonce').text(to).finish(),
            content,
          ),
      };
    },
  };
}
