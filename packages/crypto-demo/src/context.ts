import { InvalidArgumentError } from './errors.js';
import type { RandomSource } from './random.js';
import type { Primitives } from './sodium.js';

/** What every object made by one kit shares: libsodium, the randomness and the clock. */
export interface KitContext {
  readonly sodium: Primitives;
  readonly random: RandomSource;
  /** Milliseconds since 1970 (a fixed, stepping clock in deterministic mode). */
  now(): number;
}

/**
 * An opaque proof that an object is made by a {@link Kit} (`createKit()`):
 * the first argument of the constructors of `Provider`, `Device`,
 * `EscrowAuthority` and `Thief`. Only a kit holds one and nothing hands it
 * out, so those classes are made with the kit's factories (`kit.device()`,
 * …), never with `new`.
 */
export class KitToken {
  readonly #ctx: KitContext;

  private constructor(ctx: KitContext) {
    this.#ctx = ctx;
  }

  /** @internal Made by `createKit` only. */
  static issue(ctx: KitContext): KitToken {
    return new KitToken(ctx);
  }

  /**
   * @internal The kit's shared parts.
   * @throws {InvalidArgumentError} for anything that is not a kit's token.
   */
  static open(token: unknown): KitContext {
    if (typeof token === 'object' && token !== null && #ctx in token) return token.#ctx;
    throw new InvalidArgumentError(
      'Not a kit token: make providers, devices, authorities and thieves with createKit() and its kit.',
    );
  }
}
