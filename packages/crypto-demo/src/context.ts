import type { RandomSource } from './random.js';
import type { Sodium } from './sodium.js';

/** What every object made by one kit shares: libsodium, the randomness and the clock. */
export interface KitContext {
  readonly sodium: Sodium;
  readonly random: RandomSource;
  /** Milliseconds since 1970 (a fixed, stepping clock in deterministic mode). */
  now(): number;
}
