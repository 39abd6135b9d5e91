/**
 * A user's device: the thin front that owns the private keys and composes the
 * parts that use them (roster.ts, send.ts, receive.ts, pair-keys.ts). The
 * protocol itself lives in those files, in the order of docs/protocol.md.
 */
import type { KitContext } from './context.js';
import { KEY_BYTES, type Envelope } from './envelope.js';
import { UnknownParticipantError } from './errors.js';
import { PairKeyCache } from './pair-keys.js';
import type { Party, ReadAttempt, ReadOptions } from './party.js';
import type { Provider } from './provider.js';
import type { DeviceBundle } from './provider-records.js';
import { Receiver, type ReceiveResult, type ReceivedMessage } from './receive.js';
import { Roster, type CreateConversationOptions, type Notice, type RosterCheck } from './roster.js';
import { safetyNumber, type SafetyNumber } from './safety-number.js';
import { Sender, type SendOptions } from './send.js';
import type { Trace } from './trace.js';

/**
 * One user's device: its private keys never leave this object. It trusts the
 * provider's directory and roster to say whom to encrypt to, and that trust is
 * exactly what the ghost participant exploits. Make one with `kit.device()`.
 */
export class Device implements Party {
  readonly bundle: DeviceBundle;
  readonly role: 'member' | 'ghost';
  /**
   * A careful client verifies the roster's member signatures before each send
   * and leaves out devices no member signed.
   */
  readonly careful: boolean;
  readonly #ctx: KitContext;
  readonly #provider: Provider;
  readonly #roster: Roster;
  readonly #sender: Sender;
  readonly #receiver: Receiver;

  /**
   * Not for direct use: call `kit.device()` or `kit.ghost()`, which also
   * register the device with the provider.
   */
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
    const signingSecret = signing.privateKey;
    const agreementSecret = seeds.slice(KEY_BYTES);
    seeds.fill(0);
    const own: DeviceBundle = Object.freeze({
      ...identity,
      signingKey: signing.publicKey,
      agreementKey: ctx.sodium.crypto_scalarmult_base(agreementSecret),
    });
    this.bundle = own;
    trace?.add({
      step: 'generate-keys',
      party: identity.device,
      signingKey: own.signingKey.slice(),
      agreementKey: own.agreementKey.slice(),
    });
    // The secrets stay in these closures and in the pair-key cache; no part
    // hands them out.
    const sign = (message: Uint8Array) => ctx.sodium.crypto_sign_detached(message, signingSecret);
    const pairKeys = new PairKeyCache(ctx.sodium, agreementSecret, own.agreementKey);
    this.#roster = new Roster(ctx, provider, own, sign);
    const parts = { ctx, provider, own, roster: this.#roster, pairKeys };
    this.#sender = new Sender({ ...parts, careful, sign });
    this.#receiver = new Receiver({ ...parts, role });
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

  // ---- roster (roster.ts) ---------------------------------------------------

  /**
   * Creates a conversation with this device and `members`, each signed in by
   * this device (so a verifying client can tell them from a ghost).
   *
   * @throws {UnknownParticipantError} if a member is not in the directory.
   */
  createConversation(
    id: string,
    members: readonly (Device | DeviceBundle | string)[],
    options: CreateConversationOptions = {},
  ): void {
    this.#roster.createConversation(id, members, options);
  }

  /**
   * Adds a device to a conversation, signed by this member.
   *
   * @throws {NotAMemberError} if this device is not a member.
   */
  addMember(conversation: string, member: Device | DeviceBundle | string): void {
    this.#roster.addMember(conversation, member);
  }

  /**
   * Removes a device from a conversation. Messages sent after that are not
   * encrypted for it.
   */
  removeMember(conversation: string, member: Device | DeviceBundle | string): void {
    this.#roster.removeMember(conversation, member);
  }

  /**
   * Fetches the conversation's roster from the provider and compares it with
   * what this client saw before. Each difference becomes a {@link Notice};
   * the provider can mark a change as not to be shown.
   *
   * @returns the notices this call added.
   */
  sync(conversation: string): Notice[] {
    return this.#roster.sync(conversation);
  }

  /**
   * Every notice this client recorded, shown or suppressed, oldest first.
   * A real client would display only those with `shown: true`.
   */
  notices(conversation?: string): Notice[] {
    return this.#roster.notices(conversation);
  }

  /** The roster as this client's screen lists it: without the entries marked hidden. */
  visibleRoster(conversation: string): DeviceBundle[] {
    return this.#roster.visibleRoster(conversation);
  }

  /**
   * Checks the roster against the members' own signatures instead of trusting
   * the provider: every device must have been signed in, with its exact keys,
   * by the creator or by a member who was signed in before it. A ghost added
   * by the provider alone fails, whatever notices were suppressed.
   */
  verifyRoster(conversation: string): RosterCheck {
    return this.#roster.verifyRoster(conversation);
  }

  // ---- sending (send.ts) ----------------------------------------------------

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
    return this.#sender.send(conversation, text, options.trace);
  }

  // ---- receiving (receive.ts) -----------------------------------------------

  /**
   * Verifies and decrypts one envelope addressed to this device, and
   * remembers its counter so that a second copy is refused. A refused
   * envelope changes nothing.
   *
   * @throws {UnknownParticipantError} the sender is not in the directory.
   * @throws {SenderKeyMismatchError} the envelope's sender key is not the directory's.
   * @throws {TamperedEnvelopeError} the signature, wrapped key or ciphertext does not check out.
   * @throws {ReplayedMessageError} this device already accepted this sender's message with
   * this counter.
   * @throws {NotARecipientError} no message key was wrapped for this device.
   */
  open(envelope: Envelope, options: ReadOptions = {}): ReceivedMessage {
    return this.#receiver.open(envelope, options.trace);
  }

  /**
   * Opens every envelope the provider holds for this device. One bad envelope
   * does not stop the others: it is returned in `refused` with its error.
   */
  receive(options: ReadOptions = {}): ReceiveResult {
    return this.#receiver.receive(options);
  }

  /** Every message this device opened, oldest first. */
  received(conversation?: string): ReceivedMessage[] {
    return this.#receiver.received(conversation);
  }

  /** {@inheritDoc Party.tryRead} */
  tryRead(envelope: Envelope, options: ReadOptions = {}): ReadAttempt {
    return this.#receiver.tryRead(envelope, options);
  }

  // ---- safety numbers (safety-number.ts) ------------------------------------

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
