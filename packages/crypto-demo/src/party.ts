import type { Envelope } from './envelope.js';
import type { ErrorCode } from './errors.js';
import type { Trace } from './trace.js';

/**
 * Who a party is in the story. It says what the party is, not what it can
 * read: that is only ever found by trying (see `whoCanRead`).
 */
export type PartyRole = 'member' | 'ghost' | 'provider' | 'escrow-authority' | 'thief';

/** Why a party could read a message. */
export type ReadableReason =
  /** It holds a device key the message key was wrapped for, and is a real member. */
  | 'member'
  /** It holds a device key the message key was wrapped for, as a ghost added by the provider. */
  | 'ghost'
  /** It holds the escrow master key the message key was also wrapped for. */
  | 'escrow-key'
  /** It holds a stolen copy of the escrow master key. */
  | 'stolen-key';

/** Why a party could not read a message. */
export type UnreadableReason =
  /** None of the wrapped keys opens with the keys this party holds. */
  | 'not-a-recipient'
  /** The party holds no private key at all (the provider). */
  | 'holds-no-keys'
  /** The envelope is malformed, changed, or its key does not match its commitment. */
  | 'tampered'
  /** The sender is not in the directory, or not with the key in the envelope. */
  | 'unknown-sender';

/** The outcome of one party's real attempt to decrypt one envelope. */
export type ReadAttempt =
  | {
      readonly canRead: true;
      readonly reason: ReadableReason;
      /** The decrypted text. */
      readonly text: string;
      /** The `to` of the wrapped key that opened. */
      readonly via: string;
      /**
       * Devices outside the reader's verified roster that the message was also encrypted for
       * (docs/protocol.md §10.1): the ghost, seen by a verifying client. Empty if none, or if the
       * party does not check (an ordinary client in a provider-managed conversation, an escrow holder).
       */
      readonly unexpectedRecipients?: readonly string[];
    }
  | {
      readonly canRead: false;
      readonly reason: UnreadableReason;
      /** The typed error's code of the step that refused (docs/protocol.md §17), if any. */
      readonly error?: ErrorCode;
    };

/** Options of {@link Party.tryRead}. */
export interface ReadOptions {
  /** Records the verify, unwrap and decrypt steps with their bytes. */
  readonly trace?: Trace | undefined;
}

/** Anything that can try to read an envelope with its own key material. */
export interface Party {
  /** Stable id: a device id, `provider`, an authority or thief id. */
  readonly id: string;
  /** Display name, e.g. `Alice`. */
  readonly name: string;
  readonly role: PartyRole;
  /**
   * Really tries to decrypt `envelope` with this party's own keys. It changes
   * nothing: no replay counter moves, nothing is stored.
   */
  tryRead(envelope: Envelope | string, options?: ReadOptions): ReadAttempt;
}
