/**
 * Envelopes to and from JSON (version 1, bytes as unpadded base64url), read
 * with a schema so that any other input is refused with a
 * {@link MalformedEnvelopeError} that says where it is wrong.
 */
import * as v from 'valibot';
import { fromBase64url, fromUtf8, toBase64url } from './bytes.js';
import {
  KEY_BYTES,
  NONCE_BYTES,
  PROTOCOL_SUITE,
  PROTOCOL_VERSION,
  SIGNATURE_BYTES,
  TAG_BYTES,
  WRAPPED_KEY_BYTES,
  type Envelope,
} from './envelope.js';
import { MalformedEnvelopeError } from './errors.js';

/** Limits that keep a hostile input from costing much; see docs/protocol.md. */
export const LIMITS = {
  /** Characters of JSON text read at most. */
  jsonLength: 16 * 1024 * 1024,
  /** UTF-8 bytes of a conversation, user or device id. */
  idLength: 128,
  /** Bytes of ciphertext (1 MiB). */
  ciphertextBytes: 1024 * 1024,
  /** Wrapped keys in one envelope. */
  wraps: 10_000,
} as const;

const id = v.pipe(
  v.string(),
  v.minLength(1, 'must not be empty'),
  // A lone surrogate has no UTF-8 form: it would be hashed as U+FFFD, so two
  // different ids would share one signature (and dodge the replay check).
  v.check((s) => !/\p{Cs}/u.test(s), 'must be well-formed Unicode (no lone surrogate)'),
  v.maxBytes(LIMITS.idLength, `must be at most ${LIMITS.idLength} bytes`),
);

function bytes(min: number, max = min) {
  return v.pipe(
    v.string(),
    v.rawTransform<string, Uint8Array>(({ dataset, addIssue, NEVER }) => {
      const decoded = fromBase64url(dataset.value);
      if (!decoded) {
        addIssue({ message: 'is not canonical unpadded base64url' });
        return NEVER;
      }
      if (decoded.length < min || decoded.length > max) {
        addIssue({
          message: min === max ? `expected ${min} bytes, got ${decoded.length}` : `expected ${min} to ${max} bytes, got ${decoded.length}`,
        });
        return NEVER;
      }
      return decoded;
    }),
  );
}

const counter = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(1, 'must be at least 1'));
const timestamp = v.pipe(v.number(), v.safeInteger('must be a whole number'), v.minValue(0, 'must not be negative'));

/** The JSON shape of a version-1 envelope. */
export const EnvelopeJsonSchema = v.pipe(
  v.strictObject({
    v: v.literal(PROTOCOL_VERSION, `unsupported version (this reader knows version ${PROTOCOL_VERSION})`),
    suite: v.literal(PROTOCOL_SUITE, `unsupported algorithms (expected ${PROTOCOL_SUITE})`),
    header: v.strictObject({
      conversation: id,
      senderUser: id,
      senderDevice: id,
      senderKey: bytes(KEY_BYTES),
      counter,
      sentAt: timestamp,
    }),
    nonce: bytes(NONCE_BYTES),
    ciphertext: bytes(TAG_BYTES, LIMITS.ciphertextBytes + TAG_BYTES),
    wraps: v.pipe(
      v.array(v.strictObject({ to: id, nonce: bytes(NONCE_BYTES), key: bytes(WRAPPED_KEY_BYTES) })),
      v.minLength(1, 'must hold at least one wrapped key'),
      v.maxLength(LIMITS.wraps, `must hold at most ${LIMITS.wraps} wrapped keys`),
      v.check((wraps) => new Set(wraps.map((w) => w.to)).size === wraps.length, 'names a recipient twice'),
    ),
    signature: bytes(SIGNATURE_BYTES),
  }),
  v.transform(
    (json): Envelope => ({
      version: json.v,
      header: json.header,
      nonce: json.nonce,
      ciphertext: json.ciphertext,
      wraps: json.wraps,
      signature: json.signature,
    }),
  ),
);

/** The JSON object of an envelope, before `JSON.stringify`. */
export interface EnvelopeJson {
  v: typeof PROTOCOL_VERSION;
  suite: typeof PROTOCOL_SUITE;
  header: {
    conversation: string;
    senderUser: string;
    senderDevice: string;
    senderKey: string;
    counter: number;
    sentAt: number;
  };
  nonce: string;
  ciphertext: string;
  wraps: { to: string; nonce: string; key: string }[];
  signature: string;
}

/**
 * The JSON object of an envelope (bytes as unpadded base64url).
 *
 * @example
 * ```ts
 * const json = envelopeToJson(sent.envelope);
 * json.wraps.map((w) => w.to); // ['alice/phone', 'bob/phone']
 * ```
 */
export function envelopeToJson(envelope: Envelope): EnvelopeJson {
  const h = envelope.header;
  return {
    v: envelope.version,
    suite: PROTOCOL_SUITE,
    header: {
      conversation: h.conversation,
      senderUser: h.senderUser,
      senderDevice: h.senderDevice,
      senderKey: toBase64url(h.senderKey),
      counter: h.counter,
      sentAt: h.sentAt,
    },
    nonce: toBase64url(envelope.nonce),
    ciphertext: toBase64url(envelope.ciphertext),
    wraps: envelope.wraps.map((w) => ({ to: w.to, nonce: toBase64url(w.nonce), key: toBase64url(w.key) })),
    signature: toBase64url(envelope.signature),
  };
}

/**
 * Serializes an envelope to compact JSON text, the form it travels in.
 *
 * @example
 * ```ts
 * const text = serializeEnvelope(sent.envelope);
 * const same = parseEnvelope(text);
 * ```
 */
export function serializeEnvelope(envelope: Envelope): string {
  return JSON.stringify(envelopeToJson(envelope));
}

/**
 * Reads an envelope from JSON text, UTF-8 bytes, or an already parsed value.
 * It checks the shape and the byte lengths only; the signature and the
 * encryption are checked when a party opens it.
 *
 * @throws {MalformedEnvelopeError} for anything that is not a version-1 envelope.
 */
export function parseEnvelope(input: unknown): Envelope {
  let value: unknown = input;
  if (input instanceof Uint8Array) {
    const text = fromUtf8(input);
    if (text === undefined) throw new MalformedEnvelopeError(['the bytes are not valid UTF-8 text']);
    value = text;
  }
  if (typeof value === 'string') {
    if (value.length > LIMITS.jsonLength) {
      throw new MalformedEnvelopeError([`the text is longer than ${LIMITS.jsonLength} characters`]);
    }
    try {
      value = JSON.parse(value);
    } catch (cause) {
      throw new MalformedEnvelopeError(['the text is not valid JSON'], { cause });
    }
  }
  const result = v.safeParse(EnvelopeJsonSchema, value);
  if (!result.success) {
    throw new MalformedEnvelopeError(
      result.issues.map((issue) => `${v.getDotPath(issue) ?? 'envelope'}: ${issue.message}`),
    );
  }
  return result.output;
}
