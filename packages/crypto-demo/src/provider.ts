/**
 * The messaging service: directory, rosters, relay and inboxes. It holds only
 * public data, in the shapes of provider-records.ts.
 */
import type { KitContext } from './context.js';
import { ESCROW_PREFIX, type Envelope } from './envelope.js';
import {
  InvalidArgumentError,
  NotAMemberError,
  UnknownConversationError,
  UnknownParticipantError,
} from './errors.js';
import { checkId } from './ids.js';
import type { Party, ReadAttempt } from './party.js';
import type {
  AccessOrder,
  ConversationRecord,
  DeviceBundle,
  EscrowKeyInfo,
  HasBundle,
  ProviderView,
  RelayRecord,
  RosterEntry,
} from './provider-records.js';
import type { Trace } from './trace.js';
import { serializeEnvelope } from './wire.js';

/** Options of {@link Provider.executeAccessOrder}. */
export interface AccessOrderOptions {
  readonly conversation: string;
  /** The agency's device, made with `kit.ghost()`. */
  readonly ghost: HasBundle;
  /** Tell clients to show no notice (the 2018 proposal). Default `true`. */
  readonly suppressNotices?: boolean;
  /** Tell clients not to list the ghost in the member list. Default `true`. */
  readonly hidden?: boolean;
}

/** The provider's public-key directory. */
export class Directory {
  readonly #devices = new Map<string, DeviceBundle>();

  /** Adds a device's public keys. @throws {InvalidArgumentError} if the id is taken. */
  register(bundle: DeviceBundle): void {
    if (this.#devices.has(bundle.device)) {
      throw new InvalidArgumentError(`A device called "${bundle.device}" is already registered.`);
    }
    this.#devices.set(bundle.device, bundle);
  }

  /** A device's bundle. @throws {UnknownParticipantError} if there is none. */
  device(id: string): DeviceBundle {
    const bundle = this.#devices.get(id);
    if (!bundle) throw new UnknownParticipantError(id);
    return bundle;
  }

  /** A device's bundle, or `undefined`. */
  find(id: string): DeviceBundle | undefined {
    return this.#devices.get(id);
  }

  /** The devices the directory lists for a user (a ghost may hide among them). */
  devicesOf(user: string): DeviceBundle[] {
    return [...this.#devices.values()].filter((d) => d.user === user);
  }

  /** Every registered device. */
  all(): DeviceBundle[] {
    return [...this.#devices.values()];
  }
}

/**
 * The messaging service: a key directory, the conversation rosters and a
 * relay. It never holds a user's private key. Everything it knows is in
 * {@link Provider.view}. Make one with `kit.provider()`.
 */
export class Provider implements Party {
  readonly id = 'provider';
  readonly role = 'provider' as const;
  readonly name: string;
  readonly directory = new Directory();
  readonly #ctx: KitContext;
  readonly #conversations = new Map<string, ConversationRecord>();
  readonly #inboxes = new Map<string, Envelope[]>();
  readonly #relayed: RelayRecord[] = [];
  readonly #escrow: EscrowKeyInfo[] = [];
  readonly #orders: AccessOrder[] = [];

  /** Not for direct use: call `kit.provider()`. */
  constructor(ctx: KitContext, name: string) {
    this.#ctx = ctx;
    this.name = name;
  }

  /** Publishes a device's public keys in the directory. */
  register(device: HasBundle | DeviceBundle): void {
    this.directory.register('bundle' in device ? device.bundle : device);
  }

  /** @internal Called by `Device.createConversation` (roster.ts). */
  createConversation(input: Omit<ConversationRecord, 'version' | 'removed'>): void {
    checkId(input.id, 'A conversation id');
    if (this.#conversations.has(input.id)) {
      throw new InvalidArgumentError(`A conversation called "${input.id}" already exists.`);
    }
    for (const e of input.entries) this.directory.device(e.device);
    this.#conversations.set(input.id, {
      ...input,
      entries: [...input.entries],
      removed: [],
      version: 1,
    });
  }

  /** The stored record of a conversation. @throws {UnknownConversationError} */
  conversation(id: string): ConversationRecord {
    const record = this.#conversations.get(id);
    if (!record) throw new UnknownConversationError(id);
    return record;
  }

  /** Every conversation, in creation order. */
  conversations(): ConversationRecord[] {
    return [...this.#conversations.values()];
  }

  /** @internal Called by `Device.addMember` (roster.ts) and access orders. */
  addEntry(conversation: string, entry: RosterEntry): void {
    const record = this.conversation(conversation);
    this.directory.device(entry.device);
    if (record.entries.some((e) => e.device === entry.device)) {
      throw new InvalidArgumentError(`${entry.device} is already in "${conversation}".`);
    }
    this.#conversations.set(conversation, {
      ...record,
      entries: [...record.entries, entry],
      removed: record.removed.filter((r) => r.device !== entry.device),
      version: record.version + 1,
    });
  }

  /** Takes a device off a conversation's roster. */
  removeEntry(
    conversation: string,
    device: string,
    options: { suppressNotice?: boolean } = {},
  ): void {
    const record = this.conversation(conversation);
    if (!record.entries.some((e) => e.device === device))
      throw new NotAMemberError(device, conversation);
    this.#conversations.set(conversation, {
      ...record,
      entries: record.entries.filter((e) => e.device !== device),
      removed: [
        ...record.removed,
        { device, at: this.#ctx.now(), suppressNotice: options.suppressNotice ?? false },
      ],
      version: record.version + 1,
    });
  }

  /**
   * Carries out an "exceptional access" order, as the 2018 GCHQ proposal
   * described: the ghost device joins the roster without any member's
   * signature, and (by default) clients are told neither to list it nor to
   * show a notice. From the next message on, every member's client encrypts
   * to it as well.
   */
  executeAccessOrder(options: AccessOrderOptions): AccessOrder {
    const order: AccessOrder = {
      conversation: options.conversation,
      ghost: options.ghost.bundle.device,
      suppressNotices: options.suppressNotices ?? true,
      hidden: options.hidden ?? true,
      at: this.#ctx.now(),
    };
    this.addEntry(options.conversation, {
      device: options.ghost.bundle.device,
      addedBy: null,
      signature: null,
      hidden: order.hidden,
      suppressNotice: order.suppressNotices,
      addedAt: order.at,
    });
    this.#orders.push(order);
    return order;
  }

  /** From now on every client also wraps each message key to this escrow key. */
  mandateEscrow(authority: { readonly escrowKey: EscrowKeyInfo }): void {
    if (this.#escrow.some((e) => e.id === authority.escrowKey.id)) return;
    this.#escrow.push(authority.escrowKey);
  }

  /** The escrow keys clients must encrypt to. */
  escrowKeys(): readonly EscrowKeyInfo[] {
    return this.#escrow;
  }

  /**
   * Stores an envelope and queues it for every device it has a wrapped key
   * for. The provider checks only what it can see: the sender is a member.
   *
   * @throws {NotAMemberError} if the sender is not on the conversation's roster.
   */
  relay(envelope: Envelope, trace?: Trace): RelayRecord {
    const h = envelope.header;
    const record = this.conversation(h.conversation);
    if (!record.entries.some((e) => e.device === h.senderDevice)) {
      throw new NotAMemberError(h.senderDevice, h.conversation);
    }
    const to = envelope.wraps.map((w) => w.to);
    const relayed: RelayRecord = {
      index: this.#relayed.length + 1,
      conversation: h.conversation,
      fromUser: h.senderUser,
      fromDevice: h.senderDevice,
      to,
      sentAt: h.sentAt,
      relayedAt: this.#ctx.now(),
      ciphertextBytes: envelope.ciphertext.length,
      envelope,
    };
    this.#relayed.push(relayed);
    for (const device of to) {
      if (device.startsWith(ESCROW_PREFIX) || device === h.senderDevice) continue;
      let inbox = this.#inboxes.get(device);
      if (!inbox) {
        inbox = [];
        this.#inboxes.set(device, inbox);
      }
      inbox.push(envelope);
    }
    trace?.add({
      step: 'relay',
      party: this.id,
      from: h.senderDevice,
      to,
      size: relayed.ciphertextBytes,
    });
    return relayed;
  }

  /**
   * @internal Hands a device the envelopes queued for it, and empties its
   * queue (`Device.receive`, receive.ts).
   */
  collect(device: string): Envelope[] {
    const inbox = this.#inboxes.get(device) ?? [];
    this.#inboxes.delete(device);
    return inbox;
  }

  /**
   * Puts an envelope (perhaps altered, perhaps a copy) in a device's queue, as
   * a hostile network could.
   */
  deliver(device: string, envelope: Envelope): void {
    const inbox = this.#inboxes.get(device) ?? [];
    inbox.push(envelope);
    this.#inboxes.set(device, inbox);
  }

  /** The envelopes relayed in a conversation (or in all), in order. */
  envelopes(conversation?: string): Envelope[] {
    return this.#relayed
      .filter((r) => conversation === undefined || r.conversation === conversation)
      .map((r) => r.envelope);
  }

  /** The relay log with metadata, in order. */
  relayLog(conversation?: string): RelayRecord[] {
    return this.#relayed.filter(
      (r) => conversation === undefined || r.conversation === conversation,
    );
  }

  /** Everything the provider stores or relays: public keys, rosters, metadata and ciphertext. */
  view(): ProviderView {
    return {
      directory: this.directory.all(),
      conversations: this.conversations(),
      messages: this.#relayed.map((r) => ({ ...r, wire: serializeEnvelope(r.envelope) })),
      escrowKeys: [...this.#escrow],
      accessOrders: [...this.#orders],
    };
  }

  /** The provider holds no private key, so there is nothing to try: it never reads a message. */
  tryRead(): ReadAttempt {
    return { canRead: false, reason: 'holds-no-keys' };
  }
}
