import type { TraceEvent } from '@e2ee-kit/crypto-demo';

type EventOf<S extends TraceEvent['step']> = Extract<TraceEvent, { step: S }>;

/** The steps of one message's journey, in order. */
export const messageStepIds = [
  'plaintext',
  'message-key',
  'encrypt',
  'wrap',
  'sign',
  'relay',
  'verify',
  'unwrap',
  'decrypt',
] as const;

/** One of {@link messageStepIds}. */
export type MessageStepId = (typeof messageStepIds)[number];

/** One step of the journey, with the real bytes the trace recorded. */
export type MessageStep =
  | {
      readonly id: 'plaintext';
      readonly party: string;
      readonly plaintext: Uint8Array;
      readonly text: string;
    }
  | { readonly id: 'message-key'; readonly party: string; readonly messageKey: Uint8Array }
  | {
      readonly id: 'encrypt';
      readonly party: string;
      readonly nonce: Uint8Array;
      readonly associatedData: Uint8Array;
      readonly ciphertext: Uint8Array;
    }
  | {
      readonly id: 'wrap';
      readonly party: string;
      /** The sender's `wrap` trace events: one locked copy of the message key per recipient. */
      readonly wraps: readonly Extract<TraceEvent, { step: 'wrap' }>[];
    }
  | {
      readonly id: 'sign';
      readonly party: string;
      readonly signedBytes: Uint8Array;
      readonly signature: Uint8Array;
    }
  | {
      readonly id: 'relay';
      readonly party: string;
      readonly from: string;
      readonly to: readonly string[];
      readonly size: number;
    }
  | {
      readonly id: 'verify';
      readonly party: string;
      readonly ok: boolean;
      readonly signature: Uint8Array;
      readonly signingKey: Uint8Array;
    }
  | {
      readonly id: 'unwrap';
      readonly party: string;
      readonly ok: boolean;
      readonly wrappedKey: Uint8Array | undefined;
      readonly messageKey: Uint8Array | undefined;
      /** `true` when the key that came out is byte for byte the one the sender drew. */
      readonly sameAsSenderKey: boolean;
    }
  | {
      readonly id: 'decrypt';
      readonly party: string;
      readonly ok: boolean;
      readonly ciphertext: Uint8Array;
      readonly plaintext: Uint8Array | undefined;
      readonly text: string | undefined;
    };

function sameBytes(a: Uint8Array | undefined, b: Uint8Array | undefined): boolean {
  if (a === undefined || b === undefined || a.length !== b.length) return false;
  return a.every((byte, i) => byte === b[i]);
}

/**
 * Turns the real trace of one message into the steps a student walks
 * through: the sender's side from `send` (draw key, encrypt, wrap, sign,
 * relay) and one reader's side from `open` (verify, unwrap, decrypt). Steps
 * whose events are missing are left out, so a failed open ends early.
 *
 * @param send - `trace.events` of `device.send(…, { trace })`.
 * @param open - `trace.events` of `device.open(…)`, `device.receive(…)` or `party.tryRead(…)` with a trace.
 * @param reader - Whose reading to show when `open` holds several parties' events. Default: the first party in `open`.
 * @example
 * ```ts
 * const send = new Trace();
 * const envelope = alice.send('chat', 'Hi', { trace: send });
 * const open = new Trace();
 * bob.open(envelope, { trace: open });
 * buildMessageSteps(send.events, open.events).map((s) => s.id);
 * // ['plaintext', 'message-key', 'encrypt', 'wrap', 'sign', 'relay', 'verify', 'unwrap', 'decrypt']
 * ```
 */
export function buildMessageSteps(
  send: readonly TraceEvent[],
  open: readonly TraceEvent[],
  reader?: string,
): MessageStep[] {
  const first = <S extends TraceEvent['step']>(events: readonly TraceEvent[], step: S) =>
    events.find((e): e is EventOf<S> => e.step === step);
  const who =
    reader ??
    open.find((e) => e.step === 'verify' || e.step === 'unwrap' || e.step === 'decrypt')?.party;
  const reading = open.filter((e) => e.party === who);

  const steps: MessageStep[] = [];
  const draw = first(send, 'draw-message-key');
  const encrypt = first(send, 'encrypt');
  if (encrypt) {
    steps.push({
      id: 'plaintext',
      party: encrypt.party,
      plaintext: encrypt.plaintext,
      text: new TextDecoder().decode(encrypt.plaintext),
    });
  }
  if (draw) steps.push({ id: 'message-key', party: draw.party, messageKey: draw.messageKey });
  if (encrypt) {
    steps.push({
      id: 'encrypt',
      party: encrypt.party,
      nonce: encrypt.nonce,
      associatedData: encrypt.associatedData,
      ciphertext: encrypt.ciphertext,
    });
  }
  const wraps = send.filter((e): e is EventOf<'wrap'> => e.step === 'wrap');
  const firstWrap = wraps[0];
  if (firstWrap) steps.push({ id: 'wrap', party: firstWrap.party, wraps });
  const sign = first(send, 'sign');
  if (sign)
    steps.push({
      id: 'sign',
      party: sign.party,
      signedBytes: sign.signedBytes,
      signature: sign.signature,
    });
  const relay = first(send, 'relay');
  if (relay)
    steps.push({
      id: 'relay',
      party: relay.party,
      from: relay.from,
      to: relay.to,
      size: relay.size,
    });

  const verify = first(reading, 'verify');
  if (verify) {
    steps.push({
      id: 'verify',
      party: verify.party,
      ok: verify.ok,
      signature: verify.signature,
      signingKey: verify.signingKey,
    });
  }
  // A party may try several wrapped keys; the one that opened is the one to show.
  const unwraps = reading.filter((e): e is EventOf<'unwrap'> => e.step === 'unwrap');
  const unwrap = unwraps.find((e) => e.ok) ?? unwraps[0];
  if (unwrap) {
    steps.push({
      id: 'unwrap',
      party: unwrap.party,
      ok: unwrap.ok,
      wrappedKey: unwrap.wrappedKey,
      messageKey: unwrap.messageKey,
      sameAsSenderKey: sameBytes(unwrap.messageKey, draw?.messageKey),
    });
  }
  const decrypt = first(reading, 'decrypt');
  if (decrypt) {
    steps.push({
      id: 'decrypt',
      party: decrypt.party,
      ok: decrypt.ok,
      ciphertext: decrypt.ciphertext,
      plaintext: decrypt.plaintext,
      text: decrypt.text,
    });
  }
  return steps;
}
