/**
 * The sending half of the protocol (docs/protocol.md §8): plan whom to wrap
 * for, make the message key (drawn, or derived from the content in seeded
 * mode), commit to it, encrypt the body, wrap the key for each recipient,
 * sign, and hand to the provider.
 */
import { utf8 } from './bytes.js';
import type { KitContext } from './context.js';
import { ZERO32 } from './commits.js';
import {
  ESCROW_PREFIX,
  KEY_BYTES,
  NONCE_BYTES,
  WRAPPED_KEY_BYTES,
  WrapLayout,
  compareIds,
  headerBytesFrom,
  commitmentPrefix,
  headerCore,
  headerHash,
  keyCommitment,
  seal,
  type Envelope,
  type EnvelopeParts,
  type WrappedKey,
} from './envelope.js';
import { InvalidArgumentError, NotAMemberError } from './errors.js';
import type { DeviceBundle } from './identity.js';
import type { PairKeyCache } from './pair-keys.js';
import type { Provider } from './provider.js';
import type { Roster, Synced } from './roster.js';
import type { Trace } from './trace.js';
import { LIMITS, isId } from './wire.js';

/**
 * What a client does with the mandated escrow wraps. Only `comply` is what a
 * law-abiding client does; the others show that nobody but the key holder
 * can check escrow (docs/protocol.md §11.3, Blaze 1994).
 */
export type EscrowBehaviour =
  /** Wrap the message key to every mandated escrow key. */
  | 'comply'
  /** Leave the escrow wraps out (a relay that checks escrow refuses the envelope). */
  | 'omit'
  /** Put 48 random bytes where each escrow wrap should be: it passes the relay, and only the agency finds out. */
  | 'random-bytes';

/** Options of `Device.send`. */
export interface SendOptions {
  /** Records every step with its bytes. */
  readonly trace?: Trace | undefined;
  /** What to do with mandated escrow keys. Default `comply`. */
  readonly escrow?: EscrowBehaviour;
}

interface SendPlan {
  readonly synced: Synced;
  readonly escrowRevision: number;
  readonly layout: WrapLayout;
  readonly recipientKeys: readonly Uint8Array[];
  readonly pairKeys: readonly Uint8Array[];
  readonly shown: readonly boolean[];
  readonly kinds: readonly ('device' | 'escrow')[];
  /** header_core with counter and time zero, and where they go. */
  readonly coreTemplate: Uint8Array;
  readonly counterAt: number;
  readonly commitmentPrefix: Uint8Array;
  readonly state: Uint8Array;
  readonly senderKey: Uint8Array;
}

/** What a sender needs of its device: identity, keys and roster, never handed out. */
export interface SenderParts {
  readonly ctx: KitContext;
  readonly provider: Provider;
  readonly own: DeviceBundle;
  readonly roster: Roster;
  readonly pairKeys: PairKeyCache;
  /** Makes this device's Ed25519 signature. */
  readonly sign: (message: Uint8Array) => Uint8Array;
}

/** One device's sending state: its counters and cached plans, per conversation. */
export class Sender {
  readonly #p: SenderParts;
  readonly #plans = new Map<string, SendPlan>();
  readonly #counters = new Map<string, number>();

  constructor(parts: SenderParts) {
    this.#p = parts;
  }

  /** See `Device.send`. */
  send(conversation: string, text: unknown, options: SendOptions): Envelope {
    const { ctx, own } = this.#p;
    const { sodium, random } = ctx;
    const trace = options.trace;
    if (typeof text !== 'string') {
      throw new InvalidArgumentError(
        `A message must be a text, not ${text === null ? 'null' : typeof text}.`,
      );
    }
    const plaintext = utf8(text);
    if (plaintext.length > LIMITS.textBytes) {
      throw new InvalidArgumentError(
        `A message may hold at most ${LIMITS.textBytes} bytes of text; this one has ${plaintext.length}.`,
      );
    }
    if (/[\uD800-\uDFFF]/.test(text) && !isWellFormed(text)) {
      throw new InvalidArgumentError(
        'A message must be well-formed text (it holds a lone surrogate).',
      );
    }
    if (!this.#plans.has(conversation) && !isId(conversation)) {
      throw new InvalidArgumentError('A conversation id must be 1 to 128 bytes of text.');
    }
    const escrowBehaviour = options.escrow ?? 'comply';
    const plan = this.#plan(conversation);
    const counter = (this.#counters.get(conversation) ?? 0) + 1;
    const signed = plan.synced.mode === 'member-signed';
    const epoch = signed ? plan.synced.epoch : 0;
    const sentAt = ctx.now();
    // header_core from the plan's template, with the counter and the time written in (§7.2).
    const core = plan.coreTemplate.slice();
    const coreView = new DataView(core.buffer);
    coreView.setUint32(plan.counterAt, Math.floor(counter / 0x1_0000_0000));
    coreView.setUint32(plan.counterAt + 4, counter >>> 0);
    coreView.setUint32(plan.counterAt + 8, Math.floor(sentAt / 0x1_0000_0000));
    coreView.setUint32(plan.counterAt + 12, sentAt >>> 0);
    const recipients = plan.layout.recipients;
    const wrapCount = recipients.length;

    // §8.3 (and §15 in seeded mode): message key and nonces.
    const derived = random.derive?.(core, plaintext);
    const fresh = derived ? undefined : random.bytes(KEY_BYTES + NONCE_BYTES * (1 + wrapCount));
    const messageKey = derived ? derived.messageKey : (fresh as Uint8Array).subarray(0, KEY_BYTES);
    const nonces = derived ? undefined : (fresh as Uint8Array).slice(KEY_BYTES);
    const nonce = derived ? derived.nonce : (nonces as Uint8Array).subarray(0, NONCE_BYTES);
    trace?.add({ step: 'draw-message-key', party: own.device, messageKey: messageKey.slice() });

    const commitment = keyCommitment(sodium, messageKey, core, plan.commitmentPrefix);
    const hb = headerBytesFrom(core, commitment);
    const hh = headerHash(sodium, hb);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      plaintext,
      hb,
      null,
      nonce,
      messageKey,
    );
    trace?.add({
      step: 'encrypt',
      party: own.device,
      plaintext,
      nonce: nonce.slice(),
      associatedData: hb.slice(),
      ciphertext: ciphertext.slice(),
    });

    // §8.4 Wraps (the pair keys are in the plan).
    const wraps: WrappedKey[] = [];
    const ads = plan.layout.associatedData(hh);
    for (let i = 0; i < wrapCount; i++) {
      const to = recipients[i] as string;
      const kind = plan.kinds[i] as 'device' | 'escrow';
      if (kind === 'escrow' && escrowBehaviour === 'omit') continue;
      const wrapNonce = derived
        ? derived.wrapNonce(to)
        : (nonces as Uint8Array).subarray(NONCE_BYTES * (i + 1), NONCE_BYTES * (i + 2));
      const wrapped =
        kind === 'escrow' && escrowBehaviour === 'random-bytes'
          ? random.bytes(WRAPPED_KEY_BYTES)
          : sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
              messageKey,
              ads[i] as Uint8Array,
              null,
              wrapNonce,
              plan.pairKeys[i] as Uint8Array,
            );
      wraps.push({ to, nonce: wrapNonce, key: wrapped });
      trace?.add({
        step: 'wrap',
        party: own.device,
        to,
        recipientKey: (plan.recipientKeys[i] as Uint8Array).slice(),
        nonce: wrapNonce.slice(),
        wrappedKey: wrapped.slice(),
        shownToSender: plan.shown[i] as boolean,
        kind,
      });
    }
    messageKey.fill(0);

    // §8.5 Signature
    const toSign =
      wraps.length === wrapCount
        ? plan.layout.signedBytes(hh, nonce, ciphertext, wraps, trace === undefined)
        : new WrapLayout(wraps.map((w) => w.to)).signedBytes(hh, nonce, ciphertext, wraps);
    const signature = this.#p.sign(toSign);
    trace?.add({
      step: 'sign',
      party: own.device,
      signedBytes: toSign,
      signature: signature.slice(),
    });

    const parts: EnvelopeParts = {
      header: {
        conversation,
        mode: plan.synced.mode,
        epoch,
        state: plan.state,
        senderUser: own.user,
        senderDevice: own.device,
        senderKey: plan.senderKey,
        counter,
        sentAt,
        commitment,
      },
      nonce,
      ciphertext,
      wraps,
      signature,
    };
    // What was computed to send it is what a reader computes again: keep it with the value.
    const envelope = seal(parts, { core, headerBytes: hb, headerHash: hh });
    this.#p.provider.relay(envelope, trace);
    this.#counters.set(conversation, counter);
    return envelope;
  }

  /**
   * Whom to wrap for (§8.1): every certified device of the roster (the
   * provider's in provider-managed mode, the verified chain's in
   * member-signed mode), then every escrow key, sorted. Worked out again
   * only when the roster or the escrow list has changed.
   *
   * @throws {NotAMemberError} if this device is not on the roster.
   * @throws {WeakKeyError} naming a recipient whose X25519 key is weak.
   */
  #plan(conversation: string): SendPlan {
    const { provider, own, roster, pairKeys } = this.#p;
    const synced = roster.current(conversation);
    const escrowRevision = provider.escrowRevision();
    const cached = this.#plans.get(conversation);
    if (cached?.synced === synced && cached.escrowRevision === escrowRevision) return cached;
    const escrow = provider.escrowKeys();

    if (!synced.bundles.some((b) => b.device === own.device))
      throw new NotAMemberError(own.device, conversation);
    if (synced.bundles.length > LIMITS.roster) {
      throw new InvalidArgumentError(`A conversation holds at most ${LIMITS.roster} devices.`);
    }
    const hiddenDevices = new Set(
      synced.mode === 'provider-managed'
        ? synced.entries.filter((e) => e.hidden).map((e) => e.device)
        : [],
    );
    const visible = new Set(roster.visibleRoster(conversation).map((b) => b.device));
    const all = [
      ...synced.bundles.map((b) => ({
        to: b.device,
        key: b.agreementKey,
        kind: 'device' as const,
        shown: !hiddenDevices.has(b.device) && visible.has(b.device),
      })),
      ...escrow.map((e) => ({
        to: ESCROW_PREFIX + e.id,
        key: e.publicKey,
        kind: 'escrow' as const,
        shown: false,
      })),
    ].sort((a, b) => compareIds(a.to, b.to));
    const epoch = synced.mode === 'member-signed' ? synced.epoch : 0;
    const state =
      synced.mode === 'member-signed' ? (synced.chain.state(epoch) as Uint8Array) : ZERO32;
    const senderKey = own.agreementKey;
    const coreTemplate = headerCore({
      conversation,
      mode: synced.mode,
      epoch,
      state,
      senderUser: own.user,
      senderDevice: own.device,
      senderKey,
      counter: 0,
      sentAt: 0,
      commitment: ZERO32,
    });
    const plan: SendPlan = {
      coreTemplate,
      counterAt: coreTemplate.length - 16,
      commitmentPrefix: commitmentPrefix(coreTemplate.length),
      state,
      senderKey,
      synced,
      escrowRevision,
      layout: new WrapLayout(all.map((r) => r.to)),
      recipientKeys: all.map((r) => r.key),
      pairKeys: all.map((r) => pairKeys.get(r.key, 'send', r.to)),
      shown: all.map((r) => r.shown),
      kinds: all.map((r) => r.kind),
    };
    this.#plans.set(conversation, plan);
    return plan;
  }
}

function isWellFormed(s: string): boolean {
  return !/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(s);
}
