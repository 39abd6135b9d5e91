/**
 * An independent reader and writer of crypto-demo envelopes (version 1),
 * written from docs/protocol.md alone on the noble libraries. It imports
 * nothing from crypto-demo: if the two disagree, either the document or the
 * code is wrong.
 */
import { chacha20, xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { blake2b } from '@noble/hashes/blake2.js';

// ---- §1 notation -----------------------------------------------------------

/** `utf8(s)`. */
export function utf8(s: string): Uint8Array {
  return new TextEncoder().encode(s);
}

/** `a ‖ b ‖ …`. */
export function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/** `u32(n)`, big-endian. */
export function u32(n: number): Uint8Array {
  const out = new Uint8Array(4);
  new DataView(out.buffer).setUint32(0, n);
  return out;
}

/** `u64(n)`, big-endian, for 0 ≤ n ≤ 2^53 − 1. */
export function u64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}

/** `lp(x)`; a string is taken as its UTF-8 bytes. */
export function lp(x: Uint8Array | string): Uint8Array {
  const bytes = typeof x === 'string' ? utf8(x) : x;
  return concat(u32(bytes.length), bytes);
}

/** BLAKE2b, unkeyed, with output length `len` (`H32`, `H64`). */
export function h(len: 32 | 64, data: Uint8Array): Uint8Array {
  return blake2b(data, { dkLen: len });
}

/** Lower-case hex. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Hex to bytes. */
export function fromHex(text: string): Uint8Array {
  if (!/^(?:[0-9a-f]{2})*$/i.test(text)) throw new Error(`not hex: ${text}`);
  return Uint8Array.from(text.match(/../g) ?? [], (b) => parseInt(b, 16));
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** Unpadded base64url (RFC 4648 §5). */
export function toB64url(bytes: Uint8Array): string {
  let bits = '';
  for (const b of bytes) bits += b.toString(2).padStart(8, '0');
  let out = '';
  for (let i = 0; i < bits.length; i += 6)
    out += B64.charAt(parseInt(bits.slice(i, i + 6).padEnd(6, '0'), 2));
  return out;
}

/** Canonical unpadded base64url, or `undefined` (padding, stray characters, length ≡ 1 mod 4, non-zero unused bits). */
export function fromB64url(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  let bits = '';
  for (const c of text) {
    const i = B64.indexOf(c);
    if (i < 0) return undefined;
    bits += i.toString(2).padStart(6, '0');
  }
  const whole = Math.floor(bits.length / 8) * 8;
  if (/1/.test(bits.slice(whole))) return undefined;
  const out = new Uint8Array(whole / 8);
  for (let i = 0; i < out.length; i++) out[i] = parseInt(bits.slice(i * 8, i * 8 + 8), 2);
  return out;
}

// ---- §3 the JSON envelope --------------------------------------------------

/** The header of §3. */
export interface NobleHeader {
  conversation: string;
  senderUser: string;
  senderDevice: string;
  senderKey: Uint8Array;
  counter: number;
  sentAt: number;
}

/** One wrapped message key. */
export interface NobleWrap {
  to: string;
  nonce: Uint8Array;
  key: Uint8Array;
}

/** A decoded envelope. */
export interface NobleEnvelope {
  header: NobleHeader;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  wraps: NobleWrap[];
  signature: Uint8Array;
}

/** The suite string of version 1. */
export const SUITE = 'X25519-BLAKE2b-XChaCha20Poly1305-Ed25519';

/** Any refusal by this reader; `code` follows the error codes of §5. */
export class SpecError extends Error {
  constructor(
    readonly code: 'malformed' | 'tampered' | 'not-a-recipient',
    message: string,
  ) {
    super(message);
  }
}

type Json = Record<string, unknown>;

function object(value: unknown, where: string, keys: readonly string[]): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new SpecError('malformed', `${where}: not an object`);
  }
  const obj = value as Json;
  for (const k of Object.keys(obj))
    if (!keys.includes(k)) throw new SpecError('malformed', `${where}.${k}: unknown field`);
  for (const k of keys) if (!(k in obj)) throw new SpecError('malformed', `${where}.${k}: missing`);
  return obj;
}

function id(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length === 0)
    throw new SpecError('malformed', `${where}: not a non-empty string`);
  if (/\p{Cs}/u.test(value)) throw new SpecError('malformed', `${where}: lone surrogate`);
  if (utf8(value).length > 128) throw new SpecError('malformed', `${where}: longer than 128 bytes`);
  return value;
}

function int(value: unknown, where: string, min: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min) {
    throw new SpecError('malformed', `${where}: not an integer ≥ ${min}`);
  }
  return value;
}

function bytes(value: unknown, where: string, min: number, max = min): Uint8Array {
  const decoded = typeof value === 'string' ? fromB64url(value) : undefined;
  if (!decoded) throw new SpecError('malformed', `${where}: not canonical base64url`);
  if (decoded.length < min || decoded.length > max)
    throw new SpecError('malformed', `${where}: wrong length`);
  return decoded;
}

/** Reads envelope JSON text by the rules of §3. */
export function parseJson(text: string): NobleEnvelope {
  if (text.length > 16 * 1024 * 1024) throw new SpecError('malformed', 'too long');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new SpecError('malformed', 'not JSON');
  }
  const e = object(value, 'envelope', [
    'v',
    'suite',
    'header',
    'nonce',
    'ciphertext',
    'wraps',
    'signature',
  ]);
  if (e.v !== 1) throw new SpecError('malformed', 'v: not 1');
  if (e.suite !== SUITE) throw new SpecError('malformed', 'suite: unknown');
  const hd = object(e.header, 'header', [
    'conversation',
    'senderUser',
    'senderDevice',
    'senderKey',
    'counter',
    'sentAt',
  ]);
  if (!Array.isArray(e.wraps) || e.wraps.length < 1 || e.wraps.length > 10_000) {
    throw new SpecError('malformed', 'wraps: not 1 to 10000 items');
  }
  const wraps = (e.wraps as unknown[]).map((w, i) => {
    const o = object(w, `wraps.${i}`, ['to', 'nonce', 'key']);
    return {
      to: id(o.to, `wraps.${i}.to`),
      nonce: bytes(o.nonce, `wraps.${i}.nonce`, 24),
      key: bytes(o.key, `wraps.${i}.key`, 48),
    };
  });
  if (new Set(wraps.map((w) => w.to)).size !== wraps.length)
    throw new SpecError('malformed', 'wraps: a recipient twice');
  return {
    header: {
      conversation: id(hd.conversation, 'header.conversation'),
      senderUser: id(hd.senderUser, 'header.senderUser'),
      senderDevice: id(hd.senderDevice, 'header.senderDevice'),
      senderKey: bytes(hd.senderKey, 'header.senderKey', 32),
      counter: int(hd.counter, 'header.counter', 1),
      sentAt: int(hd.sentAt, 'header.sentAt', 0),
    },
    nonce: bytes(e.nonce, 'nonce', 24),
    ciphertext: bytes(e.ciphertext, 'ciphertext', 16, 1024 * 1024 + 16),
    wraps,
    signature: bytes(e.signature, 'signature', 64),
  };
}

/** The JSON object of §3, fields in the table's order. */
export function toJsonObject(env: NobleEnvelope): Json {
  const hd = env.header;
  return {
    v: 1,
    suite: SUITE,
    header: {
      conversation: hd.conversation,
      senderUser: hd.senderUser,
      senderDevice: hd.senderDevice,
      senderKey: toB64url(hd.senderKey),
      counter: hd.counter,
      sentAt: hd.sentAt,
    },
    nonce: toB64url(env.nonce),
    ciphertext: toB64url(env.ciphertext),
    wraps: env.wraps.map((w) => ({ to: w.to, nonce: toB64url(w.nonce), key: toB64url(w.key) })),
    signature: toB64url(env.signature),
  };
}

/** Compact JSON text. */
export function toJson(env: NobleEnvelope): string {
  return JSON.stringify(toJsonObject(env));
}

// ---- §4 the byte strings ---------------------------------------------------

/** §4.1 `header_bytes`. */
export function headerBytes(hd: NobleHeader): Uint8Array {
  return concat(
    lp('e2ee-kit/v1/header'),
    lp(hd.conversation),
    lp(hd.senderUser),
    lp(hd.senderDevice),
    lp(hd.senderKey),
    u64(hd.counter),
    u64(hd.sentAt),
  );
}

/** §4.1 `header_hash`. */
export function headerHash(hd: NobleHeader): Uint8Array {
  return h(32, headerBytes(hd));
}

/** §4.3 `pair_key(S → R)`: `shared` is X25519 of the caller's secret and the other side's public key. */
export function pairKey(
  ownSecret: Uint8Array,
  peerPublic: Uint8Array,
  senderPublic: Uint8Array,
  recipientPublic: Uint8Array,
): Uint8Array {
  const shared = x25519.getSharedSecret(ownSecret, peerPublic);
  return h(
    32,
    concat(lp('e2ee-kit/v1/pair-key'), lp(shared), lp(senderPublic), lp(recipientPublic)),
  );
}

/** §4.4 `wrap_ad`. */
export function wrapAd(hash: Uint8Array, to: string): Uint8Array {
  return concat(lp('e2ee-kit/v1/wrap'), hash, lp(to));
}

/** §4.5 `signed_bytes`. */
export function signedBytes(env: Omit<NobleEnvelope, 'signature'>): Uint8Array {
  return concat(
    lp('e2ee-kit/v1/signature'),
    headerHash(env.header),
    lp(env.nonce),
    lp(env.ciphertext),
    u32(env.wraps.length),
    ...env.wraps.flatMap((w) => [lp(w.to), lp(w.nonce), lp(w.key)]),
  );
}

// ---- §2 identities ---------------------------------------------------------

/** A device's secrets and public keys. */
export interface NobleIdentity {
  signingSecret: Uint8Array;
  signingKey: Uint8Array;
  agreementSecret: Uint8Array;
  agreementKey: Uint8Array;
}

/** §2: an identity from 64 random bytes (Ed25519 secret ‖ X25519 secret). */
export function identityFrom(r: Uint8Array): NobleIdentity {
  if (r.length !== 64) throw new Error('need 64 bytes');
  const signingSecret = r.slice(0, 32);
  const agreementSecret = r.slice(32, 64);
  return {
    signingSecret,
    signingKey: ed25519.getPublicKey(signingSecret),
    agreementSecret,
    agreementKey: x25519.getPublicKey(agreementSecret),
  };
}

/** Fresh random bytes from the system. */
export function systemRandom(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

// ---- §4 sending and §5 receiving -------------------------------------------

/** A recipient of §6: a device id or `escrow:<id>`, and its X25519 public key. */
export interface NobleRecipient {
  to: string;
  publicKey: Uint8Array;
}

/** §4: encrypts, wraps and signs. `random(n)` supplies the one draw of §4.5. */
export function seal(input: {
  header: Omit<NobleHeader, 'senderKey'>;
  text: string;
  sender: NobleIdentity;
  recipients: readonly NobleRecipient[];
  random?: (length: number) => Uint8Array;
}): NobleEnvelope {
  const { sender, recipients } = input;
  const header: NobleHeader = { ...input.header, senderKey: sender.agreementKey };
  const fresh = (input.random ?? systemRandom)(32 + 24 * (1 + recipients.length));
  const mk = fresh.slice(0, 32);
  const nonce = fresh.slice(32, 56);
  const hb = headerBytes(header);
  const hh = h(32, hb);
  const ciphertext = xchacha20poly1305(mk, nonce, hb).encrypt(utf8(input.text));
  const wraps = recipients.map((r, i) => {
    const wrapNonce = fresh.slice(56 + 24 * i, 80 + 24 * i);
    const key = pairKey(sender.agreementSecret, r.publicKey, sender.agreementKey, r.publicKey);
    return {
      to: r.to,
      nonce: wrapNonce,
      key: xchacha20poly1305(key, wrapNonce, wrapAd(hh, r.to)).encrypt(mk),
    };
  });
  const unsigned = { header, nonce, ciphertext, wraps };
  return { ...unsigned, signature: ed25519.sign(signedBytes(unsigned), sender.signingSecret) };
}

/** §5 step 4: strict RFC 8032 verification. */
export function verify(env: NobleEnvelope, signingKey: Uint8Array): boolean {
  return ed25519.verify(env.signature, signedBytes(env), signingKey, { zip215: false });
}

/**
 * §5 steps 6–9 for the holder of an X25519 secret: finds the wrap addressed
 * to `to`, unwraps it and decrypts the text. (Steps 2–5 need a directory and
 * a replay record; the caller does them.)
 */
export function unwrapAndDecrypt(
  env: NobleEnvelope,
  me: { to: string; secret: Uint8Array; publicKey: Uint8Array },
): string {
  const wrap = env.wraps.find((w) => w.to === me.to);
  if (!wrap) throw new SpecError('not-a-recipient', `no wrap for ${me.to}`);
  const senderKey = env.header.senderKey;
  const hb = headerBytes(env.header);
  const key = pairKey(me.secret, senderKey, senderKey, me.publicKey);
  let mk: Uint8Array;
  try {
    mk = xchacha20poly1305(key, wrap.nonce, wrapAd(h(32, hb), wrap.to)).decrypt(wrap.key);
  } catch {
    throw new SpecError('tampered', 'wrapped key does not open');
  }
  let plain: Uint8Array;
  try {
    plain = xchacha20poly1305(mk, env.nonce, hb).decrypt(env.ciphertext);
  } catch {
    throw new SpecError('tampered', 'ciphertext does not open');
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(plain);
  } catch {
    throw new SpecError('tampered', 'not UTF-8');
  }
}

// ---- §6.1 roster, §7 safety numbers, §8 deterministic mode ---------------------

/** §6.1 `membership(c, B)`. */
export function membership(
  conversation: string,
  b: { device: string; user: string; signingKey: Uint8Array; agreementKey: Uint8Array },
): Uint8Array {
  return concat(
    lp('e2ee-kit/v1/add'),
    lp(conversation),
    lp(b.device),
    lp(b.user),
    lp(b.signingKey),
    lp(b.agreementKey),
  );
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++)
    if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

/** §7: the 30 digits of one user. */
export function fingerprint(user: string, signingKeys: readonly Uint8Array[]): string {
  const keys = concat(...[...signingKeys].sort(compareBytes));
  let d = h(64, concat(lp('e2ee-kit/v1/fingerprint'), lp(user), u32(signingKeys.length), keys));
  for (let i = 1; i < 5200; i++) d = h(64, concat(d, keys));
  let digits = '';
  for (let j = 0; j < 6; j++) {
    const n = d.slice(5 * j, 5 * j + 5).reduce((acc, b) => acc * 256 + b, 0);
    digits += String(n % 100_000).padStart(5, '0');
  }
  return digits;
}

/** §7: the 60 digits of two users, ordered by user id. */
export function safetyNumber(
  a: { user: string; keys: readonly Uint8Array[] },
  b: { user: string; keys: readonly Uint8Array[] },
): string {
  const fa = fingerprint(a.user, a.keys);
  const fb = fingerprint(b.user, b.keys);
  return a.user <= b.user ? fa + fb : fb + fa;
}

/** §8: the seeded generator; each call is the next draw. Teaching only. */
export function drbg(seed: string): (length: number) => Uint8Array {
  let n = 0;
  const nonce = utf8('LibsodiumDRG');
  return (length) => {
    const key = h(32, concat(lp('e2ee-kit/v1/drbg'), lp(seed), u64(n++)));
    return chacha20(key, nonce, new Uint8Array(length));
  };
}
