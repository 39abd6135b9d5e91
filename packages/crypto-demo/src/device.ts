/**
 * A user's device: the thin front that owns the private keys and composes the
 * parts that use them (roster.ts, send.ts, receive.ts, pair-keys.ts). The
 * protocol itself lives in those files, in the order of docs/protocol.md.
 */
import { KitToken, type KitContext } from './context.js';
import { KEY_BYTES, envelopeId, type Envelope } from './envelope.js';
import { InvalidArgumentError, UnknownParticipantError } from './errors.js';
import { certificateBytes, freezeBundle, isCertified, type DeviceBundle } from './identity.js';
import { registerUpdateHook } from './ordered-update.js';
import { PairKeyCache } from './pair-keys.js';
import type { Party, ReadAttempt, ReadOptions } from './party.js';
import type { Provider } from './provider.js';
import type { HasBundle } from './provider-records.js';
import { signReceipt, type ReadReceipt } from './receipt.js';
import { Receiver, type ReceiveResult, type ReceivedMessage } from './receive.js';
import {
  Roster,
  type CreateConversationOptions,
  type Member,
  type Notice,
  type RosterCheck,
} from './roster.js';
import { safetyNumber, type SafetyNumber } from './safety-number.js';
import { serializeSecrets, type DeviceSecrets } from './secrets.js';
import { Sender, type SendOptions } from './send.js';
import type { Trace } from './trace.js';
import { parseEnvelope } from './wire.js';

/** A user's identity key as the kit keeps it: the public key and a way to certify devices. */
export interface UserIdentity {
  readonly publicKey: Uint8Array;
  certify(message: Uint8Array): Uint8Array;
  /** A copy of the 32-byte seed of the identity key pair (for {@link Device.exportSecrets}). */
  seed(): Uint8Array;
}

/**
 * One user's device: its private keys never leave this object. Make one with
 * `kit.device()`. In a provider-managed conversation it trusts the provider's
 * roster to say whom to encrypt to, and that trust is exactly what the ghost
 * participant exploits; in a member-signed one it follows only the chain of
 * commits signed by members.
 */
export class Device implements Party {
  /** The device's public keys and certificate (a frozen value). */
  readonly bundle: DeviceBundle;
  readonly role: 'member' | 'ghost';
  /**
   * A careful client also runs the recipient check (docs/protocol.md §10.1) in
   * provider-managed conversations, and so reports a hidden ghost. In
   * member-signed conversations every client runs it.
   */
  readonly careful: boolean;
  readonly #ctx: KitContext;
  readonly #provider: Provider;
  readonly #roster: Roster;
  readonly #sender: Sender;
  readonly #receiver: Receiver;

  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #secrets: () => string;

  /**
   * Not for direct use: call `kit.device()`, `kit.ghost()` or
   * `kit.restoreDevice()`, which also register the device with the provider
   * (a {@link KitToken} is the kit's own).
   */
  constructor(
    token: KitToken,
    provider: Provider,
    who: { device: string; user: string; name: string },
    identity: UserIdentity,
    role: 'member' | 'ghost',
    careful: boolean,
    trace: Trace | undefined,
    restored?: DeviceSecrets,
  ) {
    const ctx = KitToken.open(token);
    this.#ctx = ctx;
    this.#provider = provider;
    this.role = role;
    this.careful = careful;
    const seeds = restored
      ? new Uint8Array([...restored.signingSeed, ...restored.agreementSecret])
      : ctx.random.bytes(2 * KEY_BYTES);
    const signingSeed = seeds.slice(0, KEY_BYTES);
    const agreementSecret = seeds.slice(KEY_BYTES);
    seeds.fill(0);
    const signing = ctx.sodium.crypto_sign_seed_keypair(signingSeed);
    const signingSecret = signing.privateKey;
    let own: DeviceBundle;
    if (restored) {
      // Already checked by parseSecrets: the seeds give the bundle's keys, and it is certified.
      own = freezeBundle(restored.bundle);
    } else {
      const unsigned = {
        ...who,
        identityKey: identity.publicKey,
        signingKey: signing.publicKey,
        agreementKey: ctx.sodium.crypto_scalarmult_base(agreementSecret),
      };
      own = freezeBundle({
        ...unsigned,
        certificate: identity.certify(certificateBytes(unsigned)),
      });
      trace?.add({
        step: 'generate-keys',
        party: who.device,
        signingKey: own.signingKey,
        agreementKey: own.agreementKey,
      });
    }
    this.bundle = own;
    // The secrets stay in these closures and in the pair-key cache; only exportSecrets hands them out.
    const sign = (message: Uint8Array) => ctx.sodium.crypto_sign_detached(message, signingSecret);
    this.#sign = sign;
    this.#secrets = () =>
      serializeSecrets({
        role,
        bundle: own,
        identitySeed: identity.seed(),
        signingSeed,
        agreementSecret,
      });
    const pairKeys = new PairKeyCache(ctx.sodium, agreementSecret, own.agreementKey);
    this.#roster = new Roster(ctx, provider, own, sign);
    const parts = { ctx, provider, own, roster: this.#roster, pairKeys };
    this.#sender = new Sender({ ...parts, sign });
    this.#receiver = new Receiver({ ...parts, role, careful });
    registerUpdateHook(this, (order) => {
      this.#roster.obeyUpdate(order);
    });
  }

  /**
   * Every secret of this device as one JSON text (docs/protocol.md §20):
   * its signing and agreement keys, its user's identity key and its bundle.
   * `kit.restoreDevice()` makes the same device again from it, for example
   * after a page reload. Whoever holds this text **is** the device: keep it
   * where only this device's user can read it. (The replay state is apart:
   * {@link Device.exportReplayState}.)
   */
  exportSecrets(): string {
    return this.#secrets();
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

  /** The user's Ed25519 identity public key (32 bytes), which certified this device. */
  get identityKey(): Uint8Array {
    return this.bundle.identityKey;
  }

  /** The provider this device talks to. */
  get provider(): Provider {
    return this.#provider;
  }

  // ---- roster (roster.ts) ---------------------------------------------------

  /**
   * Creates a conversation with this device and `members`, in the group mode
   * of `options.mode` (default `provider-managed`). In `member-signed` mode
   * this device signs the genesis commit.
   *
   * @throws {InvalidArgumentError} for a member named by a user id instead of a device id
   * (`bob` instead of `bob/phone`), a device listed twice, or a bad mode.
   * @throws {UnknownParticipantError} if a member is not in the directory.
   * @throws {UncertifiedDeviceError} if a member's certificate does not verify.
   * @example
   * ```ts
   * alice.createConversation('chat', [bob], { mode: 'member-signed' });
   * ```
   */
  createConversation(
    id: string,
    members: readonly Member[],
    options: CreateConversationOptions = {},
  ): void {
    this.#roster.createConversation(id, members, options);
  }

  /**
   * Adds a device: a signed `add` commit in a member-signed conversation, a
   * request to the provider in a provider-managed one.
   *
   * @throws {NotAMemberError} if this device is not a member.
   */
  addMember(conversation: string, member: Member): void {
    this.#roster.addMember(conversation, member);
  }

  /**
   * Removes a device. In a member-signed conversation any member may remove
   * any device, the creator included (docs/protocol.md §5.3): every member
   * sees who did it.
   */
  removeMember(conversation: string, member: Member): void {
    this.#roster.removeMember(conversation, member);
  }

  /**
   * Fetches the conversation's roster (provider-managed) or new commits
   * (member-signed) and records a {@link Notice} for each change.
   *
   * @returns the notices this call added.
   * @throws {ForkError} / {InvalidCommitError} if the provider serves a history that contradicts
   * the one this client pinned.
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

  /** The roster as this client's screen lists it (without the entries it was told to hide). */
  visibleRoster(conversation: string): DeviceBundle[] {
    return this.#roster.visibleRoster(conversation);
  }

  /**
   * Judges each device this client encrypts to: in a member-signed
   * conversation, signed in by a member (always, once the chain verified); in
   * a provider-managed one, whether it is listed on screen or hidden by the
   * provider, and certified by its user's identity key.
   */
  verifyRoster(conversation: string): RosterCheck {
    return this.#roster.verifyRoster(conversation);
  }

  // ---- sending (send.ts) ----------------------------------------------------

  /**
   * Encrypts `text` for every device on the conversation's roster (plus any
   * escrow key the provider mandates), signs the envelope and hands it to the
   * provider to relay. Returns the envelope, a frozen value.
   *
   * @throws {InvalidArgumentError} if `text` is not a string or is over 65,536 UTF-8 bytes.
   * @throws {NotAMemberError} if this device is not on the roster.
   * @throws {WeakKeyError} naming a recipient whose key is weak.
   * @example
   * ```ts
   * const envelope = alice.send('chat', 'See you at 6?');
   * envelope.wraps.map((w) => w.to); // ['alice/phone', 'bob/phone']
   * ```
   */
  send(conversation: string, text: string, options: SendOptions = {}): Envelope {
    return this.#sender.send(conversation, text, options);
  }

  // ---- receiving (receive.ts) -----------------------------------------------

  /**
   * Verifies and decrypts one envelope (the object, its JSON text or its
   * UTF-8 bytes) addressed to this device, and remembers its header hash so
   * that a second copy is refused. A refused envelope changes nothing. Every
   * failure is a typed {@link E2eeKitError} (docs/protocol.md §9, §17).
   */
  open(envelope: Envelope | string | Uint8Array, options: ReadOptions = {}): ReceivedMessage {
    return this.#receiver.open(envelope, options.trace);
  }

  /**
   * Opens everything the provider queued for this device. One bad input does
   * not stop the others: it is returned in `refused` with its typed error.
   */
  receive(options: ReadOptions = {}): ReceiveResult {
    return this.#receiver.receive(options);
  }

  /** Every message this device opened, oldest first. (Named `received()` in version 1.) */
  messages(conversation?: string): ReceivedMessage[] {
    return this.#receiver.messages(conversation);
  }

  /** {@inheritDoc Party.tryRead} */
  tryRead(envelope: Envelope | string, options: ReadOptions = {}): ReadAttempt {
    return this.#receiver.tryRead(envelope, options);
  }

  /** This device's replay set as canonical JSON (docs/protocol.md §14), to keep across restarts. */
  exportReplayState(): string {
    return this.#receiver.exportReplayState();
  }

  /**
   * Adds an exported replay state: after a reload, replays are still refused.
   *
   * @throws {MalformedInputError} / {UnsupportedVersionError} / {InvalidArgumentError}
   */
  importReplayState(state: string | Uint8Array): void {
    this.#receiver.importReplayState(state);
  }

  // ---- read receipts (receipt.ts) ------------------------------------------

  /**
   * A read receipt (docs/protocol.md §19): this device's signed statement
   * that it could (`readable: true`) or could not read `envelope`, with this
   * device's clock. Send it with {@link receiptToJson}; the provider checks
   * it with {@link Provider.checkReadReceipt}. It says what this device
   * claims: the signature proves who claims it, not that it is true.
   *
   * @throws {MalformedEnvelopeError} if `envelope` is not an envelope.
   * @throws {InvalidArgumentError} if `readable` is not a boolean.
   */
  readReceipt(envelope: Envelope | string | Uint8Array, readable: boolean): ReadReceipt {
    if (typeof readable !== 'boolean')
      throw new InvalidArgumentError('readable must be true or false.');
    return signReceipt(
      {
        envelope: envelopeId(parseEnvelope(envelope)),
        reader: this.id,
        readable,
        at: this.#ctx.now(),
      },
      this.#sign,
    );
  }

  // ---- the ordered client update (roster.ts, docs/protocol.md §12) ----------

  /**
   * **The malicious update a provider can push** (docs/protocol.md §12), run
   * by this device's own client: it signs an `add` commit for `ghost` with
   * this device's key in the member-signed conversation, and hides the ghost
   * and the notice from this device's own user. Every other member's client
   * shows the signed change, made by this device. It is what
   * `provider.orderClientUpdate()` triggers; a client that receives the order
   * from a remote server (the live classroom's `client-update` frame) calls
   * it itself. It exists to show the attack: an honest client never obeys.
   * The hiding lasts as long as this object (it is not in
   * {@link Device.exportSecrets}).
   *
   * @param ghost the ghost's device, bundle or device id, as the directory lists it.
   * @returns the signed commit's canonical JSON text, already given to the provider.
   * @throws {InvalidArgumentError} in a provider-managed conversation.
   * @throws {UnknownParticipantError} if the directory does not list the ghost.
   * @throws {NotAMemberError} if this device is not a member; chain errors as `addMember`.
   */
  applyClientUpdate(conversation: string, ghost: HasBundle | DeviceBundle | string): string {
    const value: unknown = ghost;
    const id =
      typeof value === 'string'
        ? value
        : typeof value === 'object' && value !== null && 'bundle' in value
          ? (ghost as HasBundle).bundle.device
          : (ghost as DeviceBundle).device;
    const bundle = this.#provider.directory.device(id);
    return this.#roster.obeyUpdate({ conversation, ghost: { bundle } });
  }

  // ---- safety numbers (safety-number.ts) ------------------------------------

  /**
   * The safety number of this user and `user` (docs/protocol.md §13), from
   * this user's identity key and the one this client pinned for `user` (first
   * seen in a roster, or in the directory). Both sides get the same number
   * unless someone swapped an identity key; a second real device of `user`
   * does not change it.
   *
   * @throws {UnknownParticipantError} if no certified device of `user` is known.
   * @throws {InvalidArgumentError} for this device's own user.
   */
  safetyNumberWith(user: string): SafetyNumber {
    if (user === this.user)
      throw new InvalidArgumentError('A safety number is between two different users.');
    this.#roster.refreshAll();
    let theirs = this.#roster.pinnedIdentity(user);
    if (!theirs) {
      const first = this.#provider.directory
        .devicesOf(user)
        .find((b) => isCertified(this.#ctx.sodium, b));
      if (!first) throw new UnknownParticipantError(user);
      theirs = this.#roster.pin(first);
    }
    return safetyNumber(
      this.#ctx.sodium,
      { user: this.user, identityKey: this.bundle.identityKey },
      { user, identityKey: theirs },
    );
  }
}
