/**
 * Every failure crypto-demo reports is an {@link E2eeKitError} with a stable
 * `code`, so a program can branch on it and a lesson can show `message` to a
 * student as it is.
 */

/** The stable codes of {@link E2eeKitError}. */
export type ErrorCode =
  | 'malformed'
  | 'tampered'
  | 'not-a-recipient'
  | 'replayed'
  | 'unknown-participant'
  | 'sender-key-mismatch'
  | 'unknown-conversation'
  | 'not-a-member'
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

/**
 * The input is not an envelope of a version this package reads: bad JSON,
 * a missing or extra field, bytes of the wrong length, a number out of range.
 */
export class MalformedEnvelopeError extends E2eeKitError {
  /** Where the input is wrong, one line each, e.g. `wraps.0.nonce: expected 24 bytes`. */
  readonly issues: readonly string[];

  constructor(issues: readonly string[], options?: { cause?: unknown }) {
    super(
      'malformed',
      `This is not a valid message envelope, so it was not opened: ${issues.slice(0, 3).join('; ')}${issues.length > 3 ? '; …' : ''}.`,
      options,
    );
    this.issues = issues;
  }
}

/** Which check caught the change. */
export type TamperedPart = 'signature' | 'wrapped-key' | 'ciphertext';

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
    };
    super('tampered', `This message was changed on the way (${why[part]}), so it was refused.`);
    this.part = part;
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

/** This device already accepted a message with the same sender and counter. */
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

/** The envelope's sender key is not the key the directory lists for that device. */
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

/** The provider has no conversation with this id. */
export class UnknownConversationError extends E2eeKitError {
  readonly conversation: string;

  constructor(conversation: string) {
    super('unknown-conversation', `There is no conversation called "${conversation}".`);
    this.conversation = conversation;
  }
}

/** The device tried to act in a conversation it is not a member of. */
export class NotAMemberError extends E2eeKitError {
  readonly device: string;
  readonly conversation: string;

  constructor(device: string, conversation: string) {
    super('not-a-member', `${device} is not a member of the conversation "${conversation}".`);
    this.device = device;
    this.conversation = conversation;
  }
}

/** A function was called with an argument it cannot use (an empty id, a duplicate name, …). */
export class InvalidArgumentError extends E2eeKitError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('invalid-argument', message, options);
  }
}
