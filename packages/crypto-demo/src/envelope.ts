/**
 * The envelope and the byte strings of docs/protocol.md. Every function here
 * is a direct transcription of that document; keep the two in step.
 */
import { ByteWriter, toBase64url } from './bytes.js';
import type { Sodium } from './sodium.js';

/** Wire-format version written in every envelope. */
export const PROTOCOL_VERSION = 1;
/** The algorithms of version 1, written in every envelope. */
export const PROTOCOL_SUITE = 'X25519-BLAKE2b-XChaCha20Poly1305-Ed25519';

/** Lengths in bytes. */
export const KEY_BYTES = 32;
export const NONCE_BYTES = 24;
export const TAG_BYTES = 16;
export const SIGNATURE_BYTES = 64;
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
  return new ByteWriter(128 + h.conversation.length + h.senderUser.length + h.senderDevice.length)
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
  return new ByteWriter(96 + to.length).text(DOMAIN.wrap).raw(headerHashValue).text(to).finish();
}

/** The bytes the sender signs: everything in the envelope but the signature. */
export function signedBytes(
  headerHashValue: Uint8Array,
  nonce: Uint8Array,
  ciphertext: Uint8Array,
  wraps: readonly WrappedKey[],
): Uint8Array {
  const w = new ByteWriter(128 + ciphertext.length + wraps.length * 112)
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
