/**
 * The WebSocket frames between a phone (or a projector) and the server, as
 * JSON text. Every frame from a client is read with a schema; anything else
 * gets a typed error frame.
 */
import * as v from 'valibot';

/** Device and user ids: short ASCII, safe to log and to show. */
const id = v.pipe(
  v.string(),
  v.regex(/^[A-Za-z0-9._:/-]{1,64}$/, 'must be 1 to 64 of A-Z a-z 0-9 . _ : / -'),
);
/** Unpadded base64url text; lengths are checked after decoding. */
const b64 = v.pipe(v.string(), v.maxLength(128), v.regex(/^[A-Za-z0-9_-]*$/, 'must be base64url'));
const seq = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

/**
 * A crypto-demo v2 device bundle (protocol §4.3), keys as base64url. `name`
 * is covered by the certificate, so it must be the display name the phone
 * joins with.
 */
export const BundleSchema = v.strictObject({
  device: id,
  user: id,
  name: v.pipe(v.string(), v.maxLength(256)),
  identityKey: b64,
  signingKey: b64,
  agreementKey: b64,
  certificate: b64,
});

export const ClientFrameSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('join'),
    code: v.pipe(v.string(), v.maxLength(16)),
    name: v.pipe(v.string(), v.maxLength(256)),
    bundle: BundleSchema,
  }),
  v.strictObject({
    type: v.literal('resume'),
    code: v.pipe(v.string(), v.maxLength(16)),
    token: v.pipe(v.string(), v.maxLength(64)),
    /** The last sequence number this phone has; it gets every later event. */
    since: seq,
  }),
  v.strictObject({
    type: v.literal('watch'),
    code: v.pipe(v.string(), v.maxLength(16)),
    secret: v.pipe(v.string(), v.maxLength(128)),
    since: seq,
  }),
  // The envelope's own schema is crypto-demo's (src/provider/crypto.ts).
  v.strictObject({ type: v.literal('envelope'), envelope: v.unknown() }),
  // A member-signed roster change: a crypto-demo v2 commit's canonical JSON
  // text (protocol §6.2), read with crypto-demo's parser (src/provider/crypto.ts).
  v.strictObject({
    type: v.literal('commit'),
    commit: v.pipe(v.string(), v.maxLength(60_000)),
  }),
  v.strictObject({ type: v.literal('ping') }),
]);

export type ClientFrame = v.InferOutput<typeof ClientFrameSchema>;

export const FRAME_TYPES = ['join', 'resume', 'watch', 'envelope', 'commit', 'ping'] as const;

/** Codes of the error frames; each comes with a human message. */
export type ErrorCode =
  | 'malformed'
  | 'too-large'
  | 'unknown-type'
  | 'rate-limited'
  | 'not-joined'
  | 'already-joined'
  | 'unknown-class'
  | 'class-closed'
  | 'class-full'
  | 'bad-name'
  | 'name-taken'
  | 'device-taken'
  | 'bad-bundle'
  | 'bad-token'
  | 'forbidden'
  | 'bad-envelope'
  | 'wrong-sender'
  | 'not-a-member'
  | 'bad-signature'
  | 'duplicate'
  | 'bad-commit'
  | 'too-many-connections'
  | 'internal';

export interface ErrorFrame {
  readonly type: 'error';
  readonly code: ErrorCode;
  readonly message: string;
}

/** Reads one frame's text. */
export function readFrame(
  text: string,
):
  | { ok: true; frame: ClientFrame }
  | { ok: false; code: 'malformed' | 'unknown-type'; message: string } {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, code: 'malformed', message: 'The frame is not JSON.' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, code: 'malformed', message: 'The frame is not a JSON object.' };
  }
  const type = (value as { type?: unknown }).type;
  if (typeof type !== 'string' || !(FRAME_TYPES as readonly string[]).includes(type)) {
    return { ok: false, code: 'unknown-type', message: `Frame types: ${FRAME_TYPES.join(', ')}.` };
  }
  const result = v.safeParse(ClientFrameSchema, value);
  if (!result.success) {
    const issue = result.issues[0];
    // Only paths and the schema's own messages: never the values themselves.
    const path = v.getDotPath(issue) ?? type;
    return {
      ok: false,
      code: 'malformed',
      message: `${type} frame: ${path}: ${issue.expected ?? 'invalid'}`,
    };
  }
  return { ok: true, frame: result.output };
}
