/**
 * Envelopes to and from JSON (docs/protocol.md §3 and §7.4), read by hand so
 * that a hostile input costs little: the byte length is checked before
 * decoding, an array's length before its items, and at most 20 issues are
 * kept before the reader stops. A text is accepted only if it is the one
 * canonical form of the value it holds (§3.3).
 */
import { fromBase64url, fromUtf8, textLength, toBase64url } from './bytes.js';
import {
  ESCROW_PREFIX,
  KEY_BYTES,
  NONCE_BYTES,
  PROTOCOL_SUITE,
  PROTOCOL_VERSION,
  SIGNATURE_BYTES,
  TAG_BYTES,
  WRAPPED_KEY_BYTES,
  compareIds,
  seal,
  sealedParts,
  type Envelope,
  type EnvelopeParts,
  type GroupMode,
  type WrappedKey,
} from './envelope.js';
import { E2eeKitError, MalformedEnvelopeError, UnsupportedVersionError } from './errors.js';

/** The limits of docs/protocol.md §3.2. A reader checks each before the work it guards. */
export const LIMITS = {
  /** UTF-8 bytes of an id or a name. */
  idBytes: 128,
  /** UTF-8 bytes of an escrow authority id (128 − `escrow:`). */
  escrowIdBytes: 121,
  /** UTF-8 bytes of a message text. */
  textBytes: 65_536,
  /** Devices in one conversation. */
  roster: 1_000,
  /** Escrow keys a provider may mandate at once. */
  escrow: 8,
  /** Wraps in one envelope. */
  wraps: 1_024,
  /** Bytes of an envelope's JSON text. */
  envelopeBytes: 524_288,
  /** Bytes of a commit's JSON text. */
  commitBytes: 2_097_152,
  /** Bytes of a device bundle's JSON text. */
  bundleBytes: 4_096,
  /** Header hashes in an exported replay state. */
  replayEntries: 1_048_576,
  /** Bytes of an exported replay state. */
  replayStateBytes: 50_331_648,
} as const;

const MAX_ISSUES = 20;

/** Thrown inside a reader when enough issues were found: stop early. */
class Enough extends Error {}

/** Collects the issues of one reading, at most {@link MAX_ISSUES}. */
export class Issues {
  readonly list: string[] = [];

  add(path: string, message: string): void {
    this.list.push(`${path}: ${message}`);
    if (this.list.length >= MAX_ISSUES) throw new Enough();
  }

  get ok(): boolean {
    return this.list.length === 0;
  }
}

/** Runs a reader; a thrown {@link Enough} just ends it with the issues found so far. */
export function collecting<T>(read: (issues: Issues) => T): {
  value: T | undefined;
  issues: string[];
} {
  const issues = new Issues();
  try {
    const value = read(issues);
    return { value: issues.ok ? value : undefined, issues: issues.list };
  } catch (error) {
    if (error instanceof Enough) return { value: undefined, issues: issues.list };
    if (error instanceof E2eeKitError) throw error;
    // A hostile object (a getter that throws, a proxy): not an envelope.
    return { value: undefined, issues: [...issues.list, 'the value cannot be read'] };
  }
}

// Control characters are exactly what this refuses (docs/protocol.md §3.1).
const BAD_ID_CHAR =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u001f\u007f]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Whether `s` is an id of §3.1 of at most `maxBytes` bytes. */
export function isId(s: unknown, maxBytes: number = LIMITS.idBytes): s is string {
  return (
    typeof s === 'string' &&
    s.length > 0 &&
    s.length <= maxBytes &&
    !BAD_ID_CHAR.test(s) &&
    // At most 3 UTF-8 bytes a code unit: a short id need not be measured.
    (s.length * 3 <= maxBytes || textLength(s) - 4 <= maxBytes)
  );
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Checks that `o` has exactly `keys` (in any order; the canonical comparison checks the order). */
export function exactKeys(
  issues: Issues,
  o: Record<string, unknown>,
  keys: readonly string[],
  path: string,
): void {
  // No closure here: this runs for every wrap of every envelope read.
  let count = 0;
  for (const k in o) {
    if (!Object.hasOwn(o, k)) continue;
    if (++count > keys.length + MAX_ISSUES) break;
    if (!keys.includes(k)) issues.add(fieldPath(path, k.slice(0, 40)), 'unexpected field');
  }
  for (const k of keys) if (!Object.hasOwn(o, k)) issues.add(fieldPath(path, k), 'missing field');
}

function fieldPath(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

export function readId(
  issues: Issues,
  value: unknown,
  path: string,
  maxBytes: number = LIMITS.idBytes,
): string {
  if (!isId(value, maxBytes)) {
    issues.add(
      path,
      typeof value !== 'string'
        ? 'must be a text'
        : value.length === 0
          ? 'must not be empty'
          : value.length > maxBytes || textLength(value) - 4 > maxBytes
            ? `must be at most ${maxBytes} bytes`
            : 'must not hold control characters or lone surrogates',
    );
    return '';
  }
  return value;
}

/** A device id: an id that does not start with `escrow:`. */
export function readDeviceId(issues: Issues, value: unknown, path: string): string {
  const id = readId(issues, value, path);
  if (id.startsWith(ESCROW_PREFIX))
    issues.add(path, `a device id must not start with "${ESCROW_PREFIX}"`);
  return id;
}

export function readInt(issues: Issues, value: unknown, path: string, min: number): number {
  if (typeof value !== 'number' || !Number.isInteger(value)) {
    issues.add(path, 'must be a whole number');
  } else if (value < min) {
    issues.add(path, min === 0 ? 'must not be negative' : `must be at least ${min}`);
  } else if (!Number.isSafeInteger(value)) {
    issues.add(path, 'must be at most 2^53 − 1');
  } else {
    return value;
  }
  return 0;
}

/** Bytes as base64url text (JSON) or as a `Uint8Array` (objects), copied. */
export type BytesForm = 'text' | 'array';

export function readBytes(
  issues: Issues,
  value: unknown,
  path: string,
  form: BytesForm,
  min: number,
  max = min,
): Uint8Array {
  if (form === 'array') {
    if (!(value instanceof Uint8Array)) {
      issues.add(path, `must be bytes (a Uint8Array of ${expectedBytes(min, max)})`);
      return new Uint8Array(0);
    }
    if (value.length < min || value.length > max) {
      issues.add(path, `expected ${expectedBytes(min, max)}, got ${value.length}`);
      return new Uint8Array(0);
    }
    return value.slice();
  }
  if (typeof value !== 'string') {
    issues.add(path, `must be base64url text of ${expectedBytes(min, max)}`);
    return new Uint8Array(0);
  }
  // Length first: base64url of n bytes has ceil(4n / 3) characters.
  if (value.length < Math.ceil((4 * min) / 3) || value.length > Math.ceil((4 * max) / 3)) {
    issues.add(
      path,
      `expected ${expectedBytes(min, max)}, got ${Math.floor((value.length * 3) / 4)}`,
    );
    return new Uint8Array(0);
  }
  const decoded = fromBase64url(value);
  if (!decoded) {
    issues.add(path, 'is not canonical unpadded base64url');
    return new Uint8Array(0);
  }
  if (decoded.length < min || decoded.length > max) {
    issues.add(path, `expected ${expectedBytes(min, max)}, got ${decoded.length}`);
    return new Uint8Array(0);
  }
  return decoded;
}

/** The sizes a byte field may have, in words; made only for an issue (not for every field read). */
function expectedBytes(min: number, max: number): string {
  return min === max ? `${min} bytes` : `${min} to ${max} bytes`;
}

const HEADER_KEYS = [
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
] as const;
const JSON_KEYS = ['v', 'suite', 'header', 'nonce', 'ciphertext', 'wraps', 'signature'] as const;
const OBJECT_KEYS = ['version', 'header', 'nonce', 'ciphertext', 'wraps', 'signature'] as const;
const MODES: readonly GroupMode[] = ['provider-managed', 'member-signed'];

/** Reads the fields of an envelope (steps 5 of §9), from JSON or from an object. */
function readParts(issues: Issues, o: Record<string, unknown>, form: BytesForm): EnvelopeParts {
  if (form === 'text') {
    exactKeys(issues, o, JSON_KEYS, '');
    if (Object.hasOwn(o, 'suite') && o.suite !== PROTOCOL_SUITE) {
      issues.add('suite', `unsupported algorithms (expected ${PROTOCOL_SUITE})`);
    }
  } else {
    exactKeys(issues, o, OBJECT_KEYS, '');
  }
  const hv = o.header;
  let header: EnvelopeParts['header'] | undefined;
  if (!isPlainObject(hv)) {
    if (Object.hasOwn(o, 'header')) issues.add('header', 'must be an object');
  } else {
    exactKeys(issues, hv, HEADER_KEYS, 'header');
    const mode = hv.mode as GroupMode;
    if (!MODES.includes(mode))
      issues.add('header.mode', 'must be "provider-managed" or "member-signed"');
    header = {
      conversation: readId(issues, hv.conversation, 'header.conversation'),
      mode,
      epoch: readInt(issues, hv.epoch, 'header.epoch', 0),
      state: readBytes(issues, hv.state, 'header.state', form, KEY_BYTES),
      senderUser: readId(issues, hv.senderUser, 'header.senderUser'),
      senderDevice: readDeviceId(issues, hv.senderDevice, 'header.senderDevice'),
      senderKey: readBytes(issues, hv.senderKey, 'header.senderKey', form, KEY_BYTES),
      counter: readInt(issues, hv.counter, 'header.counter', 1),
      sentAt: readInt(issues, hv.sentAt, 'header.sentAt', 0),
      commitment: readBytes(issues, hv.commitment, 'header.commitment', form, KEY_BYTES),
    };
  }
  const nonce = readBytes(issues, o.nonce, 'nonce', form, NONCE_BYTES);
  const ciphertext = readBytes(
    issues,
    o.ciphertext,
    'ciphertext',
    form,
    TAG_BYTES,
    LIMITS.textBytes + TAG_BYTES,
  );
  const wraps: WrappedKey[] = [];
  const wv = o.wraps;
  if (!Array.isArray(wv)) {
    if (Object.hasOwn(o, 'wraps')) issues.add('wraps', 'must be a list');
  } else if (wv.length < 1) {
    issues.add('wraps', 'must hold at least one wrapped key');
  } else if (wv.length > LIMITS.wraps) {
    // Checked before any item is looked at.
    issues.add('wraps', `must hold at most ${LIMITS.wraps} wrapped keys, not ${wv.length}`);
  } else {
    let previous: string | undefined;
    for (let i = 0; i < wv.length; i++) {
      const w: unknown = wv[i];
      const path = `wraps.${i}`;
      if (!isPlainObject(w)) {
        issues.add(path, 'must be an object');
        continue;
      }
      exactKeys(issues, w, ['to', 'nonce', 'key'], path);
      const to = readId(issues, w.to, `${path}.to`);
      if (
        to.startsWith(ESCROW_PREFIX) &&
        !isId(to.slice(ESCROW_PREFIX.length), LIMITS.escrowIdBytes)
      ) {
        issues.add(`${path}.to`, 'names no valid escrow authority');
      }
      if (previous !== undefined && to !== '' && compareIds(previous, to) >= 0) {
        issues.add(
          `${path}.to`,
          to === previous ? 'names a recipient twice' : 'wraps must be sorted by recipient',
        );
      }
      if (to !== '') previous = to;
      wraps.push({
        to,
        nonce: readBytes(issues, w.nonce, `${path}.nonce`, form, NONCE_BYTES),
        key: readBytes(issues, w.key, `${path}.key`, form, WRAPPED_KEY_BYTES),
      });
    }
  }
  const signature = readBytes(issues, o.signature, 'signature', form, SIGNATURE_BYTES);
  return { header: header as EnvelopeParts['header'], nonce, ciphertext, wraps, signature };
}

/** The JSON object of an envelope, before `JSON.stringify` (§7.4). */
export interface EnvelopeJson {
  v: typeof PROTOCOL_VERSION;
  suite: typeof PROTOCOL_SUITE;
  header: {
    conversation: string;
    mode: GroupMode;
    epoch: number;
    state: string;
    senderUser: string;
    senderDevice: string;
    senderKey: string;
    counter: number;
    sentAt: number;
    commitment: string;
  };
  nonce: string;
  ciphertext: string;
  wraps: { to: string; nonce: string; key: string }[];
  signature: string;
}

function partsToJson(p: EnvelopeParts): EnvelopeJson {
  const h = p.header;
  return {
    v: PROTOCOL_VERSION,
    suite: PROTOCOL_SUITE,
    header: {
      conversation: h.conversation,
      mode: h.mode,
      epoch: h.epoch,
      state: toBase64url(h.state),
      senderUser: h.senderUser,
      senderDevice: h.senderDevice,
      senderKey: toBase64url(h.senderKey),
      counter: h.counter,
      sentAt: h.sentAt,
      commitment: toBase64url(h.commitment),
    },
    nonce: toBase64url(p.nonce),
    ciphertext: toBase64url(p.ciphertext),
    wraps: p.wraps.map((w) => ({ to: w.to, nonce: toBase64url(w.nonce), key: toBase64url(w.key) })),
    signature: toBase64url(p.signature),
  };
}

/**
 * The JSON object of an envelope (bytes as unpadded base64url).
 *
 * @throws {MalformedEnvelopeError} if `envelope` is not a valid envelope.
 * @example
 * ```ts
 * const json = envelopeToJson(envelope);
 * json.wraps.map((w) => w.to); // ['alice/phone', 'bob/phone']
 * ```
 */
export function envelopeToJson(envelope: Envelope): EnvelopeJson {
  return partsToJson(toSealed(envelope));
}

/**
 * Serializes an envelope to its one canonical JSON text, the form it travels in.
 *
 * @example
 * ```ts
 * const text = serializeEnvelope(envelope);
 * const same = parseEnvelope(text);
 * ```
 */
export function serializeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelopeToJson(envelope));
}

/**
 * The canonical JSON object of an envelope text that {@link readParts} has
 * read without issue, made from the text's own values: the same object as
 * `partsToJson` of the parts read, without encoding every byte field again.
 * It is the same because every value was checked: each base64url field
 * decoded, and `fromBase64url` decodes only the one text that encodes its
 * bytes (`toBase64url(fromBase64url(t)) === t`); ids are the texts read;
 * numbers are safe integers; `v`, `suite` and `mode` are the values allowed.
 */
function canonicalJson(o: Record<string, unknown>): EnvelopeJson {
  const j = o as unknown as EnvelopeJson;
  const h = j.header;
  return {
    v: j.v,
    suite: j.suite,
    header: {
      conversation: h.conversation,
      mode: h.mode,
      epoch: h.epoch,
      state: h.state,
      senderUser: h.senderUser,
      senderDevice: h.senderDevice,
      senderKey: h.senderKey,
      counter: h.counter,
      sentAt: h.sentAt,
      commitment: h.commitment,
    },
    nonce: j.nonce,
    ciphertext: j.ciphertext,
    wraps: j.wraps.map((w) => ({ to: w.to, nonce: w.nonce, key: w.key })),
    signature: j.signature,
  };
}

function versionCheck(o: Record<string, unknown>, key: 'v' | 'version'): void {
  if (!Object.hasOwn(o, key)) throw new MalformedEnvelopeError([`${key}: missing field`]);
  if (o[key] !== PROTOCOL_VERSION) throw new UnsupportedVersionError(o[key]);
}

function readText(input: string | Uint8Array, limit: number): string | string[] {
  if (input instanceof Uint8Array) {
    if (input.length > limit) return [`the input is longer than ${limit} bytes`];
    const text = fromUtf8(input);
    return text === undefined ? ['the bytes are not valid UTF-8 text'] : text;
  }
  if (input.length > limit) return [`the input is longer than ${limit} bytes`];
  if (BAD_SURROGATE.test(input)) return ['the text is not valid UTF-8 text (a lone surrogate)'];
  // A UTF-16 code unit is at most 3 UTF-8 bytes: a text that short cannot
  // exceed the limit, and its UTF-8 form need not be made just to be measured.
  if (input.length * 3 > limit && textLength(input) - 4 > limit)
    return [`the input is longer than ${limit} bytes`];
  return input;
}

const BAD_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * Reads JSON text or UTF-8 bytes of at most `limit` bytes into a JSON object
 * (steps 1–3 of §9), throwing `malformed(issues)` for anything else.
 */
export function readJsonObject(
  input: string | Uint8Array,
  limit: number,
  malformed: (issues: string[]) => Error,
): { text: string; value: Record<string, unknown> } {
  const text = readText(input, limit);
  if (typeof text !== 'string') throw malformed(text);
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw malformed(['the text is not valid JSON']);
  }
  if (!isPlainObject(value)) throw malformed(['the text is not a JSON object']);
  return { text, value };
}

/**
 * Reads an envelope from its JSON text or UTF-8 bytes (§9 steps 1–6), or
 * checks an envelope object by the same rules and copies it. The signature
 * and the encryption are checked when a party opens it.
 *
 * @throws {UnsupportedVersionError} for an envelope of another version (e.g. version 1).
 * @throws {MalformedEnvelopeError} for anything else that is not a version-2 envelope.
 */
export function parseEnvelope(input: unknown): Envelope {
  const own = sealedParts(input);
  if (own) return input as Envelope;
  return seal(readEnvelope(input));
}

/** The package's parts of any envelope input: a sealed one as it is, anything else read and copied. */
export function toSealed(input: unknown): ReturnType<typeof sealedParts> & object {
  const own = sealedParts(input);
  if (own) return own;
  const sealed = sealedParts(seal(readEnvelope(input)));
  return sealed as NonNullable<typeof sealed>;
}

function malformedEnvelope(issues: string[]): MalformedEnvelopeError {
  return new MalformedEnvelopeError(issues);
}

function readEnvelope(input: unknown): EnvelopeParts {
  if (typeof input === 'string' || input instanceof Uint8Array) {
    const { text, value } = readJsonObject(input, LIMITS.envelopeBytes, malformedEnvelope);
    versionCheck(value, 'v');
    const { value: parts, issues } = collecting((i) => readParts(i, value, 'text'));
    if (!parts) throw new MalformedEnvelopeError(issues);
    if (JSON.stringify(canonicalJson(value)) !== text) {
      throw new MalformedEnvelopeError([
        'the text is not in canonical form (docs/protocol.md §3.3)',
      ]);
    }
    return parts;
  }
  if (!isPlainObject(input)) {
    throw new MalformedEnvelopeError([
      'envelope: expected an envelope object, its JSON text or its UTF-8 bytes',
    ]);
  }
  let form: BytesForm = 'array';
  try {
    if (Object.hasOwn(input, 'v')) {
      versionCheck(input, 'v');
      form = 'text';
    } else {
      versionCheck(input, 'version');
    }
  } catch (error) {
    if (error instanceof E2eeKitError) throw error;
    throw new MalformedEnvelopeError(['the value cannot be read']);
  }
  const { value: parts, issues } = collecting((i) => readParts(i, input, form));
  if (!parts) throw new MalformedEnvelopeError(issues);
  return parts;
}
