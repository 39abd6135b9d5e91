/**
 * The one pair-key cache (docs/protocol.md, "4.3 Pair keys"), used by devices
 * and by escrow key holders alike. A pair key costs an X25519 agreement and a
 * BLAKE2b hash; a party meets the same few peers again and again, so each key
 * is computed once.
 */
import { equalBytes, toBase64url } from './bytes.js';
import { pairKey } from './envelope.js';
import type { Primitives } from './sodium.js';

interface CachedPairKey {
  /** A copy of the peer key the pair key was made for. */
  readonly peer: Uint8Array;
  readonly key: Uint8Array;
}

/** Whether this party is the sender (it wraps) or the recipient (it unwraps). */
export type PairDirection = 'send' | 'read';

/** The pair keys between one X25519 key pair and its peers, in both directions. */
export class PairKeyCache {
  readonly #sodium: Primitives;
  readonly #secret: Uint8Array;
  readonly #own: Uint8Array;
  readonly #byId = new Map<string, Uint8Array>();
  // In front of #byId: the same peer key object comes back with every
  // message (a directory bundle, or every envelope of one sender), so look it
  // up by identity before encoding it as a map key.
  readonly #byObject = {
    send: new WeakMap<Uint8Array, CachedPairKey>(),
    read: new WeakMap<Uint8Array, CachedPairKey>(),
  };

  /** `secret` and `own` are this party's X25519 private and public keys. */
  constructor(sodium: Primitives, secret: Uint8Array, own: Uint8Array) {
    this.#sodium = sodium;
    this.#secret = secret;
    this.#own = own;
  }

  /**
   * The key that wraps message keys between this party and `peer`: as the
   * sender (`send`) or as the recipient (`read`); the two differ because the
   * sender's public key comes first in the hash.
   *
   * @throws {WeakKeyError} naming `owner` if `peer` is a low-order X25519 point.
   */
  get(peer: Uint8Array, direction: PairDirection, owner = 'a peer'): Uint8Array {
    const byObject = this.#byObject[direction];
    const hit = byObject.get(peer);
    // Compared again in case the array was changed in place since.
    if (hit && equalBytes(hit.peer, peer)) return hit.key;
    const id = (direction === 'send' ? '>' : '<') + toBase64url(peer);
    let key = this.#byId.get(id);
    if (!key) {
      key =
        direction === 'send'
          ? pairKey(this.#sodium, this.#secret, peer, this.#own, peer, owner)
          : pairKey(this.#sodium, this.#secret, peer, peer, this.#own, owner);
      this.#byId.set(id, key);
    }
    byObject.set(peer, { peer: peer.slice(), key });
    return key;
  }
}
