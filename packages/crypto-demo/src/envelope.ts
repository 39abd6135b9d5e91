/**
 * The envelope and the byte strings of docs/protocol.md §7–8. Every function
 * here is a direct transcription of that document; keep the two in step.
 *
 * An envelope is a value (§7.4): the objects this package hands out are
 * frozen and their byte fields are getters that return copies, so nothing a
 * caller does to them changes what was checked. Inside the package the bytes
 * are read through {@link sealedParts}.
 */
import { ByteWriter, textLength, toBase64url } from './bytes.js';
import { WeakKeyError } from './errors.js';
import type { Primitives } from './sodium.js';

/** Wire-format version written in every envelope, commit and replay state. */
export const PROTOCOL_VERSION = 2;
/** The algorithms, written in every envelope. */
export const PROTOCOL_SUITE = 'X25519-BLAKE2b-XChaCha20Poly1305-Ed25519';

/** Bytes of every key: message keys, pair keys, X25519 and Ed25519 public keys, hashes. */
export const KEY_BYTES = 32;
/** Bytes of an XChaCha20 nonce. */
export const NONCE_BYTES = 24;
/** Bytes of a Poly1305 tag: a ciphertext is this much longer than its plaintext. */
export const TAG_BYTES = 16;
/** Bytes of an Ed25519 signature. */
export const SIGNATURE_BYTES = 64;
/** Bytes of a wrapped message key: the 32-byte key and its 16-byte tag. */
export const WRAPPED_KEY_BYTES = KEY_BYTES + TAG_BYTES;

/** Prefix of the recipient id of a key wrapped for an escrow authority. */
export const ESCROW_PREFIX = 'escrow:';

/** The two group modes of docs/protocol.md §5, chosen when a conversation is created. */
export type GroupMode = 'provider-managed' | 'member-signed';

export const DOMAIN = {
  header: 'e2ee-kit/v2/header',
  commitment: 'e2ee-kit/v2/key-commitment',
  pairKey: 'e2ee-kit/v2/pair-key',
  wrap: 'e2ee-kit/v2/wrap',
  signature: 'e2ee-kit/v2/signature',
} as const;

/** What every party can read: who sent what, where and when. Authenticated, not encrypted. */
export interface EnvelopeHeader {
  /** Conversation id. */
  readonly conversation: string;
  /** The conversation's group mode. */
  readonly mode: GroupMode;
  /** `0` in provider-managed mode; the sender's epoch (≥ 1) in member-signed mode. */
  readonly epoch: number;
  /** 32 bytes: zeros in provider-managed mode; the hash of the epoch's commit in member-signed mode. */
  readonly state: Uint8Array;
  /** The sender's user id, e.g. `alice`. */
  readonly senderUser: string;
  /** The sender's device id, e.g. `alice/phone`. */
  readonly senderDevice: string;
  /** The sender device's X25519 public key (32 bytes), needed to unwrap. */
  readonly senderKey: Uint8Array;
  /** Per sender device and conversation, 1, 2, 3, … */
  readonly counter: number;
  /** Milliseconds since 1970-01-01 UTC, as the sender's clock said. */
  readonly sentAt: number;
  /** 32 bytes committing to the message key (docs/protocol.md §7.3). */
  readonly commitment: Uint8Array;
}

/** The message key, encrypted for one recipient. */
export interface WrappedKey {
  /** Recipient device id, or `escrow:<authority id>`. */
  readonly to: string;
  /** 24-byte XChaCha20 nonce. */
  readonly nonce: Uint8Array;
  /** 32-byte message key + 16-byte Poly1305 tag. */
  readonly key: Uint8Array;
}

/**
 * One encrypted, signed message, as it travels. The envelopes this package
 * returns are frozen and hand out copies of their bytes; any other object
 * passed to its functions is checked by the wire rules and copied first.
 */
export interface Envelope {
  readonly version: typeof PROTOCOL_VERSION;
  readonly header: EnvelopeHeader;
  /** 24-byte XChaCha20 nonce of the body. */
  readonly nonce: Uint8Array;
  /** The UTF-8 text, encrypted with the message key; 16 bytes longer than the text. */
  readonly ciphertext: Uint8Array;
  /** One wrapped message key per recipient, sorted by `to` (bytewise UTF-8). */
  readonly wraps: readonly WrappedKey[];
  /** 64-byte Ed25519 signature over the signed bytes (§8.5). */
  readonly signature: Uint8Array;
}

/** The bytes of one envelope, owned by the package (never handed out). */
export interface EnvelopeParts {
  readonly header: {
    readonly conversation: string;
    readonly mode: GroupMode;
    readonly epoch: number;
    readonly state: Uint8Array;
    readonly senderUser: string;
    readonly senderDevice: string;
    readonly senderKey: Uint8Array;
    readonly counter: number;
    readonly sentAt: number;
    readonly commitment: Uint8Array;
  };
  readonly nonce: Uint8Array;
  readonly ciphertext: Uint8Array;
  readonly wraps: readonly WrappedKey[];
  readonly signature: Uint8Array;
}

/** A sealed envelope's parts and the values computed from them once (they cannot change). */
export interface Sealed extends EnvelopeParts {
  memo: {
    core?: Uint8Array;
    /** Signature checks already made, per (frozen) signer bundle or key. */
    verified?: WeakMap<object, boolean>;
    headerBytes?: Uint8Array;
    headerHash?: Uint8Array;
    signedBytes?: Uint8Array;
    contentKey?: string;
    wrapIndex?: Map<string, WrappedKey>;
    /** The associated data of each wrap tried so far, by `to`. */
    wrapAds?: Map<string, Uint8Array>;
    /** The public (frozen, copying) header and wraps, made on first access. */
    publicHeader?: EnvelopeHeader;
    publicWraps?: readonly WrappedKey[];
  };
}

/**
 * Base of {@link privateSlot}: its constructor returns the object it is
 * given, so a subclass's private field is added to that object.
 */
// eslint-disable-next-line @typescript-eslint/no-extraneous-class -- the constructor's return is the point
class Stamp {
  constructor(target: object) {
    return target;
  }
}

/**
 * A private field that only this module can read, added to objects made
 * elsewhere (here: plain frozen objects). Used instead of a `WeakMap` keyed
 * by the object: a weak map's entries make the garbage collector keep young
 * objects for longer, and envelopes are made by the thousand.
 */
function privateSlot<T>(): {
  set: (target: object, value: T) => void;
  get: (target: object) => T | undefined;
} {
  class Slot extends Stamp {
    readonly #value: T;
    constructor(target: object, value: T) {
      super(target);
      this.#value = value;
    }
    static get(target: object): T | undefined {
      return #value in target ? target.#value : undefined;
    }
  }
  return {
    set: (target, value) => {
      // The object is `target` itself (see Stamp): only the field is wanted.
      new Slot(target, value);
    },
    get: (target) => Slot.get(target),
  };
}

const sealedOf = privateSlot<Sealed>();
const headerOf = privateSlot<EnvelopeParts['header']>();
const wrapOf = privateSlot<WrappedKey>();

function slotOf<T>(slot: { get: (target: object) => T | undefined }, target: unknown): T {
  const value = typeof target === 'object' && target !== null ? slot.get(target) : undefined;
  if (value === undefined) throw new TypeError('Not an object made by @e2ee-kit/crypto-demo.');
  return value;
}

// Byte fields are getters that return copies: own and enumerable (a spread
// copies their values), made of functions shared by every object. Getters
// made per object (closures in an object literal) would give each object a
// hidden class of its own, which costs time and keeps garbage for longer.
const ENVELOPE_FIELDS: PropertyDescriptorMap = {
  header: {
    enumerable: true,
    get(this: unknown): EnvelopeHeader {
      const s = slotOf(sealedOf, this);
      return (s.memo.publicHeader ??= publicHeader(s.header));
    },
  },
  nonce: {
    enumerable: true,
    get(this: unknown): Uint8Array {
      return slotOf(sealedOf, this).nonce.slice();
    },
  },
  ciphertext: {
    enumerable: true,
    get(this: unknown): Uint8Array {
      return slotOf(sealedOf, this).ciphertext.slice();
    },
  },
  wraps: {
    enumerable: true,
    get(this: unknown): readonly WrappedKey[] {
      const s = slotOf(sealedOf, this);
      return (s.memo.publicWraps ??= Object.freeze(s.wraps.map(publicWrap)));
    },
  },
  signature: {
    enumerable: true,
    get(this: unknown): Uint8Array {
      return slotOf(sealedOf, this).signature.slice();
    },
  },
};

/**
 * Makes the public, frozen form of an envelope from parts the caller hands
 * over and never touches again. Byte fields are getters that return copies
 * (own, enumerable properties, so a spread copies their values). The header
 * and the wraps are made on first access: the package itself reads `sealed`.
 */
export function seal(parts: EnvelopeParts, memo: Sealed['memo'] = {}): Envelope {
  const sealed = parts as Sealed;
  sealed.memo = memo;
  const envelope = Object.defineProperties({ version: PROTOCOL_VERSION }, ENVELOPE_FIELDS);
  sealedOf.set(envelope, sealed);
  return Object.freeze(envelope) as Envelope;
}

const HEADER_STATE: PropertyDescriptor = {
  enumerable: true,
  get(this: unknown): Uint8Array {
    return slotOf(headerOf, this).state.slice();
  },
};
const HEADER_SENDER_KEY: PropertyDescriptor = {
  enumerable: true,
  get(this: unknown): Uint8Array {
    return slotOf(headerOf, this).senderKey.slice();
  },
};
const HEADER_COMMITMENT: PropertyDescriptor = {
  enumerable: true,
  get(this: unknown): Uint8Array {
    return slotOf(headerOf, this).commitment.slice();
  },
};

function publicHeader(h: EnvelopeParts['header']): EnvelopeHeader {
  // The fields in the order of EnvelopeHeader, each added once.
  const header: Record<string, unknown> = {
    conversation: h.conversation,
    mode: h.mode,
    epoch: h.epoch,
  };
  Object.defineProperty(header, 'state', HEADER_STATE);
  header.senderUser = h.senderUser;
  header.senderDevice = h.senderDevice;
  Object.defineProperty(header, 'senderKey', HEADER_SENDER_KEY);
  header.counter = h.counter;
  header.sentAt = h.sentAt;
  Object.defineProperty(header, 'commitment', HEADER_COMMITMENT);
  headerOf.set(header, h);
  return Object.freeze(header) as unknown as EnvelopeHeader;
}

const WRAP_FIELDS: PropertyDescriptorMap = {
  nonce: {
    enumerable: true,
    get(this: unknown): Uint8Array {
      return slotOf(wrapOf, this).nonce.slice();
    },
  },
  key: {
    enumerable: true,
    get(this: unknown): Uint8Array {
      return slotOf(wrapOf, this).key.slice();
    },
  },
};

function publicWrap(w: WrappedKey): WrappedKey {
  const wrap = Object.defineProperties({ to: w.to }, WRAP_FIELDS);
  wrapOf.set(wrap, w);
  return Object.freeze(wrap) as WrappedKey;
}

/** The package's own parts of an envelope it sealed, or `undefined` for any other object. */
export function sealedParts(envelope: unknown): Sealed | undefined {
  return typeof envelope === 'object' && envelope !== null ? sealedOf.get(envelope) : undefined;
}

/** `header_core` of §7.2. */
export function headerCore(h: EnvelopeParts['header']): Uint8Array {
  return new ByteWriter(
    textLength(DOMAIN.header) +
      textLength(h.conversation) +
      textLength(h.mode) +
      8 +
      4 +
      h.state.length +
      textLength(h.senderUser) +
      textLength(h.senderDevice) +
      4 +
      h.senderKey.length +
      16,
  )
    .text(DOMAIN.header)
    .text(h.conversation)
    .text(h.mode)
    .u64(h.epoch)
    .bytes(h.state)
    .text(h.senderUser)
    .text(h.senderDevice)
    .bytes(h.senderKey)
    .u64(h.counter)
    .u64(h.sentAt)
    .finish();
}

/** `header_bytes = header_core ‖ lp(commitment)` (§7.2). */
export function headerBytesFrom(core: Uint8Array, commitment: Uint8Array): Uint8Array {
  const out = new Uint8Array(core.length + 4 + commitment.length);
  out.set(core);
  new DataView(out.buffer).setUint32(core.length, commitment.length);
  out.set(commitment, core.length + 4);
  return out;
}

/** `lp(domain) ‖ u32(coreLength)`: what comes before header_core in the commitment's input. */
export function commitmentPrefix(coreLength: number): Uint8Array {
  let prefix = prefixes.get(coreLength);
  if (!prefix) {
    prefix = new ByteWriter(textLength(DOMAIN.commitment) + 4)
      .text(DOMAIN.commitment)
      .u32(coreLength)
      .finish();
    if (prefixes.size > 1024) prefixes.clear();
    prefixes.set(coreLength, prefix);
  }
  return prefix;
}

const prefixes = new Map<number, Uint8Array>();

/** `commitment = KH32(mk, lp(domain) ‖ lp(header_core))` (§7.3). */
export function keyCommitment(
  sodium: Primitives,
  messageKey: Uint8Array,
  core: Uint8Array,
  prefix: Uint8Array = commitmentPrefix(core.length),
): Uint8Array {
  const input = new Uint8Array(prefix.length + core.length);
  input.set(prefix);
  input.set(core, prefix.length);
  return sodium.crypto_generichash(32, input, messageKey);
}

/** `header_hash = H32(header_bytes)`. */
export function headerHash(sodium: Primitives, headerBytesValue: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, headerBytesValue, null);
}

/** Header bytes of a sealed envelope, computed once. */
export function sealedHeaderBytes(s: Sealed): Uint8Array {
  return (s.memo.headerBytes ??= headerBytesFrom(sealedCore(s), s.header.commitment));
}

/** `header_core` of a sealed envelope, computed once. */
export function sealedCore(s: Sealed): Uint8Array {
  return (s.memo.core ??= headerCore(s.header));
}

/** Header hash of a sealed envelope, computed once. */
export function sealedHeaderHash(sodium: Primitives, s: Sealed): Uint8Array {
  return (s.memo.headerHash ??= headerHash(sodium, sealedHeaderBytes(s)));
}

/** Signed bytes of a sealed envelope, computed once. */
export function sealedSignedBytes(sodium: Primitives, s: Sealed): Uint8Array {
  return (s.memo.signedBytes ??= signedBytes(
    sealedHeaderHash(sodium, s),
    s.nonce,
    s.ciphertext,
    s.wraps,
  ));
}

/** The associated data of the wrap addressed to `to`, computed once per envelope. */
export function sealedWrapAd(sodium: Primitives, s: Sealed, to: string): Uint8Array {
  const ads = (s.memo.wrapAds ??= new Map<string, Uint8Array>());
  let ad = ads.get(to);
  if (!ad) {
    ad = wrapAssociatedData(sealedHeaderHash(sodium, s), to);
    ads.set(to, ad);
  }
  return ad;
}

/** The wrap addressed to `to` (wraps are unique by `to`). */
export function sealedWrap(s: Sealed, to: string): WrappedKey | undefined {
  let index = s.memo.wrapIndex;
  if (!index) {
    index = new Map(s.wraps.map((w) => [w.to, w]));
    s.memo.wrapIndex = index;
  }
  return index.get(to);
}

/**
 * A string that names an envelope's whole content: its header hash and its
 * signature (the signature covers everything else, and a different envelope
 * under one signature would be a forgery). Caches are keyed on it, so two
 * copies of one envelope share entries and a changed one gets its own.
 */
export function contentKey(sodium: Primitives, s: Sealed): string {
  return (s.memo.contentKey ??=
    toBase64url(sealedHeaderHash(sodium, s)) +
    '.' +
    toBase64url(sodium.crypto_generichash(32, sealedSignedBytes(sodium, s), null)) +
    '.' +
    toBase64url(s.signature));
}

/**
 * The key that wraps message keys from one sender device to one recipient
 * (§8.4): `H32(lp(domain) ‖ lp(X25519(own secret, peer public)) ‖ lp(sender pk) ‖ lp(recipient pk))`.
 *
 * @throws {WeakKeyError} naming `owner` if the shared secret is all zeros.
 */
export function pairKey(
  sodium: Primitives,
  ownSecret: Uint8Array,
  peerPublic: Uint8Array,
  senderPublic: Uint8Array,
  recipientPublic: Uint8Array,
  owner: string,
): Uint8Array {
  let shared: Uint8Array;
  try {
    shared = sodium.crypto_scalarmult(ownSecret, peerPublic);
  } catch {
    throw new WeakKeyError(owner);
  }
  if (shared.every((b) => b === 0)) throw new WeakKeyError(owner);
  const input = new ByteWriter(160)
    .text(DOMAIN.pairKey)
    .bytes(shared)
    .bytes(senderPublic)
    .bytes(recipientPublic)
    .finish();
  shared.fill(0);
  return sodium.crypto_generichash(32, input, null);
}

/** Whether an X25519 public key is of low order (its agreement with any secret is all zeros). */
export function isWeakX25519(sodium: Primitives, publicKey: Uint8Array): boolean {
  if (publicKey.length !== KEY_BYTES) return true;
  // Any clamped scalar: the result is zero exactly for the low-order points.
  const probe = new Uint8Array(KEY_BYTES).fill(0x42);
  try {
    return sodium.crypto_scalarmult(probe, publicKey).every((b) => b === 0);
  } catch {
    return true;
  }
}

/** Associated data of one wrapped key: binds it to the header and to its recipient. */
export function wrapAssociatedData(headerHashValue: Uint8Array, to: string): Uint8Array {
  return new ByteWriter(textLength(DOMAIN.wrap) + headerHashValue.length + textLength(to))
    .text(DOMAIN.wrap)
    .raw(headerHashValue)
    .text(to)
    .finish();
}

/**
 * The parts of the wraps' associated data and of the signed bytes that
 * depend only on the list of recipients, laid out once per roster for a
 * sender: per message only the header hash, nonces, ciphertext and wrapped
 * keys are copied in. The bytes are exactly those of
 * {@link wrapAssociatedData} and {@link signedBytes}.
 */
export class WrapLayout {
  /** Recipient ids, in wrap order. */
  readonly recipients: readonly string[];
  readonly #ads: Uint8Array;
  readonly #adViews: readonly Uint8Array[];
  readonly #hashAt: readonly number[];
  readonly #tail: Uint8Array;
  readonly #nonceAt: readonly number[];
  readonly #keyAt: readonly number[];
  readonly #signatureDomain = new ByteWriter(textLength(DOMAIN.signature))
    .text(DOMAIN.signature)
    .finish();
  #scratch: Uint8Array | undefined;
  #scratchTail = -1;

  constructor(recipients: readonly string[]) {
    this.recipients = [...recipients];
    const n = this.recipients.length;
    const domain = new ByteWriter(textLength(DOMAIN.wrap)).text(DOMAIN.wrap).finish();
    let adSize = 0;
    let tailSize = 4;
    for (const to of this.recipients) {
      adSize += domain.length + KEY_BYTES + textLength(to);
      tailSize += textLength(to) + 8 + NONCE_BYTES + WRAPPED_KEY_BYTES;
    }
    const ads = new ByteWriter(adSize);
    const tail = new ByteWriter(tailSize).u32(n);
    const zeroNonce = new Uint8Array(NONCE_BYTES);
    const zeroKey = new Uint8Array(WRAPPED_KEY_BYTES);
    const bounds: number[] = [];
    const hashAt: number[] = [];
    const nonceAt: number[] = [];
    const keyAt: number[] = [];
    let adEnd = 0;
    let tailEnd = 4;
    for (const to of this.recipients) {
      hashAt.push(adEnd + domain.length);
      ads.raw(domain).raw(new Uint8Array(KEY_BYTES)).text(to);
      bounds.push(adEnd);
      adEnd += domain.length + KEY_BYTES + textLength(to);
      bounds.push(adEnd);
      tailEnd += textLength(to) + 4;
      nonceAt.push(tailEnd);
      tailEnd += NONCE_BYTES + 4;
      keyAt.push(tailEnd);
      tailEnd += WRAPPED_KEY_BYTES;
      tail.text(to).bytes(zeroNonce).bytes(zeroKey);
    }
    this.#ads = ads.finish();
    this.#adViews = this.recipients.map((_, i) =>
      this.#ads.subarray(bounds[2 * i], bounds[2 * i + 1]),
    );
    this.#hashAt = hashAt;
    this.#tail = tail.finish();
    this.#nonceAt = nonceAt;
    this.#keyAt = keyAt;
  }

  /**
   * The associated data of each wrap for a header hash, in recipient order.
   * The arrays are reused by the next call: pass them to libsodium (which
   * copies them) and do not keep them.
   */
  associatedData(headerHashValue: Uint8Array): readonly Uint8Array[] {
    for (const at of this.#hashAt) this.#ads.set(headerHashValue, at);
    return this.#adViews;
  }

  /**
   * {@link signedBytes} for wraps made in this layout's recipient order. With
   * `scratch`, the array is reused by the next call (sign it, do not keep it).
   */
  signedBytes(
    headerHashValue: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    wraps: readonly WrappedKey[],
    scratch = false,
  ): Uint8Array {
    const domain = this.#signatureDomain;
    const tailAt = domain.length + headerHashValue.length + 8 + nonce.length + ciphertext.length;
    const size = tailAt + this.#tail.length;
    let out: Uint8Array;
    if (scratch && this.#scratch?.length === size) {
      out = this.#scratch;
    } else {
      out = new Uint8Array(size);
      if (scratch) this.#scratch = out;
    }
    const view = new DataView(out.buffer);
    let at = 0;
    out.set(domain, at);
    at += domain.length;
    out.set(headerHashValue, at);
    at += headerHashValue.length;
    view.setUint32(at, nonce.length);
    out.set(nonce, at + 4);
    at += 4 + nonce.length;
    view.setUint32(at, ciphertext.length);
    out.set(ciphertext, at + 4);
    if (scratch && out === this.#scratch && this.#scratchTail === tailAt) {
      // The recipient ids are already in place from the last call.
    } else {
      out.set(this.#tail, tailAt);
      if (scratch) this.#scratchTail = tailAt;
    }
    wraps.forEach((w, i) => {
      out.set(w.nonce, tailAt + (this.#nonceAt[i] as number));
      out.set(w.key, tailAt + (this.#keyAt[i] as number));
    });
    return out;
  }
}

/** The bytes the sender signs (§8.5): everything in the envelope but `v`, `suite` and the signature. */
export function signedBytes(
  headerHashValue: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  wraps: readonly WrappedKey[],
): Uint8Array {
  let size =
    textLength(DOMAIN.signature) +
    headerHashValue.length +
    4 +
    nonce.length +
    4 +
    ciphertext.length +
    4;
  for (const wrap of wraps) size += textLength(wrap.to) + 8 + wrap.nonce.length + wrap.key.length;
  const w = new ByteWriter(size)
    .text(DOMAIN.signature)
    .raw(headerHashValue)
    .bytes(nonce)
    .bytes(ciphertext)
    .u32(wraps.length);
  for (const wrap of wraps) w.text(wrap.to).bytes(wrap.nonce).bytes(wrap.key);
  return w.finish();
}

/** A short, stable id of an envelope for lists and keys: base64url of the first 9 bytes of its signature. */
export function envelopeId(envelope: Envelope): string {
  const s = sealedParts(envelope);
  return toBase64url((s ? s.signature : envelope.signature).subarray(0, 9));
}

/** Bytewise comparison of the UTF-8 forms of two strings (`cmp` of §2). */
export function compareIds(a: string, b: string): number {
  if (a === b) return 0;
  // UTF-8 byte order is code point order, and so is UTF-16 code unit order
  // while no surrogate is met: compare code units, and go to the bytes only
  // at a surrogate (a character above U+FFFF sorts after U+E000–U+FFFF in
  // UTF-8, not in UTF-16; a lone surrogate is encoded as U+FFFD). Until a
  // surrogate, the code units compared are the UTF-8 bytes' characters, so a
  // prefix in code units is a prefix in bytes.
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (isSurrogate(x) || isSurrogate(y)) return compareUtf8(a, b);
    if (x !== y) return x - y;
  }
  return a.length - b.length;
}

function isSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdfff;
}

const idEncoder = new TextEncoder();

function compareUtf8(a: string, b: string): number {
  const x = idEncoder.encode(a);
  const y = idEncoder.encode(b);
  const n = Math.min(x.length, y.length);
  for (let i = 0; i < n; i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}
