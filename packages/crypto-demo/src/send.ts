/**
 * The sending half of the protocol (docs/protocol.md, "4. Sending", and
 * "6. Who gets a wrap"): plan whom to wrap for, draw a message key, encrypt
 * the body, wrap the key for each recipient, sign, and hand to the provider.
 */
import { utf8 } from './bytes.js';
import type { KitContext } from './context.js';
import {
  ESCROW_PREFIX,
  KEY_BYTES,
  NONCE_BYTES,
  PROTOCOL_VERSION,
  headerBytes,
  headerHash,
  WrapLayout,
  type Envelope,
  type EnvelopeHeader,
  type WrappedKey,
} from './envelope.js';
import { NotAMemberError } from './errors.js';
import type { PairKeyCache } from './pair-keys.js';
import type { Provider } from './provider.js';
import type { ConversationRecord, DeviceBundle } from './provider-records.js';
import type { Roster } from './roster.js';
import type { Trace } from './trace.js';

/** Options of `Device.send`. */
export interface SendOptions {
  /** Records every step with its bytes. */
  readonly trace?: Trace | undefined;
}

/**
 * Whom a sender wraps for in one roster state, with the pair keys; rebuilt
 * when the roster or the escrow list changes.
 */
interface SendPlan {
  readonly record: ConversationRecord;
  readonly escrowCount: number;
  readonly layout: WrapLayout;
  // Per wrap, in order: the recipient's X25519 public key, the pair key,
  // shown on the sender's screen, kind.
  readonly recipientKeys: readonly Uint8Array[];
  readonly pairKeys: readonly Uint8Array[];
  readonly shown: readonly boolean[];
  readonly kinds: readonly ('device' | 'escrow')[];
}

/** What a sender needs of its device: identity, keys and roster, never handed out. */
export interface SenderParts {
  readonly ctx: KitContext;
  readonly provider: Provider;
  readonly own: DeviceBundle;
  readonly careful: boolean;
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
  send(conversation: string, text: string, trace: Trace | undefined): Envelope {
    const { ctx, own } = this.#p;
    const { sodium, random } = ctx;
    const plan = this.#plan(conversation);
    const counter = (this.#counters.get(conversation) ?? 0) + 1;
    // 4.1 header_bytes and header_hash
    const header: EnvelopeHeader = {
      conversation,
      senderUser: own.user,
      senderDevice: own.device,
      senderKey: own.agreementKey,
      counter,
      sentAt: ctx.now(),
    };
    const hb = headerBytes(header);
    const hh = headerHash(sodium, hb);
    const wrapCount = plan.layout.recipients.length;
    const fresh = random.bytes(KEY_BYTES + NONCE_BYTES * (1 + wrapCount));
    const messageKey = fresh.subarray(0, KEY_BYTES);
    // One copy holds every nonce (the body's, then one per wrap); the
    // envelope keeps views of it, and `fresh`, with the key, is wiped below.
    const nonces = fresh.slice(KEY_BYTES);
    const nonce = nonces.subarray(0, NONCE_BYTES);
    trace?.add({ step: 'draw-message-key', party: own.device, messageKey: messageKey.slice() });

    // 4.2 Body
    const plaintext = utf8(text);
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

    // 4.4 Wraps (the pair keys of 4.3 are in the plan)
    const wraps: WrappedKey[] = new Array<WrappedKey>(wrapCount);
    const ads = plan.layout.associatedData(hh);
    for (let i = 0; i < wrapCount; i++) {
      const to = plan.layout.recipients[i] as string;
      const wrapNonce = nonces.subarray(NONCE_BYTES * (i + 1), NONCE_BYTES * (i + 2));
      const wrapped = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        messageKey,
        ads[i] as Uint8Array,
        null,
        wrapNonce,
        plan.pairKeys[i] as Uint8Array,
      );
      wraps[i] = { to, nonce: wrapNonce, key: wrapped };
      trace?.add({
        step: 'wrap',
        party: own.device,
        to,
        recipientKey: (plan.recipientKeys[i] as Uint8Array).slice(),
        nonce: wrapNonce.slice(),
        wrappedKey: wrapped.slice(),
        shownToSender: plan.shown[i] as boolean,
        kind: plan.kinds[i] as 'device' | 'escrow',
      });
    }
    fresh.fill(0);

    // 4.5 Signature
    const toSign = plan.layout.signedBytes(hh, nonce, ciphertext, wraps);
    const signature = this.#p.sign(toSign);
    trace?.add({
      step: 'sign',
      party: own.device,
      signedBytes: toSign,
      signature: signature.slice(),
    });

    const envelope: Envelope = {
      version: PROTOCOL_VERSION,
      header,
      nonce,
      ciphertext,
      wraps,
      signature,
    };
    this.#counters.set(conversation, counter);
    this.#p.provider.relay(envelope, trace);
    return envelope;
  }

  /**
   * Whom to wrap for (docs/protocol.md, 6): every device on the roster (for a
   * careful client, only those a member signed in), then every escrow key.
   * Worked out again only when the roster or the escrow list has changed
   * since the last send.
   *
   * @throws {NotAMemberError} if this device is not on the roster.
   */
  #plan(conversation: string): SendPlan {
    const { provider, own, roster, pairKeys } = this.#p;
    const synced = roster.current(conversation);
    const escrow = provider.escrowKeys();
    const cached = this.#plans.get(conversation);
    if (cached?.record === synced.record && cached.escrowCount === escrow.length) return cached;

    if (!synced.entries.some((e) => e.device === own.device)) {
      throw new NotAMemberError(own.device, conversation);
    }
    let recipients = synced.bundles;
    let hidden = synced.entries.map((e) => e.hidden);
    if (this.#p.careful) {
      const keep = roster.check(conversation, synced).map((c) => c.status === 'signed');
      keep.forEach((kept, i) => {
        if (!kept) roster.noteUnverified(conversation, synced.bundles[i] as DeviceBundle);
      });
      recipients = recipients.filter((_, i) => keep[i]);
      hidden = hidden.filter((_, i) => keep[i]);
    }
    const plan: SendPlan = {
      record: synced.record,
      escrowCount: escrow.length,
      layout: new WrapLayout([
        ...recipients.map((r) => r.device),
        ...escrow.map((e) => ESCROW_PREFIX + e.id),
      ]),
      recipientKeys: [...recipients.map((r) => r.agreementKey), ...escrow.map((e) => e.publicKey)],
      pairKeys: [
        ...recipients.map((r) => pairKeys.get(r.agreementKey, 'send')),
        ...escrow.map((e) => pairKeys.get(e.publicKey, 'send')),
      ],
      shown: [...hidden.map((h) => !h), ...escrow.map(() => false)],
      kinds: [...recipients.map(() => 'device' as const), ...escrow.map(() => 'escrow' as const)],
    };
    this.#plans.set(conversation, plan);
    return plan;
  }
}
