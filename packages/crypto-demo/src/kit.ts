import type { KitContext } from './context.js';
import { Device, type UserIdentity } from './device.js';
import { KEY_BYTES } from './envelope.js';
import { InvalidArgumentError } from './errors.js';
import { EscrowAuthority, Thief } from './escrow.js';
import { checkId } from './ids.js';
import { Provider, type ProviderOptions } from './provider.js';
import { LIMITS } from './wire.js';
import { seededRandom, systemRandom } from './random.js';
import { loadSodium } from './sodium.js';
import type { Trace } from './trace.js';

/** Options of {@link createKit}. */
export interface KitOptions {
  /**
   * Makes every key, nonce and timestamp reproducible from this seed (at
   * least one byte), so a lesson, a story or a test shows the same bytes every
   * time. Message keys and nonces are derived from the seed and the content,
   * so two runs that send different texts never share a nonce
   * (docs/protocol.md §15). Teaching only: whoever knows the seed knows every
   * key. Without it, keys come from the operating system's random number generator.
   */
  readonly seed?: string | Uint8Array;
  /**
   * In deterministic mode, where the clock starts (ms since 1970); each reading
   * adds one second, so the first is `startTime + 1000`. Default: 20 March
   * 2025, 21:00 Paris time.
   */
  readonly startTime?: number;
}

/** Options of {@link Kit.device}. */
export interface DeviceOptions {
  /** User id, e.g. `alice`. */
  readonly user: string;
  /** Display name. Default: the user id with a capital. */
  readonly name?: string;
  /** Device id. Default: `<user>/phone`. */
  readonly device?: string;
  /**
   * Run the recipient check (docs/protocol.md §10.1) on every message opened in provider-managed
   * conversations too, and so report a hidden ghost. Default `false`.
   */
  readonly careful?: boolean;
  /** Records the key generation. */
  readonly trace?: Trace;
}

/** Options of {@link Kit.ghost}. */
export interface GhostOptions {
  /** Device id. Default `ghost/agency`. */
  readonly device?: string;
  /** Display name. Default `Ghost`. */
  readonly name?: string;
  /**
   * Register the ghost as one more device of this user instead of as a user
   * of its own. The agency has no access to that user's identity key, so it
   * certifies the ghost with an identity key of its own: the variant a
   * safety-number comparison catches.
   */
  readonly disguisedAs?: { readonly user: string; readonly name: string };
}

/** Factory of providers, devices, ghosts, escrow authorities and thieves that share one libsodium, randomness and clock. */
export interface Kit {
  /** `true` when made with a seed (teaching only). */
  readonly deterministic: boolean;
  /** A messaging service. */
  provider(name?: string, options?: ProviderOptions): Provider;
  /** A member's device, registered with `provider`. */
  device(provider: Provider, options: DeviceOptions): Device;
  /** An agency's device for an access order, registered with `provider` (but on no roster yet). */
  ghost(provider: Provider, options?: GhostOptions): Device;
  /** An agency holding a key-escrow master key (id of 1 to 121 bytes). */
  escrowAuthority(options?: { id?: string; name?: string }): EscrowAuthority;
  /** Someone who can steal an escrow master key. */
  thief(options?: { id?: string; name?: string }): Thief;
  /** The kit's clock (ms since 1970). */
  now(): number;
}

/** 20 March 2025, 21:00 in Paris: the evening of the vote. */
const DEFAULT_START = Date.UTC(2025, 2, 20, 20, 0, 0);

/**
 * Loads libsodium and returns a {@link Kit}. Everything else in the package
 * is synchronous once this has resolved.
 *
 * @example
 * ```ts
 * const kit = await createKit({ seed: 'lesson-1' }); // reproducible bytes, teaching only
 * const provider = kit.provider('Messenger');
 * const alice = kit.device(provider, { user: 'alice' });
 * ```
 */
export async function createKit(options: KitOptions = {}): Promise<Kit> {
  const sodium = await loadSodium();
  const seeded = options.seed !== undefined;
  if (seeded && typeof options.seed !== 'string' && !(options.seed instanceof Uint8Array)) {
    throw new InvalidArgumentError('A seed must be a text or bytes.');
  }
  const startTime = options.startTime ?? DEFAULT_START;
  if (!Number.isSafeInteger(startTime) || startTime < 0) {
    throw new InvalidArgumentError('startTime must be a whole number of milliseconds since 1970.');
  }
  let clock = startTime;
  let last = 0;
  const ctx: KitContext = {
    sodium,
    random: seeded ? seededRandom(sodium, options.seed) : systemRandom(),
    now: seeded ? () => (clock += 1000) : () => (last = Math.max(last + 1, Date.now())),
  };
  const ids = (id: string | undefined, fallback: string, maxBytes?: number): string =>
    checkId(id ?? fallback, 'An id', maxBytes);
  const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  // One identity key per user (docs/protocol.md §4): made with the user's first device.
  const identities = new Map<string, UserIdentity>();
  const identityOf = (key: string): UserIdentity => {
    let identity = identities.get(key);
    if (!identity) {
      const seed = ctx.random.bytes(KEY_BYTES);
      const pair = sodium.crypto_sign_seed_keypair(seed);
      seed.fill(0);
      const secret = pair.privateKey;
      identity = {
        publicKey: pair.publicKey,
        certify: (m) => sodium.crypto_sign_detached(m, secret),
      };
      identities.set(key, identity);
    }
    return identity;
  };

  return {
    deterministic: seeded,
    provider: (name = 'Messenger', providerOptions = {}) =>
      new Provider(ctx, name, providerOptions),
    device(provider, o) {
      const user = ids(o.user, o.user);
      const name = ids(o.name, capitalized(user));
      const device = ids(o.device, `${user}/phone`);
      if (device.startsWith('escrow:'))
        throw new InvalidArgumentError('A device id must not start with "escrow:".');
      const made = new Device(
        ctx,
        provider,
        { device, user, name },
        identityOf(user),
        'member',
        o.careful ?? false,
        o.trace,
      );
      provider.register(made);
      return made;
    },
    ghost(provider, o = {}) {
      const user = o.disguisedAs?.user ?? 'ghost';
      const device = ids(o.device, o.disguisedAs ? `${user}/tablet` : 'ghost/agency');
      const name = ids(o.disguisedAs?.name ?? o.name, 'Ghost');
      // The agency's own identity key, also for a ghost disguised as someone else's device.
      const identity = identityOf(o.disguisedAs ? `\u0000agency-as:${user}` : 'ghost');
      const made = new Device(
        ctx,
        provider,
        { device, user, name },
        identity,
        'ghost',
        false,
        undefined,
      );
      provider.register(made);
      return made;
    },
    // The wrap of an escrow key is addressed to `escrow:<id>`, which must fit in an id too.
    escrowAuthority: (o = {}) =>
      new EscrowAuthority(ctx, ids(o.id, 'agency', LIMITS.escrowIdBytes), ids(o.name, 'Agency')),
    thief: (o = {}) => new Thief(ctx, ids(o.id, 'mallory'), ids(o.name, 'Mallory')),
    now: () => ctx.now(),
  };
}
