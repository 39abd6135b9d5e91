import { KitToken, type KitContext } from './context.js';
import { Device, type UserIdentity } from './device.js';
import { KEY_BYTES } from './envelope.js';
import { equalBytes } from './bytes.js';
import { InvalidArgumentError } from './errors.js';
import { EscrowAuthority, Thief } from './escrow.js';
import { checkId } from './ids.js';
import { Provider, type ProviderOptions } from './provider.js';
import { LIMITS } from './wire.js';
import { seededRandom, systemRandom } from './random.js';
import { parseEscrowSecrets, parseSecrets } from './secrets.js';
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

/** Options of {@link Kit.restoreDevice}. */
export interface RestoreOptions {
  /** As {@link DeviceOptions.careful} (a ghost never checks). Default `false`. */
  readonly careful?: boolean;
  /**
   * The device's replay state ({@link Device.exportReplayState}), so that the
   * restored device still refuses envelopes the original accepted.
   */
  readonly replayState?: string;
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
  /**
   * The device that {@link Device.exportSecrets} wrote, made again from its
   * text and registered with `provider` like `kit.device()` (nothing is
   * registered if the directory already lists this very bundle). It has the
   * same bundle, ids, identity key and safety numbers, keeps its role
   * (member or ghost), and opens what was sent to the original. The kit also
   * adopts the user's identity key, so a later `kit.device()` of the same
   * user is certified by it.
   *
   * @throws {MalformedInputError} (`what: 'device secrets'`) if the text is truncated, changed,
   * not canonical, or its keys do not fit together.
   * @throws {UnsupportedVersionError} for another version.
   * @throws {InvalidArgumentError} if the directory lists another bundle under this device id.
   * @throws {MalformedInputError} / {InvalidArgumentError} for a bad `replayState`.
   */
  restoreDevice(provider: Provider, secrets: string, options?: RestoreOptions): Device;
  /** An agency holding a key-escrow master key (id of 1 to 121 bytes). */
  escrowAuthority(options?: { id?: string; name?: string }): EscrowAuthority;
  /**
   * The authority that {@link EscrowAuthority.exportSecrets} wrote, made
   * again from its text: same id, name and master key, so it opens what was
   * escrowed to the original. Mandate it again where needed (a provider
   * that already mandates its key keeps it).
   *
   * @throws {MalformedInputError} (`what: 'escrow secrets'`) / {UnsupportedVersionError}
   */
  restoreEscrowAuthority(secrets: string): EscrowAuthority;
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
  const token = KitToken.issue(ctx);
  const ids = (id: string | undefined, fallback: string, maxBytes?: number): string =>
    checkId(id ?? fallback, 'An id', maxBytes);
  const capitalized = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
  // One identity key per user (docs/protocol.md §4): made with the user's first device.
  const identities = new Map<string, UserIdentity>();
  const identityFrom = (seed: Uint8Array): UserIdentity => {
    const pair = sodium.crypto_sign_seed_keypair(seed);
    const secret = pair.privateKey;
    return {
      publicKey: pair.publicKey,
      certify: (m) => sodium.crypto_sign_detached(m, secret),
      // An Ed25519 secret key is the seed followed by the public key.
      seed: () => secret.slice(0, KEY_BYTES),
    };
  };
  const identityOf = (key: string): UserIdentity => {
    let identity = identities.get(key);
    if (!identity) {
      const seed = ctx.random.bytes(KEY_BYTES);
      identity = identityFrom(seed);
      seed.fill(0);
      identities.set(key, identity);
    }
    return identity;
  };
  // The slot of a ghost's identity: the agency's own key, also when disguised as another user's device.
  const ghostSlot = (user: string) => (user === 'ghost' ? 'ghost' : `\u0000agency-as:${user}`);

  return {
    deterministic: seeded,
    provider: (name = 'Messenger', providerOptions = {}) =>
      new Provider(token, name, providerOptions),
    device(provider, o) {
      const user = ids(o.user, o.user);
      const name = ids(o.name, capitalized(user));
      const device = ids(o.device, `${user}/phone`);
      if (device.startsWith('escrow:'))
        throw new InvalidArgumentError('A device id must not start with "escrow:".');
      const made = new Device(
        token,
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
      const identity = identityOf(o.disguisedAs ? ghostSlot(user) : 'ghost');
      const made = new Device(
        token,
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
    restoreDevice(provider, secrets, o = {}) {
      const restored = parseSecrets(sodium, secrets);
      const b = restored.bundle;
      const listed = provider.directory.find(b.device);
      const same =
        listed !== undefined &&
        (['user', 'name'] as const).every((k) => listed[k] === b[k]) &&
        (['identityKey', 'signingKey', 'agreementKey', 'certificate'] as const).every((k) =>
          equalBytes(listed[k], b[k]),
        );
      if (listed && !same) {
        throw new InvalidArgumentError(
          `The directory already lists another device called "${b.device}".`,
        );
      }
      const identity = identityFrom(restored.identitySeed);
      const slot = restored.role === 'member' ? b.user : ghostSlot(b.user);
      if (!identities.has(slot)) identities.set(slot, identity);
      const made = new Device(
        token,
        provider,
        { device: b.device, user: b.user, name: b.name },
        identity,
        restored.role,
        restored.role === 'member' && o.careful === true,
        undefined,
        restored,
      );
      if (o.replayState !== undefined) made.importReplayState(o.replayState);
      if (!listed) provider.register(made);
      return made;
    },
    // The wrap of an escrow key is addressed to `escrow:<id>`, which must fit in an id too.
    escrowAuthority: (o = {}) =>
      new EscrowAuthority(token, ids(o.id, 'agency', LIMITS.escrowIdBytes), ids(o.name, 'Agency')),
    restoreEscrowAuthority(secrets) {
      const s = parseEscrowSecrets(secrets);
      const made = new EscrowAuthority(token, s.id, s.name, s.secret);
      s.secret.fill(0);
      return made;
    },
    thief: (o = {}) => new Thief(token, ids(o.id, 'mallory'), ids(o.name, 'Mallory')),
    now: () => ctx.now(),
  };
}
