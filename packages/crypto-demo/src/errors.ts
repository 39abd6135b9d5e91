/**
 * Every failure crypto-demo reports is an {@link E2eeKitError} with a stable
 * `code` (docs/protocol.md §17), so a program can branch on it and a lesson
 * can show `message` to a student as it is.
 */

/** The stable codes of {@link E2eeKitError}. */
export type ErrorCode =
  | 'malformed'
  | 'unsupported-version'
  | 'tampered'
  | 'key-commitment-mismatch'
  | 'not-a-recipient'
  | 'replayed'
  | 'unknown-participant'
  | 'uncertified-device'
  | 'sender-key-mismatch'
  | 'weak-key'
  | 'unknown-conversation'
  | 'mode-mismatch'
  | 'unknown-epoch'
  | 'stale-epoch'
  | 'fork'
  | 'commit-gap'
  | 'invalid-commit'
  | 'not-a-member'
  | 'escrow-missing'
  | 'invalid-argument';

/** Base class of every error this package throws on purpose. */
export class E2eeKitError extends Error {
  /** A stable, machine-readable code. */
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
    this.name = new.target.name;
  }
}

function issueText(issues: readonly string[]): string {
  return `${issues.slice(0, 3).join('; ')}${issues.length > 3 ? '; …' : ''}`;
}

/**
 * The input is not an envelope this package reads: too long, bad UTF-8 or
 * JSON, a missing or extra field, bytes of the wrong length, a number out of
 * range, or a text that is not the one canonical form (docs/protocol.md §3.3).
 */
export class MalformedEnvelopeError extends E2eeKitError {
  /** Where the input is wrong, one line each, e.g. `wraps.0.nonce: expected 24 bytes`. At most 20. */
  readonly issues: readonly string[];
  /** What was being read. */
  readonly what = 'envelope' as const;

  constructor(issues: readonly string[], options?: { cause?: unknown }) {
    super(
      'malformed',
      `This is not a valid message envelope, so it was not opened: ${issueText(issues)}.`,
      options,
    );
    this.issues = issues.slice(0, 20);
  }
}

/**
 * A commit, a device bundle, a replay state, a read receipt or exported device
 * secrets that are not well formed (docs/protocol.md §6.4, §14, §19, §20).
 */
export class MalformedInputError extends E2eeKitError {
  readonly issues: readonly string[];
  /** What was being read: `commit`, `bundle`, `replay state`, `read receipt`, `device secrets`. */
  readonly what: string;

  constructor(what: string, issues: readonly string[]) {
    super('malformed', `This ${what} is not well formed, so it was refused: ${issueText(issues)}.`);
    this.what = what;
    this.issues = issues.slice(0, 20);
  }
}

/** The input is of another protocol version (docs/protocol.md §9 step 4). */
export class UnsupportedVersionError extends E2eeKitError {
  readonly expected = 2 as const;
  readonly found: unknown;

  constructor(found: unknown) {
    super(
      'unsupported-version',
      `This was made with protocol version ${typeof found === 'number' ? String(found) : ((JSON.stringify(found) as string | undefined) ?? 'unknown')}, but this app expected version 2, so it was refused.`,
    );
    this.found = found;
  }
}

/** Which check caught the change. */
export type TamperedPart = 'signature' | 'wrapped-key' | 'ciphertext' | 'plaintext';

/**
 * The envelope is well formed but was changed after the sender signed it, or
 * was not made by the sender it names. Nothing of it is trusted.
 */
export class TamperedEnvelopeError extends E2eeKitError {
  readonly part: TamperedPart;

  constructor(part: TamperedPart) {
    const why: Record<TamperedPart, string> = {
      signature: "the sender's signature does not match its content",
      'wrapped-key': 'the message key wrapped for you does not open',
      ciphertext: 'the encrypted text does not pass its integrity check',
      plaintext: 'the decrypted text is not valid UTF-8',
    };
    super('tampered', `This message was changed on the way (${why[part]}), so it was refused.`);
    this.part = part;
  }
}

/**
 * A read receipt whose signature does not check out with the certified
 * signing key of the device it names as reader (docs/protocol.md §19): it
 * was changed after signing, or signed by another device.
 */
export class TamperedReceiptError extends E2eeKitError {
  /** The device the receipt names as its reader. */
  readonly reader: string;

  constructor(reader: string) {
    super(
      'tampered',
      `This read receipt is not signed by ${reader}, the device it names, or it was changed after, so it was refused.`,
    );
    this.reader = reader;
  }
}

/** The unwrapped message key is not the one the signed header commits to (docs/protocol.md §7.3). */
export class KeyCommitmentError extends E2eeKitError {
  readonly device: string;

  constructor(device: string) {
    super(
      'key-commitment-mismatch',
      `The key wrapped for ${device} is not the key the sender signed for: the sender gave different readers different keys, so the message was refused.`,
    );
    this.device = device;
  }
}

/** The envelope holds no message key wrapped for this device. */
export class NotARecipientError extends E2eeKitError {
  readonly device: string;

  constructor(device: string) {
    super(
      'not-a-recipient',
      `This message was not encrypted for ${device}: no copy of its key was locked for this device, so it cannot be read.`,
    );
    this.device = device;
  }
}

/** This device already accepted this exact envelope. */
export class ReplayedMessageError extends E2eeKitError {
  readonly sender: string;
  readonly counter: number;

  constructor(sender: string, counter: number) {
    super(
      'replayed',
      `Message number ${counter} from ${sender} was already received once; a copy sent again is refused.`,
    );
    this.sender = sender;
    this.counter = counter;
  }
}

/** A device, user or escrow authority that the directory does not know. */
export class UnknownParticipantError extends E2eeKitError {
  readonly participant: string;

  constructor(participant: string) {
    super('unknown-participant', `Nobody called "${participant}" is known to this messenger.`);
    this.participant = participant;
  }
}

/** A device whose certificate its user's identity key did not sign (docs/protocol.md §4.2). */
export class UncertifiedDeviceError extends E2eeKitError {
  readonly device: string;
  readonly user: string;

  constructor(device: string, user: string) {
    super(
      'uncertified-device',
      `The device ${device} is not certified by ${user}'s identity key, so it is not trusted.`,
    );
    this.device = device;
    this.user = user;
  }
}

/** The envelope's sender key is not the key its bundle lists for that device. */
export class SenderKeyMismatchError extends E2eeKitError {
  readonly sender: string;

  constructor(sender: string) {
    super(
      'sender-key-mismatch',
      `The message claims to come from ${sender}, but with a key that is not ${sender}'s, so it was refused.`,
    );
    this.sender = sender;
  }
}

/** An X25519 public key that gives an all-zero shared secret (a low-order point). */
export class WeakKeyError extends E2eeKitError {
  /** The device id, or `escrow:<id>`, whose key it is. */
  readonly owner: string;

  constructor(owner: string) {
    super(
      'weak-key',
      `The public key of ${owner} is a weak key that would agree an all-zero secret, so it cannot be used.`,
    );
    this.owner = owner;
  }
}

/** This client (or the provider) has no conversation with this id. */
export class UnknownConversationError extends E2eeKitError {
  readonly conversation: string;

  constructor(conversation: string) {
    super('unknown-conversation', `There is no conversation called "${conversation}".`);
    this.conversation = conversation;
  }
}

/** The envelope claims a group mode (or epoch 0) that is not the conversation's. */
export class ModeMismatchError extends E2eeKitError {
  readonly conversation: string;
  readonly expected: string;
  readonly found: string;

  constructor(conversation: string, expected: string, found: string) {
    super(
      'mode-mismatch',
      `The conversation "${conversation}" is ${expected}, but this message says ${found}, so it was refused.`,
    );
    this.conversation = conversation;
    this.expected = expected;
    this.found = found;
  }
}

/** The envelope names an epoch this client cannot reach yet (a commit was withheld). */
export class UnknownEpochError extends E2eeKitError {
  readonly conversation: string;
  readonly epoch: number;
  readonly current: number;

  constructor(conversation: string, epoch: number, current: number) {
    super(
      'unknown-epoch',
      `This message of "${conversation}" was sent at epoch ${epoch}, but this client only knows the roster up to epoch ${current}.`,
    );
    this.conversation = conversation;
    this.epoch = epoch;
    this.current = current;
  }
}

/** The sender was removed or re-keyed after the epoch it sent at. */
export class StaleEpochError extends E2eeKitError {
  readonly conversation: string;
  readonly epoch: number;
  readonly current: number;

  constructor(conversation: string, epoch: number, current: number) {
    super(
      'stale-epoch',
      `This message of "${conversation}" was sent at epoch ${epoch} by a device that is no longer a member with those keys at epoch ${current}.`,
    );
    this.conversation = conversation;
    this.epoch = epoch;
    this.current = current;
  }
}

/** Why a history was called a fork. */
export type ForkReason = 'rerooted' | 'equivocation' | 'prev' | 'state';

/** The provider showed this client a history that contradicts the one it pinned. */
export class ForkError extends E2eeKitError {
  readonly conversation: string;
  readonly epoch: number;
  readonly reason: ForkReason;

  constructor(conversation: string, epoch: number, reason: ForkReason) {
    const why: Record<ForkReason, string> = {
      rerooted: 'a different start of the conversation than the one this client pinned',
      equivocation: 'a different change at an epoch this client already has',
      prev: 'a change that does not follow the history this client has',
      state: 'a message that names a different roster than this client has for its epoch',
    };
    super(
      'fork',
      `The server showed ${why[reason]} (conversation "${conversation}", epoch ${epoch}): someone is being shown a different history.`,
    );
    this.conversation = conversation;
    this.epoch = epoch;
    this.reason = reason;
  }
}

/** A commit skips epochs: the ones between were withheld. */
export class CommitGapError extends E2eeKitError {
  readonly conversation: string;
  readonly have: number;
  readonly got: number;

  constructor(conversation: string, have: number, got: number) {
    super(
      'commit-gap',
      `A roster change of "${conversation}" for epoch ${got} came while this client is at epoch ${have}: the changes between are missing.`,
    );
    this.conversation = conversation;
    this.have = have;
    this.got = got;
  }
}

/** Why a commit was refused (docs/protocol.md §6.4). */
export type InvalidCommitReason =
  | 'conversation'
  | 'genesis'
  | 'signer-not-member'
  | 'signature'
  | 'duplicate-member'
  | 'roster-full'
  | 'identity-conflict'
  | 'not-in-roster'
  | 'no-change'
  | 'last-member';

/** A roster change that breaks a rule of the commit chain. */
export class InvalidCommitError extends E2eeKitError {
  readonly conversation: string;
  readonly epoch: number;
  readonly reason: InvalidCommitReason;

  constructor(conversation: string, epoch: number, reason: InvalidCommitReason) {
    const why: Record<InvalidCommitReason, string> = {
      conversation: 'it belongs to another conversation',
      genesis: 'it does not start the conversation correctly',
      'signer-not-member': 'it is not signed by a current member',
      signature: "its member's signature does not check out",
      'duplicate-member': 'it adds a device that is already there',
      'roster-full': 'the group is full',
      'identity-conflict': 'it gives a user a second identity key',
      'not-in-roster': 'it names a device that is not in the group',
      'no-change': 'it changes nothing',
      'last-member': 'it would remove the last device',
    };
    super(
      'invalid-commit',
      `A roster change of "${conversation}" at epoch ${epoch} was refused: ${why[reason]}.`,
    );
    this.conversation = conversation;
    this.epoch = epoch;
    this.reason = reason;
  }
}

/** The device tried to act in a conversation it is not a member of, or a sender is not on the roster. */
export class NotAMemberError extends E2eeKitError {
  readonly device: string;
  readonly conversation: string;

  constructor(device: string, conversation: string) {
    super('not-a-member', `${device} is not a member of the conversation "${conversation}".`);
    this.device = device;
    this.conversation = conversation;
  }
}

/** A relay that checks escrow found no wrap for a mandated escrow key (docs/protocol.md §11.3). */
export class EscrowMissingError extends E2eeKitError {
  readonly authorities: readonly string[];

  constructor(authorities: readonly string[]) {
    super(
      'escrow-missing',
      `This message has no key copy for the mandated escrow key of ${authorities.join(', ')}, so the relay refused it.`,
    );
    this.authorities = authorities;
  }
}

/** A function was called with an argument it cannot use (an empty id, a duplicate name, …). */
export class InvalidArgumentError extends E2eeKitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-argument', message, options);
  }
}
