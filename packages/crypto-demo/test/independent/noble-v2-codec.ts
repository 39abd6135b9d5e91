/**
 * Independent implementation of crypto-demo protocol version 2, part 1: the
 * notation (§2), the text rules (§3) and the canonical JSON of bundles (§4.3),
 * commits (§6.2), envelopes (§7.4) and replay states (§14). Written from
 * docs/protocol.md alone; it imports nothing from crypto-demo.
 */
import { blake2b } from '@noble/hashes/blake2.js';

// ---- §2 notation -----------------------------------------------------------

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

/** `u64(n)`, big-endian, 0 ≤ n ≤ 2^53 − 1. */
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

/** `H32` / `H64`: BLAKE2b unkeyed. */
export function H(len: 32 | 64, data: Uint8Array): Uint8Array {
  return blake2b(data, { dkLen: len });
}

/** `KH24` / `KH32`: BLAKE2b keyed with a 32-byte key; the length is a parameter, not a truncation. */
export function KH(len: 24 | 32, key: Uint8Array, data: Uint8Array): Uint8Array {
  return blake2b(data, { key, dkLen: len });
}

/** `zero32`. */
export const ZERO32 = new Uint8Array(32);

/** Bytewise comparison of byte strings. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] ?? 0) - (b[i] ?? 0);
  return a.length - b.length;
}

/** `cmp(a, b)`: bytewise on UTF-8, a proper prefix first. */
export function cmp(a: string, b: string): number {
  return compareBytes(utf8(a), utf8(b));
}

/** Equal byte strings (constant time over equal lengths). */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= (a[i] ?? 0) ^ (b[i] ?? 0);
  return d === 0;
}

/** Lower-case hex. */
export function hex(bytes: Uint8Array): string {
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

/** `b64(x)`: base64url without padding. */
export function b64(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let j = 0; j < chars; j++) out += B64.charAt((n >> (18 - 6 * j)) & 63);
  }
  return out;
}

/** Strict base64url decoding (§3.3), or `undefined`. */
export function fromB64(text: string): Uint8Array | undefined {
  if (text.length % 4 === 1) return undefined;
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = B64.indexOf(c);
    if (v < 0) return undefined;
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  if ((acc & ((1 << bits) - 1)) !== 0) return undefined;
  return out;
}

// ---- §17 errors ------------------------------------------------------------

/** The error codes of §17. */
export type Code =
  | 'malformed'
  | 'unsupported-version'
  | 'tampered'
  | 'key-commitment-mismatch'
  | 'not-a-recipient'
  | 'replayed'
  | 'unknown-participant'
  | 'uncertified-device'
  | 'sender-key-mismatch'
  | 'weak-key'
  | 'unknown-conversation'
  | 'mode-mismatch'
  | 'unknown-epoch'
  | 'stale-epoch'
  | 'fork'
  | 'commit-gap'
  | 'invalid-commit'
  | 'not-a-member'
  | 'escrow-missing'
  | 'invalid-argument';

/** Any refusal of this implementation, with the code and data of §17. */
export class SpecError extends Error {
  constructor(
    readonly code: Code,
    message: string,
    readonly data: Readonly<Record<string, unknown>> = {},
  ) {
    super(`${code}: ${message}`);
  }
}

// ---- §3 limits and ids -----------------------------------------------------

export const LIMITS = {
  MAX_ID_BYTES: 128,
  MAX_ESCROW_ID_BYTES: 121,
  MAX_TEXT_BYTES: 65_536,
  MAX_ROSTER: 1_000,
  MAX_ESCROW: 8,
  MAX_WRAPS: 1_024,
  MAX_ENVELOPE_BYTES: 524_288,
  MAX_COMMIT_BYTES: 2_097_152,
  MAX_BUNDLE_BYTES: 4_096,
  MAX_REPLAY_ENTRIES: 1_048_576,
  MAX_REPLAY_STATE_BYTES: 50_331_648,
} as const;

/** The reason an id breaks §3.1, or `undefined`. */
export function idProblem(value: unknown, maxBytes: number = LIMITS.MAX_ID_BYTES) {
  if (typeof value !== 'string') return 'not a string';
  if (value.length === 0 || value.length > maxBytes) return `not 1 to ${maxBytes} bytes`;
  if (/\p{Cs}/u.test(value)) return 'lone surrogate';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(value)) return 'control character';
  if (utf8(value).length > maxBytes) return `longer than ${maxBytes} bytes`;
  return undefined;
}

// ---- §3.3 reading a text ---------------------------------------------------

type Json = Record<string, unknown>;

/**
 * §9 steps 1–4 (and the same steps of §6.4 and §14): length before decoding,
 * strict UTF-8 (a BOM is kept and then fails JSON), JSON, an object, `v = 2`.
 * Returns the object and the decoded text for the canonical comparison.
 */
export function readObject(
  input: string | Uint8Array,
  max: number,
  what: string,
  versioned = true,
): { obj: Json; text: string } {
  const malformed = (m: string) => new SpecError('malformed', `${what}: ${m}`, { what });
  let text: string;
  if (typeof input === 'string') {
    if (input.length > max) throw malformed(`longer than ${max} bytes`);
    if (/\p{Cs}/u.test(input)) throw malformed('not valid UTF-8 (lone surrogate)');
    if (utf8(input).length > max) throw malformed(`longer than ${max} bytes`);
    text = input;
  } else {
    if (!(input instanceof Uint8Array)) throw malformed('not text or bytes');
    if (input.length > max) throw malformed(`longer than ${max} bytes`);
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(input);
    } catch {
      throw malformed('not valid UTF-8');
    }
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed('not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw malformed('not a JSON object');
  const obj = value as Json;
  if (versioned) {
    if (!Object.hasOwn(obj, 'v')) throw malformed('no version field v');
    if (obj.v !== 2)
      throw new SpecError('unsupported-version', `${what}: expected version 2`, {
        expected: 2,
        found: obj.v,
      });
  }
  return { obj, text };
}

/** Shape helpers: each throws `malformed` naming the field. */
class Shape {
  constructor(readonly what: string) {}

  fail(where: string, m: string): never {
    throw new SpecError('malformed', `${this.what}: ${where}: ${m}`, { what: this.what });
  }

  object(value: unknown, where: string, keys: readonly string[]): Json {
    if (typeof value !== 'object' || value === null || Array.isArray(value))
      this.fail(where, 'not an object');
    const obj = value as Json;
    for (const k of Object.keys(obj))
      if (!keys.includes(k)) this.fail(`${where}.${k}`, 'unknown field');
    for (const k of keys) if (!Object.hasOwn(obj, k)) this.fail(`${where}.${k}`, 'missing');
    return obj;
  }

  id(value: unknown, where: string, max: number = LIMITS.MAX_ID_BYTES): string {
    const problem = idProblem(value, max);
    if (problem !== undefined) this.fail(where, problem);
    return value as string;
  }

  device(value: unknown, where: string): string {
    const d = this.id(value, where);
    if (d.startsWith('escrow:')) this.fail(where, 'a device id cannot start with escrow:');
    return d;
  }

  int(value: unknown, where: string, min: number): number {
    if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min)
      this.fail(where, `not an integer from ${min} to 2^53 - 1`);
    return value;
  }

  bytes(value: unknown, where: string, min: number, max = min): Uint8Array {
    if (typeof value !== 'string') this.fail(where, 'not a string');
    const s = value;
    if (s.length > Math.ceil((max * 4) / 3)) this.fail(where, 'too long');
    const decoded = fromB64(s);
    if (!decoded) this.fail(where, 'not canonical base64url');
    const d = decoded;
    if (d.length < min || d.length > max) this.fail(where, `not ${min}–${max} bytes`);
    return d;
  }

  array(value: unknown, where: string, min: number, max: number): unknown[] {
    if (!Array.isArray(value)) this.fail(where, 'not an array');
    const a = value as unknown[];
    if (a.length < min || a.length > max) this.fail(where, `not ${min} to ${max} items`);
    return a;
  }

  literal<T extends string>(value: unknown, where: string, allowed: readonly T[]): T {
    if (typeof value !== 'string' || !(allowed as readonly string[]).includes(value))
      this.fail(where, `not one of ${allowed.join(', ')}`);
    return value as T;
  }

  canonical(text: string, canonicalText: string) {
    if (text !== canonicalText) this.fail('text', 'not in canonical form');
  }
}

// ---- §4.3 bundles ----------------------------------------------------------

/** A device bundle (§4.3). */
export interface Bundle {
  user: string;
  device: string;
  name: string;
  identityKey: Uint8Array;
  signingKey: Uint8Array;
  agreementKey: Uint8Array;
  certificate: Uint8Array;
}

const BUNDLE_KEYS = [
  'user',
  'device',
  'name',
  'identityKey',
  'signingKey',
  'agreementKey',
  'certificate',
] as const;

function bundleFrom(s: Shape, value: unknown, where: string): Bundle {
  const o = s.object(value, where, BUNDLE_KEYS);
  return {
    user: s.id(o.user, `${where}.user`),
    device: s.device(o.device, `${where}.device`),
    name: s.id(o.name, `${where}.name`),
    identityKey: s.bytes(o.identityKey, `${where}.identityKey`, 32),
    signingKey: s.bytes(o.signingKey, `${where}.signingKey`, 32),
    agreementKey: s.bytes(o.agreementKey, `${where}.agreementKey`, 32),
    certificate: s.bytes(o.certificate, `${where}.certificate`, 64),
  };
}

/** The JSON object of a bundle, fields in table order. */
export function bundleJson(b: Bundle): Json {
  return {
    user: b.user,
    device: b.device,
    name: b.name,
    identityKey: b64(b.identityKey),
    signingKey: b64(b.signingKey),
    agreementKey: b64(b.agreementKey),
    certificate: b64(b.certificate),
  };
}

/** Reads a standalone bundle (no version field in its table). */
export function parseBundle(input: string | Uint8Array): Bundle {
  const { obj, text } = readObject(input, LIMITS.MAX_BUNDLE_BYTES, 'bundle', false);
  const s = new Shape('bundle');
  const b = bundleFrom(s, obj, 'bundle');
  s.canonical(text, JSON.stringify(bundleJson(b)));
  return b;
}

// ---- §6.2 commits ----------------------------------------------------------

export type CommitBody =
  | { action: 'create'; members: Bundle[] }
  | { action: 'add' | 'update'; member: Bundle }
  | { action: 'remove'; device: string };

/** The fields of a commit around its body. */
export interface CommitHead {
  conversation: string;
  epoch: number;
  prev: Uint8Array;
  committer: string;
  at: number;
}

/** A commit before its signature. */
export type UnsignedCommit = CommitHead & CommitBody;

/** A roster commit (§6.2). */
export type Commit = UnsignedCommit & { signature: Uint8Array };

/** The JSON object of a commit, fields in table order. */
export function commitJson(c: Commit): Json {
  const body: Json =
    c.action === 'create'
      ? { members: c.members.map(bundleJson) }
      : c.action === 'remove'
        ? { device: c.device }
        : { member: bundleJson(c.member) };
  return {
    v: 2,
    type: 'commit',
    conversation: c.conversation,
    epoch: c.epoch,
    prev: b64(c.prev),
    action: c.action,
    ...body,
    committer: c.committer,
    at: c.at,
    signature: b64(c.signature),
  };
}

export function serializeCommit(c: Commit): string {
  return JSON.stringify(commitJson(c));
}

/** §6.4 steps 1–3. */
export function parseCommit(input: string | Uint8Array): Commit {
  const { obj, text } = readObject(input, LIMITS.MAX_COMMIT_BYTES, 'commit');
  const s = new Shape('commit');
  const action = s.literal(obj.action, 'action', ['create', 'add', 'update', 'remove'] as const);
  const bodyKey = action === 'create' ? 'members' : action === 'remove' ? 'device' : 'member';
  const o = s.object(obj, 'commit', [
    'v',
    'type',
    'conversation',
    'epoch',
    'prev',
    'action',
    bodyKey,
    'committer',
    'at',
    'signature',
  ]);
  s.literal(o.type, 'type', ['commit']);
  const head = {
    conversation: s.id(o.conversation, 'conversation'),
    epoch: s.int(o.epoch, 'epoch', 1),
    prev: s.bytes(o.prev, 'prev', 32),
  };
  let body: CommitBody;
  if (action === 'create') {
    const members = s.array(o.members, 'members', 1, LIMITS.MAX_ROSTER);
    body = { action, members: members.map((m, i) => bundleFrom(s, m, `members.${i}`)) };
  } else if (action === 'remove') {
    body = { action, device: s.device(o.device, 'device') };
  } else {
    body = { action, member: bundleFrom(s, o.member, 'member') };
  }
  const commit: Commit = {
    ...head,
    ...body,
    committer: s.device(o.committer, 'committer'),
    at: s.int(o.at, 'at', 0),
    signature: s.bytes(o.signature, 'signature', 64),
  };
  s.canonical(text, serializeCommit(commit));
  return commit;
}

// ---- §7 envelopes ----------------------------------------------------------

export type Mode = 'provider-managed' | 'member-signed';
export const SUITE = 'X25519-BLAKE2b-XChaCha20Poly1305-Ed25519';

/** The signed header (§7.1). */
export interface Header {
  conversation: string;
  mode: Mode;
  epoch: number;
  state: Uint8Array;
  senderUser: string;
  senderDevice: string;
  senderKey: Uint8Array;
  counter: number;
  sentAt: number;
  commitment: Uint8Array;
}

export interface Wrap {
  to: string;
  nonce: Uint8Array;
  key: Uint8Array;
}

/** A decoded envelope (§7.4). */
export interface Envelope {
  header: Header;
  nonce: Uint8Array;
  ciphertext: Uint8Array;
  wraps: Wrap[];
  signature: Uint8Array;
}

/** The JSON object of an envelope, fields in table order. */
export function envelopeJson(e: Envelope): Json {
  const h = e.header;
  return {
    v: 2,
    suite: SUITE,
    header: {
      conversation: h.conversation,
      mode: h.mode,
      epoch: h.epoch,
      state: b64(h.state),
      senderUser: h.senderUser,
      senderDevice: h.senderDevice,
      senderKey: b64(h.senderKey),
      counter: h.counter,
      sentAt: h.sentAt,
      commitment: b64(h.commitment),
    },
    nonce: b64(e.nonce),
    ciphertext: b64(e.ciphertext),
    wraps: e.wraps.map((w) => ({ to: w.to, nonce: b64(w.nonce), key: b64(w.key) })),
    signature: b64(e.signature),
  };
}

export function serializeEnvelope(e: Envelope): string {
  return JSON.stringify(envelopeJson(e));
}

/** §9 steps 1–6 (`parseEnvelope`): no keys, no state. */
export function parseEnvelope(input: string | Uint8Array): Envelope {
  const { obj, text } = readObject(input, LIMITS.MAX_ENVELOPE_BYTES, 'envelope');
  const s = new Shape('envelope');
  const e = s.object(obj, 'envelope', [
    'v',
    'suite',
    'header',
    'nonce',
    'ciphertext',
    'wraps',
    'signature',
  ]);
  s.literal(e.suite, 'suite', [SUITE]);
  const h = s.object(e.header, 'header', [
    'conversation',
    'mode',
    'epoch',
    'state',
    'senderUser',
    'senderDevice',
    'senderKey',
    'counter',
    'sentAt',
    'commitment',
  ]);
  const header: Header = {
    conversation: s.id(h.conversation, 'header.conversation'),
    mode: s.literal(h.mode, 'header.mode', ['provider-managed', 'member-signed'] as const),
    epoch: s.int(h.epoch, 'header.epoch', 0),
    state: s.bytes(h.state, 'header.state', 32),
    senderUser: s.id(h.senderUser, 'header.senderUser'),
    senderDevice: s.device(h.senderDevice, 'header.senderDevice'),
    senderKey: s.bytes(h.senderKey, 'header.senderKey', 32),
    counter: s.int(h.counter, 'header.counter', 1),
    sentAt: s.int(h.sentAt, 'header.sentAt', 0),
    commitment: s.bytes(h.commitment, 'header.commitment', 32),
  };
  const nonce = s.bytes(e.nonce, 'nonce', 24);
  const ciphertext = s.bytes(e.ciphertext, 'ciphertext', 16, LIMITS.MAX_TEXT_BYTES + 16);
  const rawWraps = s.array(e.wraps, 'wraps', 1, LIMITS.MAX_WRAPS);
  const wraps: Wrap[] = [];
  for (const [i, w] of rawWraps.entries()) {
    const o = s.object(w, `wraps.${i}`, ['to', 'nonce', 'key']);
    const wrap = {
      to: s.id(o.to, `wraps.${i}.to`),
      nonce: s.bytes(o.nonce, `wraps.${i}.nonce`, 24),
      key: s.bytes(o.key, `wraps.${i}.key`, 48),
    };
    const before = wraps.at(-1);
    if (before && cmp(before.to, wrap.to) >= 0)
      s.fail(`wraps.${i}.to`, 'recipients not strictly ascending');
    wraps.push(wrap);
  }
  const env: Envelope = {
    header,
    nonce,
    ciphertext,
    wraps,
    signature: s.bytes(e.signature, 'signature', 64),
  };
  s.canonical(text, serializeEnvelope(env));
  return env;
}

// ---- §14 replay state ------------------------------------------------------

export interface ReplayState {
  device: string;
  seen: Uint8Array[];
}

export function serializeReplayState(r: ReplayState): string {
  return JSON.stringify({ v: 2, type: 'replay-state', device: r.device, seen: r.seen.map(b64) });
}

/** §14 import steps up to the canonical text (the device check is the caller's). */
export function parseReplayState(input: string | Uint8Array): ReplayState {
  const { obj, text } = readObject(input, LIMITS.MAX_REPLAY_STATE_BYTES, 'replay-state');
  const s = new Shape('replay-state');
  const o = s.object(obj, 'replay-state', ['v', 'type', 'device', 'seen']);
  s.literal(o.type, 'type', ['replay-state']);
  const device = s.device(o.device, 'device');
  const raw = s.array(o.seen, 'seen', 0, LIMITS.MAX_REPLAY_ENTRIES);
  const seen: Uint8Array[] = [];
  for (const [i, x] of raw.entries()) {
    const b = s.bytes(x, `seen.${i}`, 32);
    const before = seen.at(-1);
    if (before && compareBytes(before, b) >= 0) s.fail(`seen.${i}`, 'not strictly ascending');
    seen.push(b);
  }
  const r = { device, seen };
  s.canonical(text, serializeReplayState(r));
  return r;
}
