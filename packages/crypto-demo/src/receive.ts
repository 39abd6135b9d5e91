/**
 * The receiving half of the protocol (docs/protocol.md, "5. Receiving"): the
 * public checks and the unwrap-then-decrypt step shared by devices and escrow
 * key holders, then a device's {@link Receiver} (replay memory, inbox).
 */
import { equalBytes, fromUtf8 } from './bytes.js';
import type { KitContext } from './context.js';
import {
  headerBytes,
  headerHash,
  signedBytes,
  wrapAssociatedData,
  type Envelope,
  type WrappedKey,
} from './envelope.js';
import {
  NotARecipientError,
  ReplayedMessageError,
  SenderKeyMismatchError,
  TamperedEnvelopeError,
  UnknownParticipantError,
} from './errors.js';
import type { PairKeyCache } from './pair-keys.js';
import type { ReadAttempt, ReadOptions } from './party.js';
import type { Provider } from './provider.js';
import type { DeviceBundle } from './provider-records.js';
import type { Roster } from './roster.js';
import type { Trace } from './trace.js';

/** `header_bytes` and `header_hash` of one envelope, computed once per envelope object. */
export interface HeaderDigest {
  readonly bytes: Uint8Array;
  readonly hash: Uint8Array;
}

const digests = new WeakMap<Envelope, HeaderDigest>();

/** The header's bytes and hash (public values, so they are shared between parties). */
export function digestHeader(ctx: KitContext, envelope: Envelope): HeaderDigest {
  let d = digests.get(envelope);
  if (!d) {
    const bytes = headerBytes(envelope.header);
    d = { bytes, hash: headerHash(ctx.sodium, bytes) };
    digests.set(envelope, d);
  }
  return d;
}

// Verifying a signature is a public computation (the key is public), so its
// outcome is shared by every party that checks the same envelope with the same
// key: whoCanRead checks 30 parties without 30 Ed25519 verifications.
const verified = new WeakMap<Envelope, { readonly key: Uint8Array; readonly ok: boolean }[]>();

/** Ed25519 check of the envelope's signature with `signingKey`. */
export function verifySignature(
  ctx: KitContext,
  envelope: Envelope,
  signingKey: Uint8Array,
  party: string,
  trace: Trace | undefined,
): boolean {
  let results = verified.get(envelope);
  if (!results) {
    results = [];
    verified.set(envelope, results);
  }
  // Nearly always one entry: every party checks with the sender's key from the directory.
  let ok = results.find((r) => equalBytes(r.key, signingKey))?.ok;
  if (ok === undefined) {
    const { hash } = digestHeader(ctx, envelope);
    const message = signedBytes(hash, envelope.nonce, envelope.ciphertext, envelope.wraps);
    ok = ctx.sodium.crypto_sign_verify_detached(envelope.signature, message, signingKey);
    results.push({ key: signingKey.slice(), ok });
  }
  trace?.add({
    step: 'verify',
    party,
    ok,
    signature: envelope.signature.slice(),
    signingKey: signingKey.slice(),
  });
  return ok;
}

/** Outcome of trying one wrapped key and then the body. */
export type OpenOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly failed: 'wrapped-key' | 'ciphertext' };

/** Opens `wrap` with `key` and, if that works, decrypts the body. */
export function openWith(
  ctx: KitContext,
  envelope: Envelope,
  wrap: WrappedKey,
  key: Uint8Array,
  party: string,
  trace: Trace | undefined,
): OpenOutcome {
  const { sodium } = ctx;
  const digest = digestHeader(ctx, envelope);
  let messageKey: Uint8Array;
  try {
    messageKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      wrap.key,
      wrapAssociatedData(digest.hash, wrap.to),
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
  let plaintext: Uint8Array | undefined;
  try {
    plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      envelope.ciphertext,
      digest.bytes,
      envelope.nonce,
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
    ciphertext: envelope.ciphertext.slice(),
    plaintext: plaintext?.slice(),
    text,
  });
  return text === undefined ? { ok: false, failed: 'ciphertext' } : { ok: true, text };
}

// Which wraps each recipient id has, per envelope: public data, built once and
// shared by every party that tries the envelope.
const wrapIndex = new WeakMap<Envelope, Map<string, WrappedKey[]>>();

function wrapsAddressedTo(envelope: Envelope, to: string): readonly WrappedKey[] {
  let index = wrapIndex.get(envelope);
  if (!index) {
    index = new Map();
    for (const w of envelope.wraps) {
      const list = index.get(w.to);
      if (list) list.push(w);
      else index.set(w.to, [w]);
    }
    wrapIndex.set(envelope, index);
  }
  return index.get(to) ?? [];
}

/**
 * The wraps in the order a party should try them: those addressed to `to`
 * first, then all the others. Lazy, so that a party whose own wrap opens
 * stops there: whoCanRead over n parties costs O(n) unwraps, not O(n²).
 */
export function* wrapsToTry(
  envelope: Envelope,
  to: string,
): Generator<WrappedKey, void, undefined> {
  yield* wrapsAddressedTo(envelope, to);
  for (const w of envelope.wraps) if (w.to !== to) yield w;
}

/** A message this device opened. */
export interface ReceivedMessage {
  readonly conversation: string;
  readonly from: { readonly user: string; readonly device: string; readonly name: string };
  readonly counter: number;
  readonly sentAt: number;
  readonly text: string;
  readonly envelope: Envelope;
}

/** What `Device.receive` returns. */
export interface ReceiveResult {
  messages: ReceivedMessage[];
  /** Envelopes that failed a check, each with its typed error. */
  refused: { envelope: Envelope; error: Error }[];
}

/** What a receiver needs of its device. */
export interface ReceiverParts {
  readonly ctx: KitContext;
  readonly provider: Provider;
  readonly own: DeviceBundle;
  readonly role: 'member' | 'ghost';
  readonly roster: Roster;
  readonly pairKeys: PairKeyCache;
}

/** One device's receiving state: the counters it accepted and the messages it opened. */
export class Receiver {
  readonly #p: ReceiverParts;
  readonly #seen = new Map<string, Set<number>>();
  readonly #received: ReceivedMessage[] = [];

  constructor(parts: ReceiverParts) {
    this.#p = parts;
  }

  /** See `Device.open`. */
  open(envelope: Envelope, trace: Trace | undefined): ReceivedMessage {
    const { ctx, own, pairKeys } = this.#p;
    const h = envelope.header;
    const sender = this.#checkSender(envelope, trace);
    const seenKey = `${h.conversation}\u0000${h.senderDevice}`;
    if (this.#seen.get(seenKey)?.has(h.counter)) {
      throw new ReplayedMessageError(h.senderDevice, h.counter);
    }
    const wrap = envelope.wraps.find((w) => w.to === own.device);
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
    const key = pairKeys.get(h.senderKey, 'read');
    const outcome = openWith(ctx, envelope, wrap, key, own.device, trace);
    if (!outcome.ok) throw new TamperedEnvelopeError(outcome.failed);
    let seen = this.#seen.get(seenKey);
    if (!seen) {
      seen = new Set();
      this.#seen.set(seenKey, seen);
    }
    seen.add(h.counter);
    const message: ReceivedMessage = {
      conversation: h.conversation,
      from: { user: sender.user, device: sender.device, name: sender.name },
      counter: h.counter,
      sentAt: h.sentAt,
      text: outcome.text,
      envelope,
    };
    this.#received.push(message);
    return message;
  }

  /** See `Device.receive`. */
  receive(options: ReadOptions): ReceiveResult {
    const messages: ReceivedMessage[] = [];
    const refused: { envelope: Envelope; error: Error }[] = [];
    const conversations = new Set<string>();
    for (const envelope of this.#p.provider.collect(this.#p.own.device)) {
      try {
        const message = this.open(envelope, options.trace);
        messages.push(message);
        conversations.add(message.conversation);
      } catch (error) {
        refused.push({
          envelope,
          error: error instanceof Error ? error : new Error(String(error)),
        });
      }
    }
    // A client refreshes the roster of every conversation it hears from.
    for (const conversation of conversations) {
      try {
        this.#p.roster.current(conversation);
      } catch {
        // The conversation is gone: nothing to refresh.
      }
    }
    return { messages, refused };
  }

  /** See `Device.received`. */
  received(conversation?: string): ReceivedMessage[] {
    return this.#received.filter(
      (m) => conversation === undefined || m.conversation === conversation,
    );
  }

  /** See `Device.tryRead`: the same checks as `open`, but nothing is remembered. */
  tryRead(envelope: Envelope, options: ReadOptions): ReadAttempt {
    const { ctx, own, pairKeys } = this.#p;
    const { trace } = options;
    try {
      this.#checkSender(envelope, trace);
    } catch (error) {
      return {
        canRead: false,
        reason: error instanceof TamperedEnvelopeError ? 'tampered' : 'unknown-sender',
      };
    }
    digestHeader(ctx, envelope);
    let key: Uint8Array;
    try {
      key = pairKeys.get(envelope.header.senderKey, 'read');
    } catch {
      return { canRead: false, reason: 'unknown-sender' };
    }
    let tampered = false;
    for (const wrap of wrapsToTry(envelope, own.device)) {
      const outcome = openWith(ctx, envelope, wrap, key, own.device, trace);
      if (outcome.ok) {
        const reason = this.#p.role === 'ghost' ? 'ghost' : 'member';
        return { canRead: true, reason, text: outcome.text, via: wrap.to };
      }
      if (outcome.failed === 'ciphertext') tampered = true;
    }
    return { canRead: false, reason: tampered ? 'tampered' : 'not-a-recipient' };
  }

  /** docs/protocol.md 5, steps 2 to 4: the sender is in the directory with this key, and signed. */
  #checkSender(envelope: Envelope, trace: Trace | undefined): DeviceBundle {
    const { ctx, provider, own } = this.#p;
    const h = envelope.header;
    const sender = provider.directory.find(h.senderDevice);
    if (!sender) throw new UnknownParticipantError(h.senderDevice);
    if (sender.user !== h.senderUser || !equalBytes(sender.agreementKey, h.senderKey)) {
      throw new SenderKeyMismatchError(h.senderDevice);
    }
    if (!verifySignature(ctx, envelope, sender.signingKey, own.device, trace)) {
      throw new TamperedEnvelopeError('signature');
    }
    return sender;
  }
}
