/**
 * The live classroom's wire protocol: WebSocket frames of JSON text between
 * a phone (or the teacher's laptop) and the classroom server. One place for
 * both sides: the server reads every client frame with these schemas, the
 * clients build them with these types.
 *
 * Envelopes, commits and read receipts travel as crypto-demo's own JSON and
 * are read with crypto-demo's parsers, not here.
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
/** A lowercase, dash-separated identifier (vote questions and choices). */
const slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const code = v.pipe(v.string(), v.maxLength(16));

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
export type BundleJson = v.InferOutput<typeof BundleSchema>;

/** How a student's client found a ghost (the evidence of a `report`). */
export const REPORT_METHODS = ['roster-check', 'recipient-check', 'safety-number'] as const;
export type ReportMethod = (typeof REPORT_METHODS)[number];

export const ClientFrameSchema = v.variant('type', [
  v.strictObject({
    type: v.literal('join'),
    code,
    name: v.pipe(v.string(), v.maxLength(256)),
    bundle: BundleSchema,
    /** Only the teacher's laptop sends it: its device becomes the class's admin (role `teacher`). */
    secret: v.optional(v.pipe(v.string(), v.maxLength(128))),
  }),
  v.strictObject({
    type: v.literal('resume'),
    code,
    token: v.pipe(v.string(), v.maxLength(64)),
    /** The last sequence number this phone has; it gets every later event. */
    since: seq,
  }),
  v.strictObject({
    type: v.literal('watch'),
    code,
    secret: v.pipe(v.string(), v.maxLength(128)),
    since: seq,
  }),
  // A crypto-demo v2 envelope as JSON, read with crypto-demo's parser.
  v.strictObject({ type: v.literal('envelope'), envelope: v.unknown() }),
  // A member-signed roster change: a crypto-demo v2 commit's canonical JSON
  // text (protocol §6.2), read with crypto-demo's parser.
  v.strictObject({
    type: v.literal('commit'),
    commit: v.pipe(v.string(), v.maxLength(60_000)),
  }),
  // A signed read receipt (crypto-demo's JSON form): this phone did, or did
  // not, decrypt one envelope. Receipts are metadata the provider sees.
  v.strictObject({ type: v.literal('receipt'), receipt: v.unknown() }),
  // Spot the ghost: what this student's client found, and how.
  v.strictObject({
    type: v.literal('report'),
    method: v.picklist(REPORT_METHODS),
    /** The device the student suspects, if the check names one. */
    suspect: v.nullable(id),
    detail: v.pipe(v.string(), v.maxLength(280)),
  }),
  // A vote on the open prediction question.
  v.strictObject({ type: v.literal('vote'), question: slug, choice: slug }),
  v.strictObject({ type: v.literal('ping') }),
]);

export type ClientFrame = v.InferOutput<typeof ClientFrameSchema>;

export const FRAME_TYPES = [
  'join',
  'resume',
  'watch',
  'envelope',
  'commit',
  'receipt',
  'report',
  'vote',
  'ping',
] as const;

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
  | 'bad-receipt'
  | 'no-vote'
  | 'too-many-connections'
  | 'internal';

export interface ErrorFrame {
  readonly type: 'error';
  readonly code: ErrorCode;
  readonly message: string;
}

/** Reads one frame's text (the server's side). */
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

// ---- from the server --------------------------------------------------------

export type GroupModeJson = 'member-signed' | 'provider-managed';
export type Role = 'student' | 'teacher' | 'ghost';

/** The class as every client sees it (in `welcome` and `class` frames). */
export interface ClassState {
  readonly code: string;
  readonly conversation: string;
  readonly mode: GroupModeJson;
  readonly open: boolean;
  readonly lastSeq: number;
  /** The prediction question open for votes, if any. */
  readonly vote: { readonly question: string; readonly choices: readonly string[] } | null;
}

export interface WelcomeFrame extends ClassState {
  readonly type: 'welcome';
  /** A phone's own ids and its session token (kept to resume). */
  readonly device?: string;
  readonly user?: string;
  readonly role?: Role;
  readonly token?: string;
  /** Set for the teacher's watching connection. */
  readonly watcher?: true;
}

export interface ClassFrame extends ClassState {
  readonly type: 'class';
}

/** Every event shares one sequence number per class, in order. */
interface EventBase {
  readonly type: 'event';
  readonly seq: number;
}

export type EventFrame = EventBase &
  (
    | { readonly kind: 'device'; readonly device: BundleJson & { readonly role: Role } }
    | {
        readonly kind: 'roster';
        readonly op: 'add' | 'remove' | 'commit';
        readonly device: string;
        /** Member-signed classes: the commit's canonical JSON text. */
        readonly commit: string | null;
        readonly hidden: boolean;
        readonly suppressNotice: boolean;
        readonly accessOrder: boolean;
        readonly at: number;
      }
    | {
        readonly kind: 'envelope';
        readonly fromDevice: string;
        readonly relayedAt: number;
        /** crypto-demo's envelope JSON. */
        readonly envelope: unknown;
        /** Watchers only: the provider's own attempt to read it, with what it holds. */
        readonly provider?: { readonly readable: boolean; readonly reason: string };
      }
    /** The provider mandates key escrow: phones add a wrap for this key (crypto-demo's EscrowKeyInfo as JSON). */
    | { readonly kind: 'escrow'; readonly key: unknown; readonly at: number }
    /** Watchers only: a phone's signed read receipt, checked by the server. */
    | {
        readonly kind: 'receipt';
        readonly reader: string;
        /** crypto-demo's `envelopeId` of the envelope read. */
        readonly envelope: string;
        readonly readable: boolean;
        readonly at: number;
      }
    /** Watchers only: a student's client found a ghost. */
    | {
        readonly kind: 'report';
        readonly from: string;
        readonly method: ReportMethod;
        readonly suspect: string | null;
        readonly detail: string;
        readonly at: number;
      }
  );

/** Sent to one phone only: the provider pushes an "ordered client update" (protocol §12) naming the ghost's device. */
export interface ClientUpdateFrame {
  readonly type: 'client-update';
  readonly ghost: string;
}

/** Watchers only: the tally of the open vote (never who chose what). */
export interface VotesFrame {
  readonly type: 'votes';
  readonly question: string;
  readonly tally: Readonly<Record<string, number>>;
  readonly voters: number;
}

export type ServerFrame =
  | WelcomeFrame
  | ClassFrame
  | EventFrame
  | ClientUpdateFrame
  | VotesFrame
  | ErrorFrame
  | { readonly type: 'pong' };
