/**
 * The envelope and the byte strings of docs/protocol.md. Every function here
 * is a direct transcription of that document; keep the two in step.
 */
import { ByteWriter, textLength, toBase64url } from './bytes.js';
import type { Sodium } from './sodium.js';

/** Wire-format version written in every envelope. */
export const PROTOCOL_VERSION = 1;
/** The algorithms of version 1, written in every envelope. */
export const PROTOCOL_SUITE = 'X25519-BLAKE2b-XChaCha20Poly1305-Ed25519';

/** Bytes of every key: message keys, pair keys, X25519 and Ed25519 public keys. */
export const KEY_BYTES = 32;
/** Bytes of an XChaCha20 nonce; drawn at random for every encryption, never reused. */
export const NONCE_BYTES = 24;
/** Bytes of a Poly1305 tag: a ciphertext is this much longer than its plaintext. */
export const TAG_BYTES = 16;
/** Bytes of an Ed25519 signature. */
export const SIGNATURE_BYTES = 64;
/** Bytes of a wrapped message key: the 32-byte key and its 16-byte tag. */
export const WRAPPED_KEY_BYTES = KEY_BYTES + TAG_BYTES;

/** Prefix of the recipient id of a key wrapped for an escrow authority. */
export const ESCROW_PREFIX = 'escrow:';

const DOMAIN = {
  header: 'e2ee-kit/v1/header',
  pairKey: 'e2ee-kit/v1/pair-key',
  wrap: 'e2ee-kit/v1/wrap',
  signature: 'e2ee-kit/v1/signature',
} as const;

/** What every party can read: who sent what, where and when. Authenticated, not encrypted. */
export interface EnvelopeHeader {
  /** Conversation id. */
  readonly conversation: string;
  /** The sender's user id, e.g. `alice`. */
  readonly senderUser: string;
  /** The sender's device id, e.g. `alice/phone`. */
  readonly senderDevice: string;
  /** The sender device's X25519 public key (32 bytes), needed to unwrap. */
  readonly senderKey: Uint8Array;
  /** Per sender device and conversation, 1, 2, 3, …; a repeat is a replay. */
  readonly counter: number;
  /** Milliseconds since 1970-01-01 UTC, as the sender's clock said. */
  readonly sentAt: number;
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

/** One encrypted, signed message, as it travels. */
export interface Envelope {
  readonly version: typeof PROTOCOL_VERSION;
  readonly header: EnvelopeHeader;
  /** 24-byte XChaCha20 nonce of the body. */
  readonly nonce: Uint8Array;
  /** The UTF-8 text, encrypted with the message key; 16 bytes longer than the text. */
  readonly ciphertext: Uint8Array;
  /** One wrapped message key per recipient, in the order the sender listed them. */
  readonly wraps: readonly WrappedKey[];
  /** 64-byte Ed25519 signature over {@link signedBytes}. */
  readonly signature: Uint8Array;
}

/** `header_bytes` of docs/protocol.md: the body's associated data. */
export function headerBytes(h: EnvelopeHeader): Uint8Array {
  const size =
    textLength(DOMAIN.header) +
    textLength(h.conversation) +
    textLength(h.senderUser) +
    textLength(h.senderDevice) +
    4 +
    h.senderKey.length +
    16;
  return new ByteWriter(size)
    .text(DOMAIN.header)
    .text(h.conversation)
    .text(h.senderUser)
    .text(h.senderDevice)
    .bytes(h.senderKey)
    .u64(h.counter)
    .u64(h.sentAt)
    .finish();
}

/** `header_hash = BLAKE2b-256(header_bytes)`. */
export function headerHash(sodium: Sodium, headerBytesValue: Uint8Array): Uint8Array {
  return sodium.crypto_generichash(32, headerBytesValue, null);
}

/**
 * The key that wraps message keys from one sender device to one recipient:
 * `BLAKE2b-256(lp(domain) ‖ lp(X25519(own secret, peer public)) ‖ lp(sender pk) ‖ lp(recipient pk))`.
 * Both ends compute the same value; it is cached per pair.
 */
export function pairKey(
  sodium: Sodium,
  ownSecret: Uint8Array,
  peerPublic: Uint8Array,
  senderPublic: Uint8Array,
  recipientPublic: Uint8Array,
): Uint8Array {
  const shared = sodium.crypto_scalarmult(ownSecret, peerPublic);
  const input = new ByteWriter(160)
    .text(DOMAIN.pairKey)
    .bytes(shared)
    .bytes(senderPublic)
    .bytes(recipientPublic)
    .finish();
  shared.fill(0);
  return sodium.crypto_generichash(32, input, null);
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
  /** `u32(n)` and, per wrap, `lp(to) ‖ u32(24) ‖ nonce ‖ u32(48) ‖ key`, with zeros for nonce and key. */
  readonly #tail: Uint8Array;
  readonly #nonceAt: readonly number[];
  readonly #keyAt: readonly number[];
  readonly #signatureDomain = new ByteWriter(textLength(DOMAIN.signature)).text(DOMAIN.signature).finish();

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
    this.#adViews = this.recipients.map((_, i) => this.#ads.subarray(bounds[2 * i], bounds[2 * i + 1]));
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

  /** {@link signedBytes} for wraps made in this layout's recipient order (a fresh array). */
  signedBytes(
    headerHashValue: Uint8Array,
    nonce: Uint8Array,
    ciphertext: Uint8Array,
    wraps: readonly WrappedKey[],
  ): Uint8Array {
    if (
      wraps.length !== this.recipients.length ||
      wraps.some((w, i) => w.to !== this.recipients[i] || w.nonce.length !== NONCE_BYTES || w.key.length !== WRAPPED_KEY_BYTES)
    ) {
      return signedBytes(headerHashValue, nonce, ciphertext, wraps);
    }
    const domain = this.#signatureDomain;
    const tailAt = domain.length + headerHashValue.length + 8 + nonce.length + ciphertext.length;
    const out = new Uint8Array(tailAt + this.#tail.length);
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
    out.set(this.#tail, tailAt);
    wraps.forEach((w, i) => {
      out.set(w.nonce, tailAt + (this.#nonceAt[i] as number));
      out.set(w.key, tailAt + (this.#keyAt[i] as number));
    });
    return out;
  }
}

/** The bytes the sender signs: everything in the envelope but the signature. */
export function signedBytes(
  headerHashValue: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  wraps: readonly WrappedKey[],
): Uint8Array {
  let size = textLength(DOMAIN.signature) + headerHashValue.length + 4 + nonce.length + 4 + ciphertext.length + 4;
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
  return toBase64url(envelope.signature.subarray(0, 9));
}
