import type { KitContext } from './context.js';
import { Device } from './device.js';
import { ESCROW_PREFIX } from './envelope.js';
import { EscrowAuthority, Thief } from './escrow.js';
import { checkId, MAX_ID_BYTES } from './ids.js';
import { Provider } from './provider.js';
import { seededRandom, systemRandom } from './random.js';
import { loadSodium } from './sodium.js';
import type { Trace } from './trace.js';

/** Options of {@link createKit}. */
export interface KitOptions {
  /**
   * Makes every key, nonce and timestamp reproducible from this seed, so a
   * lesson, a story or a test shows the same bytes every time. Teaching only:
   * whoever knows the seed knows every key. Without it, keys come from the
   * operating system's random number generator.
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
  /** Verify the roster's member signatures before each send (see `Device.verifyRoster`). Default `false`. */
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
   * of its own: the variant a safety-number comparison catches.
   */
  readonly disguisedAs?: { readonly user: string; readonly name: string };
}

/** Factory of providers, devices, ghosts, escrow authorities and thieves that share one libsodium, randomness and clock. */
export interface Kit {
  /** `true` when made with a seed (teaching only). */
  readonly deterministic: boolean;
  /** A messaging service. */
  provider(name?: string): Provider;
  /** A member's device, registered with `provider`. */
  device(provider: Provider, options: DeviceOptions): Device;
  /** An agency's device for an access order, registered with `provider` (but on no roster yet). */
  ghost(provider: Provider, options?: GhostOptions): Device;
  /** An agency holding a key-escrow master key. */
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
  let clock = options.startTime ?? DEFAULT_START;
  let last = 0;
  const ctx: KitContext = {
    sodium,
    random: seeded ? seededRandom(sodium, options.seed) : systemRandom(),
    now: seeded
      ? () => (clock += 1000)
      : () => (last = Math.max(last + 1, Date.now())),
  };
  const ids = (id: string | undefined, fallback: string, maxBytes?: number): string =>
    checkId(id ?? fallback, 'An id', maxBytes);
  const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  return {
    deterministic: seeded,
    provider: (name = 'Messenger') => new Provider(ctx, name),
    device(provider, o) {
      const user = ids(o.user, o.user);
      const device = new Device(
        ctx,
        provider,
        { device: ids(o.device, `${user}/phone`), user, name: o.name ?? capitalized(user) },
        'member',
        o.careful ?? false,
        o.trace,
      );
      provider.register(device);
      return device;
    },
    ghost(provider, o = {}) {
      const user = o.disguisedAs?.user ?? 'ghost';
      const device = new Device(
        ctx,
        provider,
        {
          device: ids(o.device, o.disguisedAs ? `${user}/tablet` : 'ghost/agency'),
          user,
          name: o.disguisedAs?.name ?? o.name ?? 'Ghost',
        },
        'ghost',
        false,
        undefined,
      );
      provider.register(device);
      return device;
    },
    // The wrap of an escrow key is addressed to `escrow:<id>`, which must fit too.
    escrowAuthority: (o = {}) =>
      new EscrowAuthority(ctx, ids(o.id, 'agency', MAX_ID_BYTES - ESCROW_PREFIX.length), o.name ?? 'Agency'),
    thief: (o = {}) => new Thief(ctx, ids(o.id, 'mallory'), o.name ?? 'Mallory'),
    now: () => ctx.now(),
  };
}
