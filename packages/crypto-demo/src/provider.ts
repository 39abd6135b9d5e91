/**
 * The messaging service: directory, rosters, commit chains, relay and
 * inboxes. It holds only public data, in the shapes of provider-records.ts.
 * Some of its methods are what a hostile server can do (marked so): the tests
 * play the adversary with them.
 */
import { Chain, parseCommit } from './commits.js';
import { KitToken, type KitContext } from './context.js';
import {
  ESCROW_PREFIX,
  KEY_BYTES,
  compareIds,
  isWeakX25519,
  sealedParts,
  type Envelope,
  type GroupMode,
} from './envelope.js';
import {
  CommitGapError,
  EscrowMissingError,
  InvalidArgumentError,
  InvalidCommitError,
  ModeMismatchError,
  NotAMemberError,
  UnknownConversationError,
  UnknownParticipantError,
  WeakKeyError,
} from './errors.js';
import { trustDirectory } from './escrow-trust.js';
import { checkBundleShape, freezeBundle, mustBeCertified } from './identity.js';
import { pushUpdate } from './ordered-update.js';
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
import { checkReceipt, type ReadReceipt } from './receipt.js';
import { checkDirectorySender } from './receive.js';
import type { Trace } from './trace.js';
import { LIMITS, isId, parseEnvelope, serializeEnvelope, toSealed } from './wire.js';

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

/** Options of {@link Provider.orderClientUpdate}. */
export interface ClientUpdateOptions {
  readonly conversation: string;
  /** The member's device that receives the update: it signs the ghost in and hides it from its user. */
  readonly device: HasBundle;
  /** The agency's device, made with `kit.ghost()`. */
  readonly ghost: HasBundle;
}

/** One change of a provider-managed roster, as {@link Provider.importRosterChange} copies it. */
export interface ImportedRosterChange {
  readonly op: 'add' | 'remove';
  /** The device id. */
  readonly device: string;
  /** Tell clients not to list it (default `false`, `true` for an access order). */
  readonly hidden?: boolean;
  /** Tell clients to show no notice (default `false`, `true` for an access order). */
  readonly suppressNotice?: boolean;
  /** The provider's access order: the ghost joins without any member's consent. */
  readonly accessOrder?: boolean;
}

/** Options of `kit.provider()`. */
export interface ProviderOptions {
  /**
   * Refuse envelopes without a wrap for every mandated escrow key
   * (`EscrowMissingError`). Default `true`. It checks that the wrap is
   * there, never what it holds: only the key holder can (docs/protocol.md §11.3).
   */
  readonly checksEscrow?: boolean;
}

/** The provider's public-key directory. */
export class Directory {
  readonly #devices = new Map<string, DeviceBundle>();
  readonly #ctx: KitContext;
  #revision = 0;

  /** @internal Grows at every change, so that clients can cache what they looked up. */
  revision(): number {
    return this.#revision;
  }

  /** Not for direct use: every provider has one (a {@link KitToken} is the kit's own). */
  constructor(token: KitToken) {
    this.#ctx = KitToken.open(token);
  }

  /**
   * Adds a device's public keys, after checking their lengths, the X25519
   * key and the certificate.
   *
   * @throws {InvalidArgumentError} if the id is taken or a field is malformed (naming the device).
   * @throws {WeakKeyError} for a low-order X25519 key (naming the device).
   * @throws {UncertifiedDeviceError} if the user's identity key did not sign it.
   */
  register(bundle: DeviceBundle): void {
    const b = checkBundleShape(this.#ctx.sodium, bundle);
    if (this.#devices.has(b.device)) {
      throw new InvalidArgumentError(`A device called "${b.device}" is already registered.`);
    }
    mustBeCertified(this.#ctx.sodium, b);
    this.#devices.set(b.device, freezeBundle(b));
    this.#revision++;
  }

  /**
   * What a hostile directory can do: serve any bundle for a device id (new
   * keys, another identity key, a certificate that does not verify). Only the
   * lengths are checked. Clients refuse an uncertified bundle, and a new
   * identity key changes the safety number.
   */
  swap(bundle: DeviceBundle): void {
    const b = checkBundleShape(this.#ctx.sodium, bundle);
    this.#devices.set(b.device, freezeBundle(b));
    this.#revision++;
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

interface StoredConversation {
  record: ConversationRecord;
  /** Member-signed: the provider's own copy of the chain (it checks that a commit extends it). */
  chain?: Chain;
  /** Member-signed: a different history served to some devices (hostile). */
  forked: Map<string, readonly string[]>;
}

/**
 * The messaging service: a key directory, the conversation rosters or commit
 * chains, and a relay. It never holds a user's private key. Everything it
 * knows is in {@link Provider.view}. Make one with `kit.provider()`.
 */
export class Provider implements Party {
  readonly id = 'provider';
  readonly role = 'provider' as const;
  readonly name: string;
  readonly directory: Directory;
  /** Whether the relay refuses envelopes without the mandated escrow wraps. */
  readonly checksEscrow: boolean;
  readonly #ctx: KitContext;
  readonly #conversations = new Map<string, StoredConversation>();
  readonly #inboxes = new Map<string, unknown[]>();
  readonly #relayed: RelayRecord[] = [];
  readonly #escrow: EscrowKeyInfo[] = [];
  readonly #orders: AccessOrder[] = [];

  /** Not for direct use: call `kit.provider()` (a {@link KitToken} is the kit's own). */
  constructor(token: KitToken, name: string, options: ProviderOptions = {}) {
    this.#ctx = KitToken.open(token);
    this.name = name;
    this.directory = new Directory(token);
    this.checksEscrow = options.checksEscrow ?? true;
  }

  /** Publishes a device's public keys in the directory (see {@link Directory.register}). */
  register(device: HasBundle | DeviceBundle): void {
    this.directory.register('bundle' in device ? device.bundle : device);
  }

  #stored(id: string): StoredConversation {
    const stored = this.#conversations.get(id);
    if (!stored) throw new UnknownConversationError(id);
    return stored;
  }

  #set(stored: StoredConversation, record: ConversationRecord): void {
    stored.record = Object.freeze(record);
  }

  /**
   * @internal Called by `Device.createConversation` (roster.ts): a
   * provider-managed roster, or a member-signed chain's genesis commit.
   */
  createConversation(input: {
    id: string;
    name: string;
    mode: GroupMode;
    creator: string;
    devices?: readonly string[];
    genesis?: string;
  }): void {
    if (!isId(input.id))
      throw new InvalidArgumentError('A conversation id must be 1 to 128 bytes of text.');
    if (this.#conversations.has(input.id)) {
      throw new InvalidArgumentError(`A conversation called "${input.id}" already exists.`);
    }
    if (input.mode === 'provider-managed') {
      // The provider-managed change log's one clock reading (docs/protocol.md §16).
      const at = this.#ctx.now();
      const devices = input.devices ?? [];
      for (const d of devices) this.directory.device(d);
      const stored: StoredConversation = {
        record: undefined as unknown as ConversationRecord,
        forked: new Map(),
      };
      this.#set(stored, {
        id: input.id,
        name: input.name,
        mode: input.mode,
        creator: input.creator,
        entries: devices.map((device) => ({
          device,
          hidden: false,
          suppressNotice: false,
          addedAt: at,
        })),
        changes: devices.map((device, i) => ({
          version: i + 1,
          kind: 'added',
          device,
          at,
          suppressNotice: false,
        })),
        version: devices.length,
        commits: [],
      });
      this.#conversations.set(input.id, stored);
      return;
    }
    const chain = new Chain(this.#ctx.sodium, input.id);
    const text = input.genesis ?? '';
    chain.apply(parseCommit(text));
    const stored: StoredConversation = {
      record: undefined as unknown as ConversationRecord,
      chain,
      forked: new Map(),
    };
    this.#set(stored, this.#chainRecord(input.id, input.name, chain, [text], []));
    this.#conversations.set(input.id, stored);
  }

  #chainRecord(
    id: string,
    name: string,
    chain: Chain,
    commits: readonly string[],
    extra: readonly RosterEntry[],
    previous: readonly RosterEntry[] = [],
  ): ConversationRecord {
    // No clock reading here (docs/protocol.md §16): a device keeps the time it was first listed,
    // and a new one takes the signed `at` of the latest commit.
    const last = commits.at(-1);
    const at = last === undefined ? 0 : parseCommit(last).at;
    const since = new Map(previous.map((e) => [e.device, e.addedAt]));
    return {
      id,
      name,
      mode: 'member-signed',
      creator: chain.roster(1)[0]?.device ?? '',
      entries: [
        ...chain.roster().map((b) => ({
          device: b.device,
          hidden: false,
          suppressNotice: false,
          addedAt: since.get(b.device) ?? at,
        })),
        ...extra,
      ],
      changes: [],
      version: chain.epoch,
      commits: Object.freeze([...commits]),
    };
  }

  /** The stored record of a conversation (a frozen value). @throws {UnknownConversationError} */
  conversation(id: string): ConversationRecord {
    return this.#stored(id).record;
  }

  /** Every conversation, in creation order. */
  conversations(): ConversationRecord[] {
    return [...this.#conversations.values()].map((s) => s.record);
  }

  /**
   * The commits of a member-signed conversation, as the provider serves them
   * to `device` (a hostile provider may serve different devices different
   * histories: {@link Provider.replaceCommits}).
   */
  commits(conversation: string, device?: string): readonly string[] {
    const stored = this.#stored(conversation);
    return (device !== undefined ? stored.forked.get(device) : undefined) ?? stored.record.commits;
  }

  /**
   * @internal Called by a member's client (roster.ts): stores a commit if it
   * extends the provider's chain (`epoch = E + 1`, `prev = state(E)`, signed
   * by a member), which puts concurrent commits in one order.
   */
  publishCommit(conversation: string, text: string): void {
    const stored = this.#stored(conversation);
    if (!stored.chain)
      throw new InvalidArgumentError(`"${conversation}" is not a member-signed conversation.`);
    this.#applyCommit(stored, stored.chain, text, parseCommit(text));
  }

  /** Applies a parsed commit to the provider's chain; `false` for an exact duplicate. */
  #applyCommit(
    stored: StoredConversation,
    chain: Chain,
    text: string,
    commit: ReturnType<typeof parseCommit>,
  ): boolean {
    if (!chain.apply(commit)) return false;
    const r = stored.record;
    this.#set(
      stored,
      this.#chainRecord(
        r.id,
        r.name,
        chain,
        [...r.commits, text],
        r.entries.filter((e) => e.hidden),
        r.entries,
      ),
    );
    return true;
  }

  // ---- a mirror of a remote provider ----------------------------------------

  /**
   * Copies one commit of a member-signed conversation from a remote provider
   * (a client's mirror of a server's state, fed by its ordered events). A
   * genesis commit creates the conversation (named by its id); a later one
   * is applied with every check of the chain (docs/protocol.md §6.4), as
   * {@link Provider.commits} then serves it to this provider's devices.
   *
   * @returns `true` if the commit was applied, `false` if this exact commit was already there.
   * @throws {MalformedInputError} / {UnsupportedVersionError} if the text is not a canonical commit.
   * @throws {InvalidCommitError} for a commit of another conversation or one that breaks a rule
   * of the chain (a bad signature, a signer who is not a member, …).
   * @throws {CommitGapError} if epochs are missing before it (a genesis never came, or a commit was withheld).
   * @throws {ForkError} for another commit at an epoch already applied, or one that does not follow it.
   * @throws {UncertifiedDeviceError} for a bundle its identity key did not sign.
   * @throws {ModeMismatchError} if the conversation is provider-managed here.
   */
  importCommit(conversation: string, commitText: string): boolean {
    if (typeof commitText !== 'string')
      throw new InvalidArgumentError('A commit is imported as its canonical JSON text.');
    const commit = parseCommit(commitText);
    if (commit.conversation !== conversation)
      throw new InvalidCommitError(conversation, commit.epoch, 'conversation');
    const stored = this.#conversations.get(conversation);
    if (!stored) {
      if (commit.epoch !== 1) throw new CommitGapError(conversation, 0, commit.epoch);
      this.createConversation({
        id: conversation,
        name: conversation,
        mode: 'member-signed',
        creator: commit.committer,
        genesis: commitText,
      });
      return true;
    }
    if (!stored.chain)
      throw new ModeMismatchError(conversation, 'provider-managed', 'member-signed');
    return this.#applyCommit(stored, stored.chain, commitText, commit);
  }

  /**
   * Copies one change of a provider-managed roster from a remote provider (a
   * client's mirror, fed by the server's ordered events). The first `add`
   * creates the conversation. With `accessOrder: true` it is the provider's
   * access order ({@link Provider.executeAccessOrder}): the device joins
   * hidden and without a notice unless `hidden` / `suppressNotice` say
   * `false`; in a member-signed conversation such an entry is stored but no
   * client reads it. Every device must already be in this provider's
   * directory (register its certified bundle first).
   *
   * @returns `true` if the roster changed, `false` if it already was so (the device already
   * listed, or already gone).
   * @throws {InvalidArgumentError} for a malformed change.
   * @throws {UnknownParticipantError} if the directory does not list the device.
   * @throws {UnknownConversationError} for an access order before the conversation exists.
   * @throws {ModeMismatchError} for a plain add, or the removal of a signed member, in a
   * member-signed conversation (only a member's signed commit changes that roster).
   */
  importRosterChange(conversation: string, change: ImportedRosterChange): boolean {
    const c: unknown = change;
    if (typeof c !== 'object' || c === null)
      throw new InvalidArgumentError('A roster change must be an object.');
    const x = c as Record<string, unknown>;
    if (x.op !== 'add' && x.op !== 'remove')
      throw new InvalidArgumentError('A roster change\'s op must be "add" or "remove".');
    if (!isId(x.device)) throw new InvalidArgumentError('A roster change must name a device id.');
    for (const flag of ['hidden', 'suppressNotice', 'accessOrder'] as const) {
      if (x[flag] !== undefined && typeof x[flag] !== 'boolean')
        throw new InvalidArgumentError(`A roster change's ${flag} must be true or false.`);
    }
    const device = x.device;
    const stored = this.#conversations.get(conversation);
    const listed = stored?.record.entries.some((e) => e.device === device) ?? false;
    if (x.op === 'remove') {
      if (!stored || !listed) return false;
      if (stored.chain?.roster().some((b) => b.device === device))
        throw new ModeMismatchError(conversation, 'member-signed', 'provider-managed');
      this.removeEntry(conversation, device, { suppressNotice: change.suppressNotice ?? false });
      return true;
    }
    const bundle = this.directory.device(device);
    if (listed) return false;
    if (change.accessOrder === true) {
      this.executeAccessOrder({
        conversation,
        ghost: { bundle },
        suppressNotices: change.suppressNotice ?? true,
        hidden: change.hidden ?? true,
      });
      return true;
    }
    if (stored?.chain)
      throw new ModeMismatchError(conversation, 'member-signed', 'provider-managed');
    if (!stored) {
      this.createConversation({
        id: conversation,
        name: conversation,
        mode: 'provider-managed',
        creator: device,
        devices: [],
      });
    }
    this.addEntry(conversation, device, {
      hidden: change.hidden ?? false,
      suppressNotice: change.suppressNotice ?? false,
    });
    return true;
  }

  /**
   * What a hostile server can do to a member-signed conversation: serve any
   * list of commit texts instead of the real chain, to everyone or to one
   * device. It can drop, reorder, replay or forge commits; clients that
   * pinned the genesis refuse a re-rooted or forged history (`fork`,
   * `invalid-commit`), and a withheld commit only delays.
   */
  replaceCommits(
    conversation: string,
    commits: readonly string[],
    options: { forDevice?: string } = {},
  ): void {
    const stored = this.#stored(conversation);
    const list = Object.freeze([...commits]);
    if (options.forDevice !== undefined) stored.forked.set(options.forDevice, list);
    else this.#set(stored, { ...stored.record, commits: list });
  }

  /** @internal Called by `Device.addMember` in provider-managed conversations, and by access orders. */
  addEntry(
    conversation: string,
    device: string,
    options: { hidden?: boolean; suppressNotice?: boolean } = {},
  ): void {
    const stored = this.#stored(conversation);
    const record = stored.record;
    this.directory.device(device);
    if (record.entries.some((e) => e.device === device)) {
      throw new InvalidArgumentError(`${device} is already in "${conversation}".`);
    }
    const at = this.#ctx.now();
    const entry: RosterEntry = {
      device,
      hidden: options.hidden ?? false,
      suppressNotice: options.suppressNotice ?? false,
      addedAt: at,
    };
    if (record.mode === 'member-signed') {
      // Stored, and delivered to, but no client reads the provider's list in this mode.
      this.#set(stored, { ...record, entries: [...record.entries, entry] });
      return;
    }
    const version = record.version + 1;
    this.#set(stored, {
      ...record,
      entries: [...record.entries, entry],
      changes: [
        ...record.changes,
        { version, kind: 'added', device, at, suppressNotice: entry.suppressNotice },
      ],
      version,
    });
  }

  /**
   * Takes a device off a provider-managed roster (and, if asked, tells
   * clients not to show the notice). In a member-signed conversation only a
   * member's signed commit removes a device.
   */
  removeEntry(
    conversation: string,
    device: string,
    options: { suppressNotice?: boolean } = {},
  ): void {
    const stored = this.#stored(conversation);
    const record = stored.record;
    if (!record.entries.some((e) => e.device === device))
      throw new NotAMemberError(device, conversation);
    const entries = record.entries.filter((e) => e.device !== device);
    if (record.mode === 'member-signed') {
      this.#set(stored, { ...record, entries });
      return;
    }
    const version = record.version + 1;
    this.#set(stored, {
      ...record,
      entries,
      changes: [
        ...record.changes,
        {
          version,
          kind: 'removed',
          device,
          at: this.#ctx.now(),
          suppressNotice: options.suppressNotice ?? false,
        },
      ],
      version,
    });
  }

  /**
   * Carries out an "exceptional access" order as the 2018 GCHQ proposal
   * described: the ghost joins the provider's roster without any member's
   * consent, and (by default) clients are told neither to list it nor to
   * show a notice. In a provider-managed conversation every client encrypts
   * to it from the next message on. In a member-signed conversation it has no
   * effect on clients (they read the signed chain, not the provider's list):
   * see {@link Provider.orderClientUpdate}.
   */
  executeAccessOrder(options: AccessOrderOptions): AccessOrder {
    const order: AccessOrder = Object.freeze({
      kind: 'provider-roster' as const,
      conversation: options.conversation,
      ghost: options.ghost.bundle.device,
      device: null,
      suppressNotices: options.suppressNotices ?? true,
      hidden: options.hidden ?? true,
      at: this.#ctx.now(),
    });
    this.addEntry(options.conversation, order.ghost, {
      hidden: order.hidden,
      suppressNotice: order.suppressNotices,
    });
    this.#orders.push(order);
    return order;
  }

  /**
   * The access order for a member-signed conversation (docs/protocol.md
   * §12): pushes an "ordered client update" to one member's device. That
   * client signs a commit adding the ghost, with its own key, and hides the
   * ghost and the notice from its own user. Every other member's client
   * shows the signed change; the updated user sees nothing.
   *
   * @throws {InvalidArgumentError} if `device` is not a device made by the kit.
   */
  orderClientUpdate(options: ClientUpdateOptions): AccessOrder {
    const order: AccessOrder = Object.freeze({
      kind: 'client-update' as const,
      conversation: options.conversation,
      ghost: options.ghost.bundle.device,
      device: options.device.bundle.device,
      suppressNotices: true,
      hidden: true,
      at: this.#ctx.now(),
    });
    if (!pushUpdate(options.device, { conversation: options.conversation, ghost: options.ghost })) {
      throw new InvalidArgumentError('Only a device made by the kit can receive a client update.');
    }
    this.#orders.push(order);
    return order;
  }

  /**
   * From now on every compliant client also wraps each message key to this
   * escrow key (at most 8).
   *
   * @throws {InvalidArgumentError} for a bad id, name or key length, or a ninth key.
   * @throws {WeakKeyError} for a low-order key, naming `escrow:<id>`.
   */
  mandateEscrow(authority: { readonly escrowKey: EscrowKeyInfo } | EscrowKeyInfo): void {
    const key: unknown = 'escrowKey' in authority ? authority.escrowKey : authority;
    if ('escrowKey' in authority) trustDirectory(authority, this.directory);
    if (typeof key !== 'object' || key === null)
      throw new InvalidArgumentError('An escrow key must be an object.');
    const k = key as Record<string, unknown>;
    if (!isId(k.id, LIMITS.escrowIdBytes)) {
      throw new InvalidArgumentError(
        `An escrow authority id must be 1 to ${LIMITS.escrowIdBytes} bytes of text.`,
      );
    }
    const owner = ESCROW_PREFIX + k.id;
    if (!isId(k.name))
      throw new InvalidArgumentError(`The name of ${owner} must be 1 to 128 bytes of text.`);
    if (!(k.publicKey instanceof Uint8Array) || k.publicKey.length !== KEY_BYTES) {
      throw new InvalidArgumentError(`The public key of ${owner} must be ${KEY_BYTES} bytes.`);
    }
    if (isWeakX25519(this.#ctx.sodium, k.publicKey)) throw new WeakKeyError(owner);
    if (this.#escrow.some((e) => e.id === k.id)) return;
    if (this.#escrow.length >= LIMITS.escrow) {
      throw new InvalidArgumentError(
        `A provider may mandate at most ${LIMITS.escrow} escrow keys.`,
      );
    }
    this.#escrow.push(Object.freeze({ id: k.id, name: k.name, publicKey: k.publicKey.slice() }));
  }

  /** @internal Grows when the escrow list changes (clients cache their plans on it). */
  escrowRevision(): number {
    return this.#escrow.length;
  }

  /** The escrow keys clients must encrypt to. */
  escrowKeys(): readonly EscrowKeyInfo[] {
    return [...this.#escrow];
  }

  /**
   * Stores an envelope and queues it for every device it has a wrapped key
   * for. The provider checks only what it can see: the envelope is well
   * formed, the sender is a member, and (if it checks escrow) a wrap is
   * addressed to every mandated escrow key. It cannot see what a wrap holds.
   *
   * @throws {MalformedEnvelopeError} if `envelope` is not a valid envelope.
   * @throws {NotAMemberError} if the sender is not on the conversation's roster.
   * @throws {EscrowMissingError} if a mandated escrow wrap is missing.
   */
  relay(envelope: Envelope | string, trace?: Trace): RelayRecord {
    const value = parseEnvelope(envelope);
    const sealed = sealedParts(value) as NonNullable<ReturnType<typeof sealedParts>>;
    const h = sealed.header;
    const stored = this.#stored(h.conversation);
    let members = memberSets.get(stored.record);
    if (!members || stored.chain) {
      members = new Set(
        stored.chain
          ? stored.chain.roster(h.epoch).map((b) => b.device)
          : stored.record.entries.map((e) => e.device),
      );
      if (!stored.chain) memberSets.set(stored.record, members);
    }
    if (!members.has(h.senderDevice)) throw new NotAMemberError(h.senderDevice, h.conversation);
    const to = sealed.wraps.map((w) => w.to);
    if (this.checksEscrow && this.#escrow.length > 0) {
      const missing = this.#escrow
        .filter((e) => !to.includes(ESCROW_PREFIX + e.id))
        .map((e) => e.id);
      if (missing.length > 0) throw new EscrowMissingError(missing);
    }
    const relayed: RelayRecord = Object.freeze({
      index: this.#relayed.length + 1,
      conversation: h.conversation,
      fromUser: h.senderUser,
      fromDevice: h.senderDevice,
      to,
      sentAt: h.sentAt,
      relayedAt: this.#ctx.now(),
      ciphertextBytes: sealed.ciphertext.length,
      envelope: value,
    });
    this.#relayed.push(relayed);
    for (const device of to) {
      if (device.startsWith(ESCROW_PREFIX) || device === h.senderDevice) continue;
      this.#queue(device, value);
    }
    trace?.add({
      step: 'relay',
      party: this.id,
      from: h.senderDevice,
      to: [...to],
      size: relayed.ciphertextBytes,
    });
    return relayed;
  }

  /**
   * The checks a provider can make of an envelope with public keys only
   * (docs/protocol.md §11.2): it is a well-formed version-2 envelope, its
   * sender's bundle is in the directory and certified by the sender's
   * identity key, the header names that user and that agreement key, and
   * the sender's Ed25519 signature covers it. It decrypts nothing and does
   * not check the roster (see {@link Provider.relay}).
   *
   * @throws {MalformedEnvelopeError} / {UnsupportedVersionError} for what is not an envelope.
   * @throws {UnknownParticipantError} if the directory does not list the sender.
   * @throws {UncertifiedDeviceError} if the sender's bundle is not certified.
   * @throws {SenderKeyMismatchError} if the header's user or key is not the sender's.
   * @throws {TamperedEnvelopeError} (`part: 'signature'`) if the signature does not check out.
   */
  checkEnvelope(envelope: Envelope | string | Uint8Array): void {
    checkDirectorySender(
      this.#ctx,
      toSealed(envelope),
      (device) => this.directory.find(device),
      this.id,
      undefined,
    );
  }

  /**
   * Checks a read receipt (docs/protocol.md §19): well formed, its reader
   * in the directory and certified, and the reader's signature over it. It
   * does not check that the envelope exists or was addressed to the reader.
   *
   * @param receipt a receipt value, its JSON text or its JSON value (see {@link parseReadReceipt}).
   * @throws {MalformedInputError} / {UnsupportedVersionError} for what is not a receipt.
   * @throws {UnknownParticipantError} if the directory does not list the reader.
   * @throws {UncertifiedDeviceError} if the reader's bundle is not certified.
   * @throws {TamperedReceiptError} if the signature is not the reader's over this receipt.
   */
  checkReadReceipt(receipt: ReadReceipt | string): void {
    checkReceipt(this.#ctx, receipt, (device) => this.directory.find(device));
  }

  #queue(device: string, item: unknown): void {
    const inbox = this.#inboxes.get(device) ?? [];
    inbox.push(item);
    this.#inboxes.set(device, inbox);
  }

  /**
   * @internal Hands a device what is queued for it, and empties its queue
   * (`Device.receive`, receive.ts). The items are whatever was delivered.
   */
  collect(device: string): unknown[] {
    const inbox = this.#inboxes.get(device) ?? [];
    this.#inboxes.delete(device);
    return inbox;
  }

  /**
   * Puts anything in a device's queue (an envelope, a changed copy, its JSON
   * text, garbage), as a hostile network could. The device checks it.
   */
  deliver(device: string, envelope: unknown): void {
    this.#queue(device, envelope);
  }

  /** The envelopes relayed in a conversation (or in all), in order. They are frozen values. */
  envelopes(conversation?: string): Envelope[] {
    return this.relayLog(conversation).map((r) => r.envelope);
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

const memberSets = new WeakMap<ConversationRecord, Set<string>>();

/** Sorts recipient ids as envelopes order their wraps. */
export function sortRecipients(ids: string[]): string[] {
  return ids.sort(compareIds);
}
