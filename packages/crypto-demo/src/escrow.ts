/**
 * Escrow key holders (docs/protocol.md §11): an authority holding a master
 * key, and a thief who copied it. Both authenticate what they read: the
 * sender's certified bundle from the provider's directory and its signature,
 * so a forged "intercept" is refused with a typed error.
 */
import { KitToken, type KitContext } from './context.js';
import { ESCROW_PREFIX, KEY_BYTES, sealedWrap, type Envelope } from './envelope.js';
import { E2eeKitError, NotARecipientError } from './errors.js';
import type { DeviceBundle } from './identity.js';
import { PairKeyCache } from './pair-keys.js';
import type { Party, ReadAttempt, ReadOptions } from './party.js';
import { trustDirectory, trustedDirectories } from './escrow-trust.js';
import type { EscrowKeyInfo } from './provider-records.js';
import { asTyped, checkDirectorySender, openWith, outcomeError, reasonOf } from './receive.js';
import { serializeEscrowSecrets } from './secrets.js';
import { toSealed } from './wire.js';

/** What an escrow holder read: the text and the authenticated sender. */
export interface EscrowReading {
  readonly text: string;
  readonly conversation: string;
  readonly from: { readonly user: string; readonly device: string; readonly name: string };
  readonly sentAt: number;
  /** The authority whose key opened it. */
  readonly authority: string;
}

interface HeldKey {
  readonly authority: string;
  readonly publicKey: Uint8Array;
  /** Pair keys of this master key with each sender; it holds the secret in a private field. */
  readonly pairKeys: PairKeyCache;
  readonly secret: () => Uint8Array;
}

function holdKey(
  ctx: KitContext,
  authority: string,
  secret: Uint8Array,
  publicKey: Uint8Array,
): HeldKey {
  const own = secret.slice();
  return Object.freeze({
    authority,
    publicKey,
    pairKeys: new PairKeyCache(ctx.sodium, own, publicKey),
    secret: () => own.slice(),
  });
}

/** Something that holds escrow master keys and tries them on envelopes. */
abstract class KeyHolder implements Party {
  readonly id: string;
  readonly name: string;
  abstract readonly role: 'escrow-authority' | 'thief';
  readonly #ctx: KitContext;
  readonly #keys: HeldKey[] = [];

  protected constructor(token: KitToken, id: string, name: string) {
    this.#ctx = KitToken.open(token);
    this.id = id;
    this.name = name;
  }

  /** @internal */
  protected hold(key: HeldKey): void {
    if (!this.#keys.some((k) => k.authority === key.authority)) this.#keys.push(key);
  }

  /** @internal The held keys (for `Thief.steal`). */
  protected held(): readonly HeldKey[] {
    return this.#keys;
  }

  /** @internal */
  protected get context(): KitContext {
    return this.#ctx;
  }

  /** Ids of the authorities whose master key this party holds. */
  heldKeys(): string[] {
    return this.#keys.map((k) => k.authority);
  }

  /** The sender's bundle from a trusted directory (§11.2 step 2), or `undefined`. */
  #sender(device: string): DeviceBundle | undefined {
    for (const directory of trustedDirectories(this)) {
      const b = directory.find(device);
      if (b) return b;
    }
    return undefined;
  }

  /**
   * Opens an envelope with a held master key, after checking the sender's
   * certificate and signature against the provider's directory (§11.2). It
   * keeps no replay set.
   *
   * @throws {E2eeKitError} the typed error of the step that refused: a forged "intercept" gets
   * `tampered` (signature), `unknown-participant` or `uncertified-device`; a client that put
   * random bytes in its escrow wrap gets `tampered` (wrapped-key); a wrong key `key-commitment-mismatch`.
   */
  decrypt(envelope: Envelope | string, options: ReadOptions = {}): EscrowReading {
    const ctx = this.#ctx;
    const s = toSealed(envelope);
    const h = s.header;
    const bundle = checkDirectorySender(
      ctx,
      s,
      (device) => this.#sender(device),
      this.id,
      options.trace,
    );
    let failure: E2eeKitError | undefined;
    for (const held of this.#keys) {
      const to = ESCROW_PREFIX + held.authority;
      const wrap = sealedWrap(s, to);
      if (!wrap) continue;
      const key = held.pairKeys.get(h.senderKey, 'read', h.senderDevice);
      const outcome = openWith(ctx, s, wrap, key, this.id, options.trace);
      if (outcome.ok) {
        return Object.freeze({
          text: outcome.text,
          conversation: h.conversation,
          from: Object.freeze({ user: bundle.user, device: bundle.device, name: bundle.name }),
          sentAt: h.sentAt,
          authority: held.authority,
        });
      }
      failure ??= outcomeError(outcome.failed, to);
    }
    throw (
      failure ??
      new NotARecipientError(
        this.#keys.map((k) => ESCROW_PREFIX + k.authority).join(', ') || this.id,
      )
    );
  }

  /** {@inheritDoc Party.tryRead} */
  tryRead(envelope: Envelope | string, options: ReadOptions = {}): ReadAttempt {
    if (this.#keys.length === 0) return { canRead: false, reason: 'holds-no-keys' };
    try {
      const s = toSealed(envelope);
      if (!this.#keys.some((k) => sealedWrap(s, ESCROW_PREFIX + k.authority))) {
        // Nothing addressed to a held key: really try every wrap with every held key anyway.
        for (const held of this.#keys) {
          const key = held.pairKeys.get(s.header.senderKey, 'read', s.header.senderDevice);
          for (const wrap of s.wraps) {
            const outcome = openWith(this.#ctx, s, wrap, key, this.id, options.trace);
            if (outcome.ok)
              throw new Error('a wrap addressed to someone else opened with an escrow key');
          }
        }
        return { canRead: false, reason: 'not-a-recipient', error: 'not-a-recipient' };
      }
      const reading = this.decrypt(envelope, options);
      return {
        canRead: true,
        reason: this.role === 'thief' ? 'stolen-key' : 'escrow-key',
        text: reading.text,
        via: ESCROW_PREFIX + reading.authority,
      };
    } catch (error) {
      const typed = asTyped(error);
      return { canRead: false, reason: reasonOf(typed), error: typed.code };
    }
  }
}

/**
 * An agency holding the one master key of a key-escrow ("exceptional access")
 * scheme. Once the provider mandates it, every compliant client also wraps
 * each message key to this key. Make one with `kit.escrowAuthority()`. Its
 * master secret is in a private field: only {@link Thief.steal} copies it.
 */
export class EscrowAuthority extends KeyHolder {
  readonly role = 'escrow-authority' as const;
  /** The public half, which the provider hands to every client. */
  readonly escrowKey: EscrowKeyInfo;

  /**
   * Not for direct use: call `kit.escrowAuthority()` or `kit.restoreEscrowAuthority()` (a
   * {@link KitToken} is the kit's own).
   */
  constructor(token: KitToken, id: string, name: string, restored?: Uint8Array) {
    super(token, id, name);
    const ctx = this.context;
    const secret = restored ? restored.slice() : ctx.random.bytes(KEY_BYTES);
    const publicKey = ctx.sodium.crypto_scalarmult_base(secret);
    this.hold(holdKey(ctx, id, secret, publicKey));
    secret.fill(0);
    this.escrowKey = Object.freeze({ id, name, publicKey: publicKey.slice() });
    authorities.add(this);
  }

  /**
   * The master secret, with the authority's id and name, as one JSON text
   * (docs/protocol.md §20), so that the agency survives a reload of the page
   * that plays it: `kit.restoreEscrowAuthority()` reads it back. Whoever holds
   * it reads every escrowed message, past ones included.
   */
  exportSecrets(): string {
    const own = this.held().find((k) => k.authority === this.id) as HeldKey;
    return serializeEscrowSecrets({ id: this.id, name: this.name, secret: own.secret() });
  }
}

const authorities = new WeakSet<object>();
const heldOf = (a: EscrowAuthority) => (a as unknown as { held(): readonly HeldKey[] }).held();

/**
 * Someone who is not supposed to hold any key: an insider gone bad, a foreign
 * service, a burglar of the agency's servers. Make one with `kit.thief()`.
 */
export class Thief extends KeyHolder {
  readonly role = 'thief' as const;

  /** Not for direct use: call `kit.thief()` (a {@link KitToken} is the kit's own). */
  // Not useless: it makes KeyHolder's protected constructor public.
  // eslint-disable-next-line @typescript-eslint/no-useless-constructor
  constructor(token: KitToken, id: string, name: string) {
    super(token, id, name);
  }

  /**
   * Copies the authority's master key (and learns which directories it
   * trusts). The authority notices nothing; from now on the thief opens every
   * escrowed message, past ones included.
   */
  steal(authority: EscrowAuthority): void {
    if (!authorities.has(authority)) return;
    for (const held of heldOf(authority)) {
      this.hold(holdKey(this.context, held.authority, held.secret(), held.publicKey));
    }
    for (const d of trustedDirectories(authority)) trustDirectory(this, d);
  }
}
