/**
 * Signed read receipts (docs/protocol.md §19): a device says, with its own
 * Ed25519 signing key, whether it could read one envelope. The provider (or
 * anyone with the directory) checks the signature against the reader's
 * certified bundle. A receipt is metadata the provider sees: who read what,
 * and when.
 */
import { ByteWriter, fromBase64url, toBase64url } from './bytes.js';
import type { KitContext } from './context.js';
import { SIGNATURE_BYTES } from './envelope.js';
import {
  E2eeKitError,
  MalformedInputError,
  TamperedReceiptError,
  UncertifiedDeviceError,
  UnknownParticipantError,
  UnsupportedVersionError,
} from './errors.js';
import { isCertified, type DeviceBundle } from './identity.js';
import {
  collecting,
  exactKeys,
  isPlainObject,
  readBytes,
  readDeviceId,
  readInt,
  readJsonObject,
  type BytesForm,
  type Issues,
} from './wire.js';

/** A device's signed statement that it could, or could not, read one envelope (§19). */
export interface ReadReceipt {
  /** The envelope's `envelopeId` (12 characters of base64url: 9 bytes of its signature). */
  readonly envelope: string;
  /** The device id of the reader, which signed the receipt. */
  readonly reader: string;
  /** Whether the reader decrypted the envelope. */
  readonly readable: boolean;
  /** The reader's clock, ms since 1970 (signed, not checked: §16). */
  readonly at: number;
  /** 64 bytes: the reader's Ed25519 signature over the receipt bytes of §19. */
  readonly signature: Uint8Array;
}

const RECEIPT_DOMAIN = 'e2ee-kit/v2/read-receipt';
/** Bytes of an `envelopeId`. */
const ENVELOPE_ID_BYTES = 9;
/** The longest receipt text read: ids are at most 128 bytes, so a real one is under 600. */
const MAX_RECEIPT_BYTES = 2_048;
const JSON_KEYS = ['v', 'type', 'envelope', 'reader', 'readable', 'at', 'signature'] as const;
const VALUE_KEYS = ['envelope', 'reader', 'readable', 'at', 'signature'] as const;

/** `receipt_bytes` of §19: what the reader signs. */
export function receiptBytes(r: Omit<ReadReceipt, 'signature'>): Uint8Array {
  return new ByteWriter(256)
    .text(RECEIPT_DOMAIN)
    .text(r.reader)
    .bytes(fromBase64url(r.envelope) ?? new Uint8Array(0))
    .raw(Uint8Array.of(r.readable ? 1 : 0))
    .u64(r.at)
    .finish();
}

/** A frozen receipt signed by `sign`. */
export function signReceipt(
  fields: Omit<ReadReceipt, 'signature'>,
  sign: (message: Uint8Array) => Uint8Array,
): ReadReceipt {
  return freeze({ ...fields, signature: sign(receiptBytes(fields)) });
}

function freeze(r: ReadReceipt): ReadReceipt {
  return Object.freeze({
    envelope: r.envelope,
    reader: r.reader,
    readable: r.readable,
    at: r.at,
    signature: r.signature.slice(),
  });
}

function jsonObject(r: ReadReceipt): Record<string, unknown> {
  return {
    v: 2,
    type: 'read-receipt',
    envelope: r.envelope,
    reader: r.reader,
    readable: r.readable,
    at: r.at,
    signature: toBase64url(r.signature),
  };
}

function readFields(i: Issues, o: Record<string, unknown>, form: BytesForm): ReadReceipt {
  if (form === 'text') {
    exactKeys(i, o, JSON_KEYS, 'receipt');
    if (o.type !== 'read-receipt') i.add('type', 'must be "read-receipt"');
  } else {
    exactKeys(i, o, VALUE_KEYS, 'receipt');
  }
  const envelope = o.envelope;
  readBytes(i, envelope, 'envelope', 'text', ENVELOPE_ID_BYTES);
  const reader = readDeviceId(i, o.reader, 'reader');
  if (typeof o.readable !== 'boolean') i.add('readable', 'must be true or false');
  return {
    envelope: typeof envelope === 'string' ? envelope : '',
    reader,
    readable: o.readable === true,
    at: readInt(i, o.at, 'at', 0),
    signature: readBytes(i, o.signature, 'signature', form, SIGNATURE_BYTES),
  };
}

const malformed = (issues: string[]) => new MalformedInputError('read receipt', issues);

function versionOf(o: Record<string, unknown>): void {
  if (!Object.hasOwn(o, 'v')) throw malformed(['receipt: missing field "v"']);
  if (o.v !== 2) throw new UnsupportedVersionError(o.v);
}

/**
 * Reads a read receipt: its canonical JSON text (or UTF-8 bytes), the JSON
 * value of that text (as a frame carries it), or a {@link ReadReceipt}
 * value (signature as bytes). Checks every field and length and that the
 * text is the one canonical form; it does not check the signature (that is
 * {@link Provider.checkReadReceipt}).
 *
 * @throws {MalformedInputError} (`what: 'read receipt'`) for anything that is not a receipt.
 * @throws {UnsupportedVersionError} for a receipt of another version.
 */
export function parseReadReceipt(input: unknown): ReadReceipt {
  try {
    if (typeof input === 'string' || input instanceof Uint8Array) {
      const { text, value } = readJsonObject(input, MAX_RECEIPT_BYTES, malformed);
      versionOf(value);
      const { value: r, issues } = collecting((i) => readFields(i, value, 'text'));
      if (!r) throw malformed(issues);
      if (JSON.stringify(jsonObject(r)) !== text)
        throw malformed(['the text is not in canonical form (docs/protocol.md §3.3)']);
      return freeze(r);
    }
    if (!isPlainObject(input)) {
      throw malformed(['receipt: expected a receipt, its JSON text or its JSON value']);
    }
    const form: BytesForm = Object.hasOwn(input, 'v') ? 'text' : 'array';
    if (form === 'text') versionOf(input);
    const { value: r, issues } = collecting((i) => readFields(i, input, form));
    if (!r) throw malformed(issues);
    if (form === 'text' && JSON.stringify(jsonObject(r)) !== JSON.stringify(input))
      throw malformed(['the value is not the canonical form (field order, docs/protocol.md §3.3)']);
    return freeze(r);
  } catch (error) {
    if (error instanceof E2eeKitError) throw error;
    // A hostile value (a getter that throws, a proxy): not a receipt.
    throw malformed(['the value cannot be read']);
  }
}

/**
 * The canonical JSON text of a read receipt (§19), as a phone sends it.
 *
 * @throws {MalformedInputError} if `receipt` is not a well-formed receipt.
 */
export function receiptToJson(receipt: ReadReceipt): string {
  return JSON.stringify(jsonObject(parseReadReceipt(receipt)));
}

/**
 * The checks of §19: the reader's certified bundle from a directory, then
 * the signature with its signing key.
 */
export function checkReceipt(
  ctx: KitContext,
  input: unknown,
  find: (device: string) => DeviceBundle | undefined,
): ReadReceipt {
  const r = parseReadReceipt(input);
  const bundle = find(r.reader);
  if (!bundle) throw new UnknownParticipantError(r.reader);
  if (!isCertified(ctx.sodium, bundle))
    throw new UncertifiedDeviceError(bundle.device, bundle.user);
  let ok: boolean;
  try {
    ok = ctx.sodium.crypto_sign_verify_detached(r.signature, receiptBytes(r), bundle.signingKey);
  } catch {
    ok = false;
  }
  if (!ok) throw new TamperedReceiptError(r.reader);
  return r;
}
