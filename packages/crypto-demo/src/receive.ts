/**
 * The receiving half of the protocol (docs/protocol.md §9): the checks and
 * the unwrap → commitment → decrypt step shared by devices and escrow key
 * holders, then a device's {@link Receiver} (replay set, messages, tryRead).
 */
import { equalBytes, fromUtf8, toBase64url } from './bytes.js';
import { ZERO32 } from './commits.js';
import type { KitContext } from './context.js';
import {
  contentKey,
  sealedCore,
  keyCommitment,
  sealedHeaderBytes,
  sealedHeaderHash,
  sealedSignedBytes,
  sealedWrap,
  sealedWrapAd,
  type Envelope,
  type Sealed,
  type WrappedKey,
} from './envelope.js';
import {
  E2eeKitError,
  ForkError,
  KeyCommitmentError,
  MalformedInputError,
  ModeMismatchError,
  NotAMemberError,
  NotARecipientError,
  ReplayedMessageError,
  SenderKeyMismatchError,
  StaleEpochError,
  TamperedEnvelopeError,
  UncertifiedDeviceError,
  UnknownEpochError,
  UnknownParticipantError,
  InvalidArgumentError,
  UnsupportedVersionError,
} from './errors.js';
import { isCertified, type DeviceBundle } from './identity.js';
import type { PairKeyCache } from './pair-keys.js';
import type { ReadAttempt, ReadOptions, UnreadableReason } from './party.js';
import type { Provider } from './provider.js';
import { Roster } from './roster.js';
import type { Trace } from './trace.js';
import {
  LIMITS,
  collecting,
  exactKeys,
  readDeviceId,
  readJsonObject,
  toSealed,
  type Issues,
} from './wire.js';

// Verifying a signature is a public computation, so its outcome is shared by
// every party that checks the same content with the same key: whoCanRead
// checks 30 parties without 30 Ed25519 verifications. Keyed on content,
// never on an object.
const verified = new Map<string, boolean>();
const MAX_VERIFIED = 4096;

/** Ed25519 check of the envelope's signature with `signingKey` (§9 step 10). */
export function verifySignature(
  ctx: KitContext,
  s: Sealed,
  signer: DeviceBundle,
  party: string,
  trace: Trace | undefined,
): boolean {
  // First the envelope's own memo, per frozen bundle (both are values: they cannot change).
  const memo = (s.memo.verified ??= new WeakMap());
  let ok = memo.get(signer);
  const signingKey = ok === undefined || trace ? signer.signingKey : undefined;
  if (ok === undefined) {
    const key = contentKey(ctx.sodium, s) + '.' + toBase64url(signingKey as Uint8Array);
    ok = verified.get(key);
    if (ok === undefined) {
      try {
        ok = ctx.sodium.crypto_sign_verify_detached(
          s.signature,
          sealedSignedBytes(ctx.sodium, s),
          signingKey as Uint8Array,
        );
      } catch {
        ok = false;
      }
      if (verified.size >= MAX_VERIFIED) verified.clear();
      verified.set(key, ok);
    }
    memo.set(signer, ok);
  }
  trace?.add({
    step: 'verify',
    party,
    ok,
    signature: s.signature.slice(),
    signingKey: (signingKey as Uint8Array).slice(),
  });
  return ok;
}

/**
 * The provider-side checks of an envelope (docs/protocol.md §11.2): the
 * sender's certified bundle from a directory, the sender's user and key,
 * then the signature. Used by escrow holders and by `Provider.checkEnvelope`.
 *
 * @returns the sender's bundle.
 */
export function checkDirectorySender(
  ctx: KitContext,
  s: Sealed,
  find: (device: string) => DeviceBundle | undefined,
  party: string,
  trace: Trace | undefined,
): DeviceBundle {
  const h = s.header;
  const bundle = find(h.senderDevice);
  if (!bundle) throw new UnknownParticipantError(h.senderDevice);
  if (!isCertified(ctx.sodium, bundle))
    throw new UncertifiedDeviceError(bundle.device, bundle.user);
  if (bundle.user !== h.senderUser || !equalBytes(bundle.agreementKey, h.senderKey)) {
    throw new SenderKeyMismatchError(h.senderDevice);
  }
  if (!verifySignature(ctx, s, bundle, party, trace)) throw new TamperedEnvelopeError('signature');
  return bundle;
}

/** Outcome of trying one wrapped key, the commitment, then the body. */
export type OpenOutcome =
  | { readonly ok: true; readonly text: string }
  | {
      readonly ok: false;
      readonly failed: 'wrapped-key' | 'commitment' | 'ciphertext' | 'plaintext';
    };

/** §9 steps 13 (unwrap), 14 (key commitment), 15 and 16 (decrypt, UTF-8). */
export function openWith(
  ctx: KitContext,
  s: Sealed,
  wrap: WrappedKey,
  key: Uint8Array,
  party: string,
  trace: Trace | undefined,
): OpenOutcome {
  const { sodium } = ctx;
  let messageKey: Uint8Array;
  try {
    messageKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      wrap.key,
      sealedWrapAd(sodium, s, wrap.to),
      wrap.nonce,
      key,
    );
  } catch {
    trace?.add({
      step: 'unwrap',
      party,
      ok: false,
      wrappedKey: wrap.key.slice(),
      messageKey: undefined,
    });
    return { ok: false, failed: 'wrapped-key' };
  }
  trace?.add({
    step: 'unwrap',
    party,
    ok: true,
    wrappedKey: wrap.key.slice(),
    messageKey: messageKey.slice(),
  });
  const commitment = keyCommitment(sodium, messageKey, sealedCore(s));
  if (!sodium.memcmp(commitment, s.header.commitment)) {
    messageKey.fill(0);
    return { ok: false, failed: 'commitment' };
  }
  let plaintext: Uint8Array | undefined;
  try {
    plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      s.ciphertext,
      sealedHeaderBytes(s),
      s.nonce,
      messageKey,
    );
  } catch {
    plaintext = undefined;
  } finally {
    messageKey.fill(0);
  }
  const text = plaintext && fromUtf8(plaintext);
  trace?.add({
    step: 'decrypt',
    party,
    ok: text !== undefined,
    ciphertext: s.ciphertext.slice(),
    plaintext: plaintext?.slice(),
    text,
  });
  if (!plaintext) return { ok: false, failed: 'ciphertext' };
  return text === undefined ? { ok: false, failed: 'plaintext' } : { ok: true, text };
}

/** The typed error of a failed {@link OpenOutcome}. */
export function outcomeError(
  failed: Exclude<OpenOutcome, { ok: true }>['failed'],
  device: string,
): E2eeKitError {
  return failed === 'commitment'
    ? new KeyCommitmentError(device)
    : new TamperedEnvelopeError(failed);
}

/**
 * The wraps in the order a party should try them: the one addressed to `to`
 * first, then all the others. Lazy, so that a party whose own wrap opens
 * stops there: whoCanRead over n parties costs O(n) unwraps, not O(n²).
 */
export function* wrapsToTry(s: Sealed, to: string): Generator<WrappedKey, void, undefined> {
  const own = sealedWrap(s, to);
  if (own) yield own;
  for (const w of s.wraps) if (w.to !== to) yield w;
}

/** The `unreadable` reason of a typed error, for `tryRead`. */
export function reasonOf(error: unknown): UnreadableReason {
  if (!(error instanceof E2eeKitError)) return 'tampered';
  switch (error.code) {
    case 'not-a-recipient':
      return 'not-a-recipient';
    case 'unknown-participant':
    case 'uncertified-device':
    case 'sender-key-mismatch':
    case 'not-a-member':
    case 'stale-epoch':
      return 'unknown-sender';
    default:
      return 'tampered';
  }
}

/** A message this device opened. */
export interface ReceivedMessage {
  readonly conversation: string;
  readonly from: { readonly user: string; readonly device: string; readonly name: string };
  readonly counter: number;
  /** The sender's clock (signed, not checked: docs/protocol.md §16). */
  readonly sentAt: number;
  /** This device's clock when it opened the message. */
  readonly receivedAt: number;
  readonly text: string;
  /** Devices outside this client's roster that the message was also encrypted for (§10.1); empty if none or not checked. */
  readonly unexpectedRecipients: readonly string[];
  readonly envelope: Envelope;
}

/** What `Device.receive` returns. */
export interface ReceiveResult {
  messages: ReceivedMessage[];
  /** Inputs that failed a check, each with its typed error. */
  refused: { envelope: unknown; error: E2eeKitError }[];
}

/** What a receiver needs of its device. */
export interface ReceiverParts {
  readonly ctx: KitContext;
  readonly provider: Provider;
  readonly own: DeviceBundle;
  readonly role: 'member' | 'ghost';
  readonly careful: boolean;
  readonly roster: Roster;
  readonly pairKeys: PairKeyCache;
}

/** The checked sender of an envelope and the reference for the recipient check. */
interface CheckedSender {
  readonly bundle: DeviceBundle;
  readonly verifying: boolean;
}

/** One device's receiving state: the header hashes it accepted and the messages it opened. */
export class Receiver {
  readonly #p: ReceiverParts;
  /** Header hashes (base64url) of accepted envelopes (§14). */
  readonly #seen = new Set<string>();
  /** Accepted through `open` and not yet met again in the inbox. */
  readonly #openedDirectly = new Set<string>();
  readonly #messages: ReceivedMessage[] = [];

  constructor(parts: ReceiverParts) {
    this.#p = parts;
  }

  /** See `Device.open`. */
  open(input: unknown, trace: Trace | undefined): ReceivedMessage {
    const message = this.#open(input, trace);
    this.#openedDirectly.add(this.#hashOf(message.envelope));
    return message;
  }

  #hashOf(envelope: Envelope): string {
    return toBase64url(sealedHeaderHash(this.#p.ctx.sodium, toSealed(envelope)));
  }

  #open(input: unknown, trace: Trace | undefined): ReceivedMessage {
    const { ctx, own, pairKeys } = this.#p;
    const s = toSealed(input);
    const h = s.header;
    const sender = this.#checkSender(s, trace);
    const hash = toBase64url(sealedHeaderHash(ctx.sodium, s));
    if (this.#seen.has(hash)) throw new ReplayedMessageError(h.senderDevice, h.counter);
    const wrap = sealedWrap(s, own.device);
    if (!wrap) {
      trace?.add({
        step: 'unwrap',
        party: own.device,
        ok: false,
        wrappedKey: undefined,
        messageKey: undefined,
      });
      throw new NotARecipientError(own.device);
    }
    const key = pairKeys.get(h.senderKey, 'read', h.senderDevice);
    const outcome = openWith(ctx, s, wrap, key, own.device, trace);
    if (!outcome.ok) throw outcomeError(outcome.failed, own.device);
    const unexpected = sender.verifying
      ? this.#p.roster.recipientCheck(
          h.conversation,
          h.epoch,
          s.wraps.map((w) => w.to),
          h.senderDevice,
          sealedHeaderHash(ctx.sodium, s),
        )
      : [];
    this.#seen.add(hash);
    const message: ReceivedMessage = Object.freeze({
      conversation: h.conversation,
      from: Object.freeze({
        user: sender.bundle.user,
        device: sender.bundle.device,
        name: sender.bundle.name,
      }),
      counter: h.counter,
      sentAt: h.sentAt,
      receivedAt: ctx.now(),
      text: outcome.text,
      unexpectedRecipients: Object.freeze(unexpected),
      envelope: parsedValue(input),
    });
    this.#messages.push(message);
    return message;
  }

  /** See `Device.receive`. */
  receive(options: ReadOptions): ReceiveResult {
    const messages: ReceivedMessage[] = [];
    const refused: ReceiveResult['refused'] = [];
    for (const item of this.#p.provider.collect(this.#p.own.device)) {
      try {
        // An envelope this device already opened through `open` is not a replay the first time it
        // comes through the inbox: it is the same delivery.
        const s = toSealed(item);
        const hash = toBase64url(sealedHeaderHash(this.#p.ctx.sodium, s));
        if (this.#openedDirectly.delete(hash) && this.#seen.has(hash)) continue;
        messages.push(this.#open(item, options.trace));
      } catch (error) {
        refused.push({ envelope: item, error: asTyped(error) });
      }
    }
    return { messages, refused };
  }

  /** See `Device.messages`. */
  messages(conversation?: string): ReceivedMessage[] {
    return this.#messages.filter(
      (m) => conversation === undefined || m.conversation === conversation,
    );
  }

  /** See `Device.tryRead`: the same checks as `open` but the replay check, and nothing is remembered. */
  tryRead(input: unknown, options: ReadOptions): ReadAttempt {
    const { ctx, own, pairKeys } = this.#p;
    const { trace } = options;
    let s: Sealed;
    let sender: CheckedSender;
    try {
      s = toSealed(input);
      sender = this.#checkSender(s, trace);
    } catch (error) {
      const typed = asTyped(error);
      return { canRead: false, reason: reasonOf(typed), error: typed.code };
    }
    let key: Uint8Array;
    try {
      key = pairKeys.get(s.header.senderKey, 'read', s.header.senderDevice);
    } catch (error) {
      return { canRead: false, reason: 'unknown-sender', error: asTyped(error).code };
    }
    let failure: E2eeKitError | undefined;
    for (const wrap of wrapsToTry(s, own.device)) {
      const outcome = openWith(ctx, s, wrap, key, own.device, trace);
      if (outcome.ok) {
        const reason = this.#p.role === 'ghost' ? 'ghost' : 'member';
        const unexpected = sender.verifying ? this.#unexpected(s) : [];
        return {
          canRead: true,
          reason,
          text: outcome.text,
          via: wrap.to,
          unexpectedRecipients: unexpected,
        };
      }
      if (outcome.failed !== 'wrapped-key') failure ??= outcomeError(outcome.failed, own.device);
    }
    return failure
      ? { canRead: false, reason: 'tampered', error: failure.code }
      : { canRead: false, reason: 'not-a-recipient', error: 'not-a-recipient' };
  }

  /** The recipient check without recording a notice (for tryRead). */
  #unexpected(s: Sealed): string[] {
    const h = s.header;
    const roster = this.#p.roster;
    const reference =
      h.mode === 'member-signed'
        ? (roster.current(h.conversation).mode === 'member-signed'
            ? (
                roster.current(h.conversation) as {
                  chain: { roster(e: number): readonly DeviceBundle[] };
                }
              ).chain.roster(h.epoch)
            : []
          ).map((b) => b.device)
        : roster.visibleRoster(h.conversation).map((b) => b.device);
    const escrow = new Set(this.#p.provider.escrowKeys().map((e) => `escrow:${e.id}`));
    const known = new Set(reference);
    return s.wraps.map((w) => w.to).filter((to) => !known.has(to) && !escrow.has(to));
  }

  /** §9 steps 7–10: conversation, mode, epoch, the sender's bundle and key, the signature. */
  #checkSender(s: Sealed, trace: Trace | undefined): CheckedSender {
    const { ctx, provider, own, roster } = this.#p;
    const h = s.header;
    // Step 7.
    const known = roster.knownMode(h.conversation);
    let synced = roster.current(h.conversation);
    if (h.mode !== (known ?? synced.mode))
      throw new ModeMismatchError(h.conversation, synced.mode, h.mode);
    let bundle: DeviceBundle | undefined;
    if (synced.mode === 'provider-managed') {
      if (h.epoch !== 0 || !equalBytes(h.state, ZERO32)) {
        throw new ModeMismatchError(h.conversation, 'provider-managed', `epoch ${h.epoch}`);
      }
      // Step 8: the directory's bundle, certified.
      bundle = provider.directory.find(h.senderDevice);
      if (!bundle) throw new UnknownParticipantError(h.senderDevice);
      if (!isCertified(ctx.sodium, bundle))
        throw new UncertifiedDeviceError(bundle.device, bundle.user);
    } else {
      if (h.epoch === 0) throw new ModeMismatchError(h.conversation, 'member-signed', 'epoch 0');
      if (h.epoch > synced.epoch) synced = roster.catchUp(h.conversation);
      if (synced.mode !== 'member-signed')
        throw new ModeMismatchError(h.conversation, 'member-signed', synced.mode);
      const E = synced.epoch;
      if (h.epoch > E) throw new UnknownEpochError(h.conversation, h.epoch, E);
      if (!equalBytes(h.state, synced.chain.state(h.epoch) as Uint8Array)) {
        throw new ForkError(h.conversation, h.epoch, 'state');
      }
      bundle = synced.chain.roster(h.epoch).find((b) => b.device === h.senderDevice);
      if (!bundle) throw new NotAMemberError(h.senderDevice, h.conversation);
      if (h.epoch < E) {
        const now = synced.chain.roster(E).find((b) => b.device === h.senderDevice);
        if (!now || !Roster.sameKeys(now, bundle))
          throw new StaleEpochError(h.conversation, h.epoch, E);
      }
    }
    // Step 9.
    if (bundle.user !== h.senderUser || !equalBytes(bundle.agreementKey, h.senderKey)) {
      throw new SenderKeyMismatchError(h.senderDevice);
    }
    // Step 10.
    if (!verifySignature(ctx, s, bundle, own.device, trace))
      throw new TamperedEnvelopeError('signature');
    const verifying = synced.mode === 'member-signed' || this.#p.careful;
    return { bundle, verifying };
  }

  /** The replay state of §14, as its canonical JSON text. */
  exportReplayState(): string {
    const seen = [...this.#seen].map((b) => ({ b, bytes: fromB64(b) }));
    seen.sort((x, y) => compareBytes(x.bytes, y.bytes));
    return JSON.stringify({
      v: 2,
      type: 'replay-state',
      device: this.#p.own.device,
      seen: seen.map((x) => x.b),
    });
  }

  /**
   * Adds an exported replay state to this device's (§14): a client that
   * reloads still refuses replays. Never removes an entry.
   *
   * @throws {MalformedInputError} for a text that is not a canonical replay state.
   * @throws {UnsupportedVersionError} for another version.
   * @throws {InvalidArgumentError} if it is another device's state.
   */
  importReplayState(input: string | Uint8Array): void {
    const malformed = (issues: string[]) => new MalformedInputError('replay state', issues);
    const { text, value } = readJsonObject(input, LIMITS.replayStateBytes, malformed);
    if (!Object.hasOwn(value, 'v')) throw malformed(['replay state: missing field "v"']);
    if (value.v !== 2) throw new UnsupportedVersionError(value.v);
    const { value: state, issues } = collecting((i: Issues) => {
      exactKeys(i, value, ['v', 'type', 'device', 'seen'], 'replay state');
      if (value.type !== 'replay-state') i.add('type', 'must be "replay-state"');
      const device = readDeviceId(i, value.device, 'device');
      const list = value.seen;
      if (!Array.isArray(list) || list.length > LIMITS.replayEntries) {
        i.add('seen', `must be a list of at most ${LIMITS.replayEntries} header hashes`);
        return undefined;
      }
      for (let k = 0; k < list.length; k++) {
        const item: unknown = list[k];
        if (typeof item !== 'string' || item.length !== 43 || fromB64(item).length !== 32)
          i.add(`seen.${k}`, 'must be 32 bytes of base64url');
      }
      return { device, seen: list as string[] };
    });
    if (!state) throw malformed(issues);
    const canonical = JSON.stringify({
      v: 2,
      type: 'replay-state',
      device: state.device,
      seen: [...state.seen].sort((a, b) => compareBytes(fromB64(a), fromB64(b))),
    });
    if (canonical !== text || new Set(state.seen).size !== state.seen.length) {
      throw malformed([
        'the text is not in canonical form (sorted, no repeats, docs/protocol.md §14)',
      ]);
    }
    if (state.device !== this.#p.own.device) {
      throw new InvalidArgumentError(
        `This replay state belongs to ${state.device}, not to ${this.#p.own.device}.`,
      );
    }
    for (const h of state.seen) this.#seen.add(h);
  }
}

function fromB64(s: string): Uint8Array {
  // Local import-free decoding through the shared helper.
  return base64(s) ?? new Uint8Array(0);
}

import { fromBase64url as base64 } from './bytes.js';

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}

/** The frozen envelope value for an input (the input itself if it is one). */
function parsedValue(input: unknown): Envelope {
  return parseEnvelopeValue(input);
}

import { parseEnvelope as parseEnvelopeValue } from './wire.js';

/** Any error as a typed one (an untyped error here would be a bug; it is reported as malformed). */
export function asTyped(error: unknown): E2eeKitError {
  if (error instanceof E2eeKitError) return error;
  return new MalformedInputError('input', [error instanceof Error ? error.message : String(error)]);
}
