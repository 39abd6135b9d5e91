import type { KitContext } from './context.js';
import { ESCROW_PREFIX, KEY_BYTES, type Envelope } from './envelope.js';
import { PairKeyCache } from './pair-keys.js';
import type { Party, ReadAttempt, ReadOptions } from './party.js';
import type { EscrowKeyInfo } from './provider-records.js';
import { openWith, wrapsToTry } from './receive.js';

interface HeldKey {
  readonly authority: string;
  readonly secret: Uint8Array;
  readonly publicKey: Uint8Array;
  /** Pair keys of this master key with each sender (the holder's own cache). */
  readonly pairKeys: PairKeyCache;
}

function holdKey(
  ctx: KitContext,
  authority: string,
  secret: Uint8Array,
  publicKey: Uint8Array,
): HeldKey {
  return {
    authority,
    secret,
    publicKey,
    pairKeys: new PairKeyCache(ctx.sodium, secret, publicKey),
  };
}

// The master secret of each authority, reachable only from this module: the
// one way to copy it out is Thief.steal().
const masterSecrets = new WeakMap<EscrowAuthority, HeldKey>();

/** Something that holds escrow master keys and tries them on envelopes. */
abstract class KeyHolder implements Party {
  readonly id: string;
  readonly name: string;
  abstract readonly role: 'escrow-authority' | 'thief';
  protected readonly ctx: KitContext;
  protected readonly keys: HeldKey[] = [];

  protected constructor(ctx: KitContext, id: string, name: string) {
    this.ctx = ctx;
    this.id = id;
    this.name = name;
  }

  /** Ids of the authorities whose master key this party holds. */
  heldKeys(): string[] {
    return this.keys.map((k) => k.authority);
  }

  /** {@inheritDoc Party.tryRead} */
  tryRead(envelope: Envelope, options: ReadOptions = {}): ReadAttempt {
    const senderKey = envelope.header.senderKey;
    let tampered = false;
    for (const held of this.keys) {
      const to = ESCROW_PREFIX + held.authority;
      let key: Uint8Array;
      try {
        key = held.pairKeys.get(senderKey, 'read');
      } catch {
        continue; // a sender key that is not a usable X25519 point
      }
      for (const wrap of wrapsToTry(envelope, to)) {
        const outcome = openWith(this.ctx, envelope, wrap, key, this.id, options.trace);
        if (outcome.ok) {
          return {
            canRead: true,
            reason: this.role === 'thief' ? 'stolen-key' : 'escrow-key',
            text: outcome.text,
            via: wrap.to,
          };
        }
        if (outcome.failed === 'ciphertext') tampered = true;
      }
    }
    return {
      canRead: false,
      reason: tampered ? 'tampered' : this.keys.length === 0 ? 'holds-no-keys' : 'not-a-recipient',
    };
  }
}

/**
 * An agency holding the one master key of a key-escrow ("exceptional access")
 * scheme. Once the provider mandates it, every message key of every
 * conversation is also wrapped to this key. Make one with `kit.escrowAuthority()`.
 */
export class EscrowAuthority extends KeyHolder {
  readonly role = 'escrow-authority' as const;
  /** The public half, which the provider hands to every client. */
  readonly escrowKey: EscrowKeyInfo;

  /** Not for direct use: call `kit.escrowAuthority()`. */
  constructor(ctx: KitContext, id: string, name: string) {
    super(ctx, id, name);
    const secret = ctx.random.bytes(KEY_BYTES);
    const publicKey = ctx.sodium.crypto_scalarmult_base(secret);
    const held = holdKey(ctx, id, secret, publicKey);
    masterSecrets.set(this, held);
    this.keys.push(held);
    this.escrowKey = Object.freeze({ id, name, publicKey });
  }
}

/**
 * Someone who is not supposed to hold any key: an insider gone bad, a foreign
 * service, a burglar of the agency's servers. Make one with `kit.thief()`.
 */
export class Thief extends KeyHolder {
  readonly role = 'thief' as const;

  /** Not for direct use: call `kit.thief()`. */
  // Not useless: it makes KeyHolder's protected constructor public.
  // eslint-disable-next-line @typescript-eslint/no-useless-constructor
  constructor(ctx: KitContext, id: string, name: string) {
    super(ctx, id, name);
  }

  /**
   * Copies the authority's master key. The authority notices nothing; from now
   * on the thief opens every escrowed message, past ones included.
   */
  steal(authority: EscrowAuthority): void {
    const held = masterSecrets.get(authority);
    if (!held || this.keys.some((k) => k.authority === held.authority)) return;
    // A copy, with a pair-key cache of the thief's own.
    this.keys.push(holdKey(this.ctx, held.authority, held.secret.slice(), held.publicKey));
  }
}
