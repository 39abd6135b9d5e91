/**
 * A step-by-step record of what the crypto really did, with the real bytes,
 * so that a user interface can walk through one message. Pass a {@link Trace}
 * to an operation's `trace` option to record it; without one nothing is copied.
 */

/** One step of sending or reading a message. Byte values are copies. */
export type TraceEvent =
  | {
      step: 'generate-keys';
      party: string;
      /** Ed25519 public key, 32 bytes. */
      signingKey: Uint8Array;
      /** X25519 public key, 32 bytes. */
      agreementKey: Uint8Array;
    }
  | { step: 'draw-message-key'; party: string; messageKey: Uint8Array }
  | {
      step: 'encrypt';
      party: string;
      plaintext: Uint8Array;
      nonce: Uint8Array;
      associatedData: Uint8Array;
      ciphertext: Uint8Array;
    }
  | {
      step: 'wrap';
      party: string;
      /** Device id, or `escrow:<id>` for an escrow authority. */
      to: string;
      recipientKey: Uint8Array;
      nonce: Uint8Array;
      wrappedKey: Uint8Array;
      /** `false` when the sender's screen does not list this recipient (a hidden roster entry). */
      shownToSender: boolean;
      kind: 'device' | 'escrow';
    }
  | { step: 'sign'; party: string; signedBytes: Uint8Array; signature: Uint8Array }
  | { step: 'relay'; party: string; from: string; to: string[]; size: number }
  | { step: 'verify'; party: string; ok: boolean; signature: Uint8Array; signingKey: Uint8Array }
  | {
      step: 'unwrap';
      party: string;
      ok: boolean;
      /** The wrapped key that was tried, or `undefined` when none was addressed to this party. */
      wrappedKey: Uint8Array | undefined;
      messageKey: Uint8Array | undefined;
    }
  | {
      step: 'decrypt';
      party: string;
      ok: boolean;
      ciphertext: Uint8Array;
      plaintext: Uint8Array | undefined;
      text: string | undefined;
    };

/** The names of the steps, in the order a message goes through them. */
export type TraceStep = TraceEvent['step'];

/** Collects {@link TraceEvent}s in order. */
export class Trace {
  readonly events: TraceEvent[] = [];

  /** Records one event (bytes should already be copies). */
  add(event: TraceEvent): void {
    this.events.push(event);
  }

  /** The events of one step, in order. */
  ofStep<S extends TraceStep>(step: S): Extract<TraceEvent, { step: S }>[] {
    return this.events.filter((e): e is Extract<TraceEvent, { step: S }> => e.step === step);
  }
}
