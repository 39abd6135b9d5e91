import { ByteWriter, equalBytes, toBase64url, utf8 } from './bytes.js';
import type { KitContext } from './context.js';
import {
  ESCROW_PREFIX,
  KEY_BYTES,
  NONCE_BYTES,
  PROTOCOL_VERSION,
  headerBytes,
  headerHash,
  pairKey,
  WrapLayout,
  type Envelope,
  type EnvelopeHeader,
  type WrappedKey,
} from './envelope.js';
import {
  InvalidArgumentError,
  NotAMemberError,
  NotARecipientError,
  ReplayedMessageError,
  SenderKeyMismatchError,
  TamperedEnvelopeError,
  UnknownParticipantError,
} from './errors.js';
import { digestHeader, openWith, verifySignature, wrapsToTry } from './open.js';
import type { Party, ReadAttempt, ReadOptions } from './party.js';
import type { ConversationRecord, Provider, RosterEntry } from './provider.js';
import { safetyNumber, type SafetyNumber } from './safety-number.js';
import type { Trace } from './trace.js';

/** A device's public identity, as the provider's directory lists it. */
export interface DeviceBundle {
  /** Unique device id, e.g. `alice/phone`. */
  readonly device: string;
  /** The user the device belongs to, e.g. `alice`. */
  readonly user: string;
  /** Display name of the user, e.g. `Alice`. */
  readonly name: string;
  /** Ed25519 public key (32 bytes): checks this device's signatures. */
  readonly signingKey: Uint8Array;
  /** X25519 public key (32 bytes): message keys are wrapped to it. */
  readonly agreementKey: Uint8Array;
}

/** The kinds of change a client can notice in a conversation. */
export type NoticeKind =
  /** A user who was not in the conversation now is. */
  | 'member-added'
  /** A known user has a new device in the conversation. */
  | 'device-added'
  /** A device left the conversation. */
  | 'member-removed'
  /** A known device now has different keys. */
  | 'safety-number-changed'
  /** A careful client found a roster entry that no member signed, and did not encrypt to it. */
  | 'unverified-device';

/** A change this client detected. `shown: false` means the provider told the client to hide it. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly conversation: string;
  /** The device the notice is about. */
  readonly device: string;
  readonly user: string;
  readonly name: string;
  readonly at: number;
  /** `false` when the provider suppressed it: the user never saw it. */
  readonly shown: boolean;
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

/** Options of {@link Device.send}. */
export interface SendOptions {
  /** Records every step with its bytes. */
  readonly trace?: Trace | undefined;
}

/** One roster entry as a verifying client judged it. */
export interface RosterCheckEntry {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  /** Whether the provider asks clients not to display this entry. */
  readonly hidden: boolean;
  /** `signed`: an earlier verified member signed this device and its keys into the conversation. */
  readonly status: 'signed' | 'unsigned' | 'bad-signature' | 'signer-not-member';
  /** Device id of the member whose signature added it, if any. */
  readonly addedBy: string | null;
}

/** The result of {@link Device.verifyRoster}. */
export interface RosterCheck {
  readonly conversation: string;
  readonly entries: readonly RosterCheckEntry[];
  /** Devices no member vouched for: the ghost, if there is one. */
  readonly unverified: readonly RosterCheckEntry[];
  /** `true` when every entry was signed in by a member. */
  readonly ok: boolean;
}

/** Options of {@link Device.createConversation}. */
export interface CreateConversationOptions {
  /** Display name, e.g. `Class 3B`. */
  readonly name?: string;
}

type Member = Device | DeviceBundle | string;

const DOMAIN_ADD = 'e2ee-kit/v1/add';

/** The bytes a member signs to add a device to a conversation (docs/protocol.md, "Roster"). */
export function membershipStatement(conversation: string, bundle: DeviceBundle): Uint8Array {
  return new ByteWriter(256)
    .text(DOMAIN_ADD)
    .text(conversation)
    .text(bundle.device)
    .text(bundle.user)
    .bytes(bundle.signingKey)
    .bytes(bundle.agreementKey)
    .finish();
}

interface Known {
  readonly user: string;
  readonly signingKey: Uint8Array;
  readonly agreementKey: Uint8Array;
}

interface Synced {
  readonly record: ConversationRecord;
  readonly bundles: readonly DeviceBundle[];
  readonly entries: readonly RosterEntry[];
}

/** Whom a sender wraps for in one roster state, with the pair keys; rebuilt when the roster or the escrow list changes. */
interface SendPlan {
  readonly record: ConversationRecord;
  readonly escrowCount: number;
  readonly layout: WrapLayout;
  /** Per wrap, in order: the recipient's X25519 public key, the pair key, shown on the sender's screen, kind. */
  readonly recipientKeys: readonly Uint8Array[];
  readonly pairKeys: readonly Uint8Array[];
  readonly shown: readonly boolean[];
  readonly kinds: readonly ('device' | 'escrow')[];
}

interface CachedPairKey {
  /** A copy of the peer key the pair key was made for. */
  readonly peer: Uint8Array;
  readonly key: Uint8Array;
}

/**
 * One user's device: its private keys never leave this object. It trusts the
 * provider's directory and roster to say whom to encrypt to, and that trust is
 * exactly what the ghost participant exploits. Make one with `kit.device()`.
 */
export class Device implements Party {
  readonly bundle: DeviceBundle;
  readonly role: 'member' | 'ghost';
  /** A careful client verifies the roster's member signatures before each send and leaves out devices no member signed. */
  readonly careful: boolean;
  readonly #ctx: KitContext;
  readonly #provider: Provider;
  readonly #signingSecret: Uint8Array;
  readonly #agreementSecret: Uint8Array;
  readonly #pairKeys = new Map<string, Uint8Array>();
  // In front of #pairKeys: the same peer key object comes back with every
  // message (a directory bundle, or every envelope of one sender), so look it
  // up by identity before encoding it as a map key.
  readonly #sendKeysByObject = new WeakMap<Uint8Array, CachedPairKey>();
  readonly #readKeysByObject = new WeakMap<Uint8Array, CachedPairKey>();
  readonly #synced = new Map<string, Synced>();
  readonly #plans = new Map<string, SendPlan>();
  readonly #counters = new Map<string, number>();
  readonly #seen = new Map<string, Set<number>>();
  readonly #known = new Map<string, Map<string, Known>>();
  readonly #syncedVersion = new Map<string, number>();
  readonly #notices: Notice[] = [];
  readonly #received: ReceivedMessage[] = [];

  /** @internal Use `kit.device()` or `kit.ghost()`. */
  constructor(
    ctx: KitContext,
    provider: Provider,
    identity: { device: string; user: string; name: string },
    role: 'member' | 'ghost',
    careful: boolean,
    trace: Trace | undefined,
  ) {
    this.#ctx = ctx;
    this.#provider = provider;
    this.role = role;
    this.careful = careful;
    const seeds = ctx.random.bytes(2 * KEY_BYTES);
    const signing = ctx.sodium.crypto_sign_seed_keypair(seeds.subarray(0, KEY_BYTES));
    this.#signingSecret = signing.privateKey;
    this.#agreementSecret = seeds.slice(KEY_BYTES);
    seeds.fill(0);
    this.bundle = Object.freeze({
      ...identity,
      signingKey: signing.publicKey,
      agreementKey: ctx.sodium.crypto_scalarmult_base(this.#agreementSecret),
    });
    trace?.add({
      step: 'generate-keys',
      party: identity.device,
      signingKey: this.bundle.signingKey.slice(),
      agreementKey: this.bundle.agreementKey.slice(),
    });
  }

  /** The device id. */
  get id(): string {
    return this.bundle.device;
  }

  /** The user's display name. */
  get name(): string {
    return this.bundle.name;
  }

  /** The user id. */
  get user(): string {
    return this.bundle.user;
  }

  /** The provider this device talks to. */
  get provider(): Provider {
    return this.#provider;
  }

  // ---- conversations -------------------------------------------------------

  /**
   * Creates a conversation with this device and `members`, each signed in by
   * this device (so a verifying client can tell them from a ghost).
   *
   * @throws {UnknownParticipantError} if a member is not in the directory.
   */
  createConversation(id: string, members: readonly Member[], options: CreateConversationOptions = {}): void {
    const bundles = [this.bundle, ...members.map((m) => this.#resolve(m))];
    const seen = new Set<string>();
    for (const b of bundles) {
      if (seen.has(b.device)) throw new InvalidArgumentError(`${b.device} is listed twice.`);
      seen.add(b.device);
    }
    const at = this.#ctx.now();
    this.#provider.createConversation({
      id,
      name: options.name ?? id,
      creator: this.id,
      entries: bundles.map((b) => this.#signedEntry(id, b, at)),
    });
    this.sync(id);
  }

  /**
   * Adds a device to a conversation, signed by this member.
   *
   * @throws {NotAMemberError} if this device is not a member.
   */
  addMember(conversation: string, member: Member): void {
    const record = this.#provider.conversation(conversation);
    if (!record.entries.some((e) => e.device === this.id)) throw new NotAMemberError(this.id, conversation);
    this.#provider.addEntry(conversation, this.#signedEntry(conversation, this.#resolve(member), this.#ctx.now()));
  }

  /**
   * Removes a device from a conversation. Messages sent after that are not
   * encrypted for it.
   */
  removeMember(conversation: string, member: Member): void {
    const record = this.#provider.conversation(conversation);
    if (!record.entries.some((e) => e.device === this.id)) throw new NotAMemberError(this.id, conversation);
    this.#provider.removeEntry(conversation, this.#resolve(member).device);
  }

  /**
   * Fetches the conversation's roster from the provider and compares it with
   * what this client saw before. Each difference becomes a {@link Notice};
   * the provider can mark a change as not to be shown.
   *
   * @returns the notices this call added.
   */
  sync(conversation: string): Notice[] {
    return this.#sync(conversation).notices;
  }

  #sync(conversation: string): { synced: Synced; notices: Notice[] } {
    const record = this.#provider.conversation(conversation);
    const notices: Notice[] = [];
    // The provider replaces the record at every roster change, and a device
    // id never changes keys in the directory: same record, same roster.
    const cached = this.#synced.get(conversation);
    if (cached?.record === record) return { synced: cached, notices };
    const entries = record.entries;
    const bundles = entries.map((e) => this.#provider.directory.device(e.device));
    if (this.#syncedVersion.get(conversation) === record.version) {
      const synced = { record, bundles, entries };
      this.#synced.set(conversation, synced);
      return { synced, notices };
    }
    // The first time, the baseline is the roster as it stood when this device
    // joined: every entry added at the same time as its own or before (the
    // members a conversation was created with are added together). Anything
    // added after that is news.
    let before = this.#known.get(conversation);
    if (!before) {
      const own = entries.find((e) => e.device === this.id);
      const baseline = new Map<string, Known>();
      entries.forEach((entry, i) => {
        if (own !== undefined && entry.addedAt > own.addedAt) return;
        const b = bundles[i] as DeviceBundle;
        baseline.set(b.device, { user: b.user, signingKey: b.signingKey, agreementKey: b.agreementKey });
      });
      before = baseline;
    }
    const after = new Map<string, Known>();
    const at = this.#ctx.now();
    entries.forEach((entry, i) => {
      const b = bundles[i] as DeviceBundle;
      after.set(b.device, { user: b.user, signingKey: b.signingKey, agreementKey: b.agreementKey });
      const old = before.get(b.device);
      const shown = !entry.suppressNotice;
      if (!old) {
        const userKnown = [...before.values()].some((k) => k.user === b.user);
        notices.push(this.#notice(userKnown ? 'device-added' : 'member-added', conversation, b, at, shown));
        if (userKnown) notices.push(this.#notice('safety-number-changed', conversation, b, at, shown));
      } else if (!equalBytes(old.signingKey, b.signingKey) || !equalBytes(old.agreementKey, b.agreementKey)) {
        notices.push(this.#notice('safety-number-changed', conversation, b, at, shown));
      }
    });
    for (const [device, old] of before) {
      if (after.has(device)) continue;
      const removal = record.removed.find((r) => r.device === device);
      const name = this.#provider.directory.find(device)?.name ?? old.user;
      notices.push({
        kind: 'member-removed',
        conversation,
        device,
        user: old.user,
        name,
        at,
        shown: !(removal?.suppressNotice ?? false),
      });
    }
    this.#known.set(conversation, after);
    this.#syncedVersion.set(conversation, record.version);
    this.#notices.push(...notices);
    const synced = { record, bundles, entries };
    this.#synced.set(conversation, synced);
    return { synced, notices };
  }

  #notice(kind: NoticeKind, conversation: string, b: DeviceBundle, at: number, shown: boolean): Notice {
    return { kind, conversation, device: b.device, user: b.user, name: b.name, at, shown };
  }

  /**
   * Every notice this client recorded, shown or suppressed, oldest first.
   * A real client would display only those with `shown: true`.
   */
  notices(conversation?: string): Notice[] {
    return this.#notices.filter((n) => conversation === undefined || n.conversation === conversation);
  }

  /** The roster as this client's screen lists it: without the entries the provider marked hidden. */
  visibleRoster(conversation: string): DeviceBundle[] {
    const { synced } = this.#sync(conversation);
    return synced.bundles.filter((_, i) => !(synced.entries[i] as RosterEntry).hidden);
  }

  /**
   * Checks the roster against the members' own signatures instead of trusting
   * the provider: every device must have been signed in, with its exact keys,
   * by the creator or by a member who was signed in before it. A ghost added
   * by the provider alone fails, whatever notices were suppressed.
   */
  verifyRoster(conversation: string): RosterCheck {
    const { synced } = this.#sync(conversation);
    const entries = this.#checkRoster(conversation, synced);
    const unverified = entries.filter((e) => e.status !== 'signed');
    return { conversation, entries, unverified, ok: unverified.length === 0 };
  }

  #checkRoster(conversation: string, synced: Synced): RosterCheckEntry[] {
    const { sodium } = this.#ctx;
    const vouched = new Map<string, DeviceBundle>();
    return synced.entries.map((entry, i) => {
      const b = synced.bundles[i] as DeviceBundle;
      let status: RosterCheckEntry['status'];
      const signer =
        entry.addedBy === null
          ? undefined
          : entry.addedBy === b.device && b.device === synced.record.creator && vouched.size === 0
            ? b
            : vouched.get(entry.addedBy);
      if (entry.addedBy === null || entry.signature === null) status = 'unsigned';
      else if (!signer) status = 'signer-not-member';
      else if (
        sodium.crypto_sign_verify_detached(entry.signature, membershipStatement(conversation, b), signer.signingKey)
      )
        status = 'signed';
      else status = 'bad-signature';
      if (status === 'signed') vouched.set(b.device, b);
      return { device: b.device, user: b.user, name: b.name, hidden: entry.hidden, status, addedBy: entry.addedBy };
    });
  }

  #signedEntry(conversation: string, b: DeviceBundle, at: number): RosterEntry {
    return {
      device: b.device,
      addedBy: this.id,
      signature: this.#ctx.sodium.crypto_sign_detached(membershipStatement(conversation, b), this.#signingSecret),
      hidden: false,
      suppressNotice: false,
      addedAt: at,
    };
  }

  #resolve(member: Member): DeviceBundle {
    const id = typeof member === 'string' ? member : member instanceof Device ? member.id : member.device;
    return this.#provider.directory.device(id);
  }

  // ---- sending -------------------------------------------------------------

  /**
   * Encrypts `text` for every device on the conversation's roster (as the
   * provider reports it, plus any escrow key the provider mandates), signs the
   * envelope and hands it to the provider to relay.
   *
   * @throws {NotAMemberError} if this device is not on the roster.
   * @example
   * ```ts
   * const envelope = alice.send('chat', 'See you at 6?');
   * envelope.wraps.map((w) => w.to); // ['alice/phone', 'bob/phone']
   * ```
   */
  send(conversation: string, text: string, options: SendOptions = {}): Envelope {
    const { trace } = options;
    const { sodium, random } = this.#ctx;
    const plan = this.#sendPlan(conversation);
    const counter = (this.#counters.get(conversation) ?? 0) + 1;
    const header: EnvelopeHeader = {
      conversation,
      senderUser: this.user,
      senderDevice: this.id,
      senderKey: this.bundle.agreementKey,
      counter,
      sentAt: this.#ctx.now(),
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
    trace?.add({ step: 'draw-message-key', party: this.id, messageKey: messageKey.slice() });

    const plaintext = utf8(text);
    const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, hb, null, nonce, messageKey);
    trace?.add({
      step: 'encrypt',
      party: this.id,
      plaintext,
      nonce: nonce.slice(),
      associatedData: hb.slice(),
      ciphertext: ciphertext.slice(),
    });

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
        party: this.id,
        to,
        recipientKey: (plan.recipientKeys[i] as Uint8Array).slice(),
        nonce: wrapNonce.slice(),
        wrappedKey: wrapped.slice(),
        shownToSender: plan.shown[i] as boolean,
        kind: plan.kinds[i] as 'device' | 'escrow',
      });
    }
    fresh.fill(0);

    const toSign = plan.layout.signedBytes(hh, nonce, ciphertext, wraps);
    const signature = sodium.crypto_sign_detached(toSign, this.#signingSecret);
    trace?.add({ step: 'sign', party: this.id, signedBytes: toSign, signature: signature.slice() });

    const envelope: Envelope = { version: PROTOCOL_VERSION, header, nonce, ciphertext, wraps, signature };
    this.#counters.set(conversation, counter);
    this.#provider.relay(envelope, trace);
    return envelope;
  }

  /**
   * Whom to wrap for: every device on the roster (for a careful client, only
   * those a member signed in), then every escrow key. Worked out again only
   * when the roster or the escrow list has changed since the last send.
   *
   * @throws {NotAMemberError} if this device is not on the roster.
   */
  #sendPlan(conversation: string): SendPlan {
    const { synced } = this.#sync(conversation);
    const escrow = this.#provider.escrowKeys();
    const cached = this.#plans.get(conversation);
    if (cached?.record === synced.record && cached.escrowCount === escrow.length) return cached;

    const own = synced.entries.findIndex((e) => e.device === this.id);
    if (own < 0) throw new NotAMemberError(this.id, conversation);
    let recipients = synced.bundles;
    let hidden = synced.entries.map((e) => e.hidden);
    if (this.careful) {
      const checks = this.#checkRoster(conversation, synced);
      const keep = checks.map((c) => c.status === 'signed');
      for (const [i, check] of checks.entries()) {
        if (keep[i]) continue;
        const b = synced.bundles[i] as DeviceBundle;
        const already = this.#notices.some(
          (n) => n.kind === 'unverified-device' && n.conversation === conversation && n.device === check.device,
        );
        if (!already) this.#notices.push(this.#notice('unverified-device', conversation, b, this.#ctx.now(), true));
      }
      recipients = recipients.filter((_, i) => keep[i]);
      hidden = hidden.filter((_, i) => keep[i]);
    }
    const plan: SendPlan = {
      record: synced.record,
      escrowCount: escrow.length,
      layout: new WrapLayout([...recipients.map((r) => r.device), ...escrow.map((e) => ESCROW_PREFIX + e.id)]),
      recipientKeys: [...recipients.map((r) => r.agreementKey), ...escrow.map((e) => e.publicKey)],
      pairKeys: [
        ...recipients.map((r) => this.#pairKey(r.agreementKey, true)),
        ...escrow.map((e) => this.#pairKey(e.publicKey, true)),
      ],
      shown: [...hidden.map((h) => !h), ...escrow.map(() => false)],
      kinds: [...recipients.map(() => 'device' as const), ...escrow.map(() => 'escrow' as const)],
    };
    this.#plans.set(conversation, plan);
    return plan;
  }

  /** The cached key that wraps message keys between this device and `peer`. */
  #pairKey(peer: Uint8Array, sending: boolean): Uint8Array {
    const byObject = sending ? this.#sendKeysByObject : this.#readKeysByObject;
    const hit = byObject.get(peer);
    // Compared again in case the array was changed in place since.
    if (hit && equalBytes(hit.peer, peer)) return hit.key;
    const id = (sending ? '>' : '<') + toBase64url(peer);
    let key = this.#pairKeys.get(id);
    if (!key) {
      const own = this.bundle.agreementKey;
      try {
        key = sending
          ? pairKey(this.#ctx.sodium, this.#agreementSecret, peer, own, peer)
          : pairKey(this.#ctx.sodium, this.#agreementSecret, peer, peer, own);
      } catch (cause) {
        // libsodium refuses a low-order point (the shared secret would be all zeros).
        throw new InvalidArgumentError('A public key in the directory cannot be used to agree a key.', { cause });
      }
      this.#pairKeys.set(id, key);
    }
    byObject.set(peer, { peer: peer.slice(), key });
    return key;
  }

  // ---- receiving -----------------------------------------------------------

  /**
   * Verifies and decrypts one envelope addressed to this device, and
   * remembers its counter so that a second copy is refused. A refused
   * envelope changes nothing.
   *
   * @throws {UnknownParticipantError} the sender is not in the directory.
   * @throws {SenderKeyMismatchError} the envelope's sender key is not the directory's.
   * @throws {TamperedEnvelopeError} the signature, wrapped key or ciphertext does not check out.
   * @throws {ReplayedMessageError} this device already accepted this sender's message with this counter.
   * @throws {NotARecipientError} no message key was wrapped for this device.
   */
  open(envelope: Envelope, options: ReadOptions = {}): ReceivedMessage {
    const { trace } = options;
    const h = envelope.header;
    const sender = this.#checkSender(envelope, trace);
    const seenKey = `${h.conversation}\u0000${h.senderDevice}`;
    if (this.#seen.get(seenKey)?.has(h.counter)) throw new ReplayedMessageError(h.senderDevice, h.counter);
    const wrap = envelope.wraps.find((w) => w.to === this.id);
    if (!wrap) {
      trace?.add({ step: 'unwrap', party: this.id, ok: false, wrappedKey: undefined, messageKey: undefined });
      throw new NotARecipientError(this.id);
    }
    const outcome = openWith(this.#ctx, envelope, wrap, this.#pairKey(h.senderKey, false), this.id, trace);
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

  #checkSender(envelope: Envelope, trace: Trace | undefined): DeviceBundle {
    const h = envelope.header;
    const sender = this.#provider.directory.find(h.senderDevice);
    if (!sender) throw new UnknownParticipantError(h.senderDevice);
    if (sender.user !== h.senderUser || !equalBytes(sender.agreementKey, h.senderKey)) {
      throw new SenderKeyMismatchError(h.senderDevice);
    }
    if (!verifySignature(this.#ctx, envelope, sender.signingKey, this.id, trace)) {
      throw new TamperedEnvelopeError('signature');
    }
    return sender;
  }

  /**
   * Opens every envelope the provider holds for this device. One bad envelope
   * does not stop the others: it is returned in `refused` with its error.
   */
  receive(options: ReadOptions = {}): { messages: ReceivedMessage[]; refused: { envelope: Envelope; error: Error }[] } {
    const messages: ReceivedMessage[] = [];
    const refused: { envelope: Envelope; error: Error }[] = [];
    const conversations = new Set<string>();
    for (const envelope of this.#provider.collect(this.id)) {
      try {
        const message = this.open(envelope, options);
        messages.push(message);
        conversations.add(message.conversation);
      } catch (error) {
        refused.push({ envelope, error: error instanceof Error ? error : new Error(String(error)) });
      }
    }
    // A client refreshes the roster of every conversation it hears from.
    for (const conversation of conversations) {
      try {
        this.#sync(conversation);
      } catch {
        // The conversation is gone: nothing to refresh.
      }
    }
    return { messages, refused };
  }

  /** Every message this device opened, oldest first. */
  received(conversation?: string): ReceivedMessage[] {
    return this.#received.filter((m) => conversation === undefined || m.conversation === conversation);
  }

  /** {@inheritDoc Party.tryRead} */
  tryRead(envelope: Envelope, options: ReadOptions = {}): ReadAttempt {
    const { trace } = options;
    try {
      this.#checkSender(envelope, trace);
    } catch (error) {
      return {
        canRead: false,
        reason: error instanceof TamperedEnvelopeError ? 'tampered' : 'unknown-sender',
      };
    }
    digestHeader(this.#ctx, envelope);
    let key: Uint8Array;
    try {
      key = this.#pairKey(envelope.header.senderKey, false);
    } catch {
      return { canRead: false, reason: 'unknown-sender' };
    }
    let tampered = false;
    for (const wrap of wrapsToTry(envelope, this.id)) {
      const outcome = openWith(this.#ctx, envelope, wrap, key, this.id, trace);
      if (outcome.ok) {
        return { canRead: true, reason: this.role === 'ghost' ? 'ghost' : 'member', text: outcome.text, via: wrap.to };
      }
      if (outcome.failed === 'ciphertext') tampered = true;
    }
    return { canRead: false, reason: tampered ? 'tampered' : 'not-a-recipient' };
  }

  // ---- safety numbers ------------------------------------------------------

  /**
   * The safety number of this user and `user`, as this device sees them: its
   * own key, and the keys the provider's directory lists for `user`'s devices.
   * If the provider slipped a ghost device into `user`'s account, the number
   * differs from the one `user`'s own device computes.
   */
  safetyNumberWith(user: string): SafetyNumber {
    const theirs = this.#provider.directory.devicesOf(user);
    if (theirs.length === 0) throw new UnknownParticipantError(user);
    return safetyNumber(
      this.#ctx.sodium,
      { user: this.user, signingKeys: [this.bundle.signingKey] },
      { user, signingKeys: theirs.map((d) => d.signingKey) },
    );
  }
}
