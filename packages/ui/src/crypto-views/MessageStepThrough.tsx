import type { TraceEvent } from '@e2ee-kit/crypto-demo';
import { useId, useState, type KeyboardEvent, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Bytes, type BytesLabels } from '../primitives/Bytes.js';
import type { BytesEncoding } from '../primitives/bytes-encoding.js';
import { Icon } from '../primitives/Icon.js';
import { StatusBadge } from '../primitives/StatusBadge.js';
import { buildMessageSteps, type MessageStep, type MessageStepId } from './message-steps.js';

/**
 * Writes one step's explanation from the {@link MessageStep} whose `id` is `K`;
 * `name` turns a device id into a display name.
 */
export type StepExplanation<K extends MessageStepId> = (
  step: Extract<MessageStep, { id: K }>,
  name: (id: string) => string,
) => string;

/** Words {@link MessageStepThrough} shows. Pass some or all of them to translate. */
export interface MessageStepThroughLabels {
  /** Heading of the whole step-through. */
  title: string;
  /** e.g. "Step 3 of 9". */
  stepOf: (n: number, total: number) => string;
  /** Button that goes one step back. */
  previous: string;
  /** Button that goes one step forward. */
  next: string;
  /** One sentence on how to move with the keyboard. */
  keyboardHint: string;
  /** Shown when the traces hold no step. */
  empty: string;
  /** Heading of each step. */
  stepTitles: Readonly<Record<MessageStepId, string>>;
  /** One sentence per step, written from the step's real values. */
  explanations: { readonly [K in MessageStepId]: StepExplanation<K> };
  /** Label of the text as typed. */
  plaintext: string;
  /** Label of the text as bytes. */
  plaintextBytes: string;
  /** Label of the message key bytes. */
  messageKey: string;
  /** Label of the nonce bytes. */
  nonce: string;
  /** Label of the header bytes that are authenticated but not encrypted. */
  associatedData: string;
  /** Label of the ciphertext bytes. */
  ciphertext: string;
  /** Label of the message key locked for one recipient, given its device id or name. */
  wrappedKeyFor: (recipient: string) => string;
  /** Flag on a wrapped key for a device the sender's screen does not list. */
  hiddenRecipient: string;
  /** Flag on a wrapped key for an escrow authority. */
  escrowRecipient: string;
  /** Label of the bytes the sender signs. */
  signedBytes: string;
  /** Label of the signature bytes. */
  signature: string;
  /** Label of the sender's public signing key. */
  signingKey: string;
  /** Label of the sending device in the relay step. */
  relayFrom: string;
  /** Label of the recipient devices in the relay step. */
  relayTo: string;
  /** Label of the ciphertext size in the relay step. */
  relaySize: string;
  /** A size in bytes, e.g. "48 bytes". */
  bytesCount: (n: number) => string;
  /** Badge of a check that passed (signature, unlocking, decryption). */
  ok: string;
  /** Badge of a check that failed. */
  failed: string;
  /** Under the unwrapped key, when it equals the key the sender drew. */
  sameKey: string;
  /** Label of the text the reader got back. */
  decryptedText: string;
  /** Words of the {@link Bytes} blocks. */
  bytes?: Partial<BytesLabels>;
}

/** The English words of {@link MessageStepThrough}. */
export const defaultMessageStepThroughLabels: MessageStepThroughLabels = {
  title: 'One message, step by step',
  stepOf: (n, total) => `Step ${n} of ${total}`,
  previous: 'Previous',
  next: 'Next',
  keyboardHint: 'Use the buttons, or the left and right arrow keys while the step has focus.',
  empty: 'No steps were recorded.',
  stepTitles: {
    plaintext: 'The text',
    'message-key': 'A fresh message key',
    encrypt: 'Encrypt',
    wrap: 'Lock the key for each recipient',
    sign: 'Sign',
    relay: 'Relay',
    verify: 'Check the signature',
    unwrap: 'Unlock the key',
    decrypt: 'Decrypt',
  },
  explanations: {
    plaintext: (s, name) =>
      `${name(s.party)} types the message. Inside the phone it is just these ${s.plaintext.length} bytes of UTF-8.`,
    'message-key': (s, name) =>
      `${name(s.party)}’s app draws a fresh random ${s.messageKey.length}-byte key, used for this one message only.`,
    encrypt: () =>
      'XChaCha20-Poly1305 encrypts the text with the message key and a random nonce. The header (sender, counter, time) is not encrypted, but any change to it is detected.',
    wrap: (s) => {
      const hidden = s.wraps.filter((w) => !w.shownToSender).length;
      const base = `The message key is locked separately for each of the ${s.wraps.length} recipients, with a key only that recipient can rebuild.`;
      return hidden === 0
        ? base
        : `${base} ${hidden === 1 ? '1 of them is not on the sender’s screen: whoever holds it' : `${hidden} of them are not on the sender’s screen: whoever holds them`} can read this message too.`;
    },
    sign: (s, name) =>
      `${name(s.party)}’s device signs the whole envelope with its Ed25519 key, so that any change on the way is detected.`,
    relay: (s) =>
      `The provider passes ${s.size} bytes of ciphertext on to ${s.to.length} recipients. It sees who writes to whom and when, not what.`,
    verify: (s, name) =>
      s.ok
        ? `${name(s.party)}’s app checks the signature with the sender’s public key: the envelope is exactly as it was sent.`
        : `${name(s.party)}’s app checks the signature with the sender’s public key: it does not match, so the envelope is refused.`,
    unwrap: (s, name) =>
      s.ok
        ? `${name(s.party)}’s device opens its own locked copy and gets the message key back${s.sameAsSenderKey ? ': the very bytes drawn in step 2' : ''}.`
        : `${name(s.party)}’s device finds no locked copy it can open: it cannot read the message.`,
    decrypt: (s, name) =>
      s.ok
        ? `With the message key, ${name(s.party)}’s app decrypts the ciphertext and gets the text back.`
        : `${name(s.party)}’s app cannot decrypt the ciphertext: it was changed on the way.`,
  },
  plaintext: 'Text',
  plaintextBytes: 'The text as UTF-8 bytes',
  messageKey: 'Message key',
  nonce: 'Nonce',
  associatedData: 'Header bytes (authenticated, not encrypted)',
  ciphertext: 'Ciphertext',
  wrappedKeyFor: (recipient) => `Message key locked for ${recipient}`,
  hiddenRecipient: 'Not shown on the sender’s screen',
  escrowRecipient: 'Escrow copy',
  signedBytes: 'Signed bytes',
  signature: 'Signature',
  signingKey: 'Sender’s public signing key',
  relayFrom: 'From',
  relayTo: 'To',
  relaySize: 'Ciphertext size',
  bytesCount: (n) => (n === 1 ? '1 byte' : `${n} bytes`),
  ok: 'Valid',
  failed: 'Failed',
  sameKey: 'Same bytes as the message key of step 2',
  decryptedText: 'Decrypted text',
};

/** Props of {@link MessageStepThrough}. */
export interface MessageStepThroughProps {
  /** `trace.events` of the send (`device.send(conversation, text, { trace })`). */
  send: readonly TraceEvent[];
  /** `trace.events` of one recipient's open (`device.open`, `device.receive` or `tryRead` with a trace). */
  open: readonly TraceEvent[];
  /** Whose reading to show if `open` holds several parties. Default: the first. */
  reader?: string;
  /** Display names by device id, e.g. `{ 'alice/phone': 'Alice' }`. Ids without a name are shown as they are. */
  names?: Readonly<Record<string, string>>;
  /** Step shown first (0-based). @defaultValue 0 */
  defaultStep?: number;
  /** Called with the new step index (0-based) after each move. */
  onStepChange?: (index: number) => void;
  /** Heading level of the title; the step's heading uses the next level. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Words to use instead of the English defaults. */
  labels?: Partial<MessageStepThroughLabels>;
  /** How bytes are written. @defaultValue 'hex' */
  encoding?: BytesEncoding;
  /** Extra class names for the root element. */
  className?: string;
}

function StepBody({
  step,
  words,
  name,
  bytes,
}: {
  step: MessageStep;
  words: MessageStepThroughLabels;
  name: (id: string) => string;
  bytes: (label: ReactNode, value: Uint8Array) => ReactNode;
}) {
  const outcome = (ok: boolean) => (
    <p className="e2k-steps__outcome">
      <StatusBadge status={ok ? 'ok' : 'warning'}>{ok ? words.ok : words.failed}</StatusBadge>
    </p>
  );
  switch (step.id) {
    case 'plaintext':
      return (
        <>
          <p className="e2k-steps__text">
            <span className="e2k-steps__field">{words.plaintext}:</span> <q>{step.text}</q>
          </p>
          {bytes(words.plaintextBytes, step.plaintext)}
        </>
      );
    case 'message-key':
      return bytes(words.messageKey, step.messageKey);
    case 'encrypt':
      return (
        <>
          {bytes(words.nonce, step.nonce)}
          {bytes(words.associatedData, step.associatedData)}
          {bytes(words.ciphertext, step.ciphertext)}
        </>
      );
    case 'wrap':
      return (
        <ul className="e2k-steps__wraps">
          {step.wraps.map((w, i) => (
            <li
              key={`${w.to}:${i}`}
              className="e2k-steps__wrap"
              data-shown={String(w.shownToSender)}
              data-kind={w.kind}
            >
              {(!w.shownToSender || w.kind === 'escrow') && (
                <p className="e2k-steps__flags">
                  {w.kind === 'escrow' ? (
                    <StatusBadge status="warning">{words.escrowRecipient}</StatusBadge>
                  ) : (
                    <StatusBadge status="ghost">{words.hiddenRecipient}</StatusBadge>
                  )}
                </p>
              )}
              {bytes(words.wrappedKeyFor(name(w.to)), w.wrappedKey)}
            </li>
          ))}
        </ul>
      );
    case 'sign':
      return (
        <>
          {bytes(words.signedBytes, step.signedBytes)}
          {bytes(words.signature, step.signature)}
        </>
      );
    case 'relay':
      return (
        <dl className="e2k-steps__facts">
          <div>
            <dt>{words.relayFrom}</dt>
            <dd>{name(step.from)}</dd>
          </div>
          <div>
            <dt>{words.relayTo}</dt>
            <dd>{step.to.map(name).join(', ')}</dd>
          </div>
          <div>
            <dt>{words.relaySize}</dt>
            <dd>{words.bytesCount(step.size)}</dd>
          </div>
        </dl>
      );
    case 'verify':
      return (
        <>
          {outcome(step.ok)}
          {bytes(words.signingKey, step.signingKey)}
          {bytes(words.signature, step.signature)}
        </>
      );
    case 'unwrap':
      return (
        <>
          {outcome(step.ok)}
          {step.wrappedKey && bytes(words.wrappedKeyFor(name(step.party)), step.wrappedKey)}
          {step.messageKey && bytes(words.messageKey, step.messageKey)}
          {step.sameAsSenderKey && (
            <p className="e2k-steps__same-key">
              <Icon name="check" /> {words.sameKey}
            </p>
          )}
        </>
      );
    case 'decrypt':
      return (
        <>
          {outcome(step.ok)}
          {bytes(words.ciphertext, step.ciphertext)}
          {step.text !== undefined && (
            <p className="e2k-steps__text">
              <span className="e2k-steps__field">{words.decryptedText}:</span> <q>{step.text}</q>
            </p>
          )}
        </>
      );
  }
}

function explain(
  step: MessageStep,
  words: MessageStepThroughLabels,
  name: (id: string) => string,
): string {
  // `step.id` picks the writer of this very step, but TypeScript sees a union
  // of writers whose parameter types intersect to `never`: hence the one cast.
  const write = words.explanations[step.id];
  return write(step as never, name);
}

/**
 * Walks through one real message: plaintext → message key → encrypt → wrap
 * per recipient → sign → relay → verify → unwrap → decrypt, with the bytes the
 * crypto really produced at each step (from crypto-demo's `Trace`) and one
 * sentence of explanation. A wrapped key for a device the sender's screen
 * does not list (the ghost) and an escrow copy are flagged.
 *
 * Previous / Next buttons, or the left and right arrow keys (Home / End for
 * the first and last step) while focus is inside. "Step 3 of 9" is announced
 * politely. The step change animates only without `prefers-reduced-motion`.
 *
 * @example
 * ```tsx
 * const send = new Trace();
 * const envelope = alice.send('chat', 'Meet at 6?', { trace: send });
 * const open = new Trace();
 * bob.open(envelope, { trace: open });
 * <MessageStepThrough send={send.events} open={open.events} names={{ 'alice/phone': 'Alice', 'bob/phone': 'Bob' }} />
 * ```
 */
export function MessageStepThrough({
  send,
  open,
  reader,
  names = {},
  defaultStep = 0,
  onStepChange,
  headingLevel = 2,
  labels,
  encoding = 'hex',
  className,
}: MessageStepThroughProps) {
  const words = { ...defaultMessageStepThroughLabels, ...labels };
  const baseId = useId();
  const steps = buildMessageSteps(send, open, reader);
  const [index, setIndex] = useState(defaultStep);
  const [direction, setDirection] = useState<'forward' | 'back'>('forward');
  const last = steps.length - 1;
  const current = Math.max(0, Math.min(index, last));
  const step = steps[current];
  const name = (id: string) => names[id] ?? id;
  const Title = `h${headingLevel}` as const;
  const StepHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';

  function go(to: number) {
    const next = Math.max(0, Math.min(to, last));
    if (next === current) return;
    setDirection(next > current ? 'forward' : 'back');
    setIndex(next);
    onStepChange?.(next);
  }

  function onKeyDown(event: KeyboardEvent<HTMLElement>) {
    const moves: Record<string, number> = {
      ArrowRight: current + 1,
      ArrowLeft: current - 1,
      Home: 0,
      End: last,
    };
    const to = moves[event.key];
    if (to === undefined || event.altKey || event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    go(to);
  }

  const bytes = (label: ReactNode, value: Uint8Array) => (
    <Bytes
      label={label}
      value={value}
      encoding={encoding}
      {...(words.bytes === undefined ? {} : { labels: words.bytes })}
    />
  );

  return (
    <section
      className={classNames('e2k-steps', className)}
      aria-labelledby={`${baseId}-title`}
      onKeyDown={onKeyDown}
    >
      <Title id={`${baseId}-title`} className="e2k-steps__title">
        {words.title}
      </Title>
      {step === undefined ? (
        <p>{words.empty}</p>
      ) : (
        <>
          <ol className="e2k-steps__progress">
            {steps.map((s, i) => (
              <li
                key={s.id}
                className="e2k-steps__progress-item"
                aria-current={i === current ? 'step' : undefined}
                data-state={i < current ? 'done' : i === current ? 'current' : 'todo'}
              >
                <span className="e2k-steps__progress-number" aria-hidden="true">
                  {i < current ? <Icon name="check" /> : i + 1}
                </span>
                <span className="e2k-steps__progress-label">{words.stepTitles[s.id]}</span>
              </li>
            ))}
          </ol>
          <div
            className="e2k-steps__panel"
            role="group"
            tabIndex={0}
            aria-labelledby={`${baseId}-step`}
            aria-describedby={`${baseId}-hint`}
          >
            <div
              key={current}
              className="e2k-steps__content"
              data-direction={direction}
              data-step={step.id}
            >
              <StepHeading id={`${baseId}-step`} className="e2k-steps__step-title">
                {words.stepTitles[step.id]}
              </StepHeading>
              <p className="e2k-steps__explanation">{explain(step, words, name)}</p>
              <StepBody step={step} words={words} name={name} bytes={bytes} />
            </div>
          </div>
          <div className="e2k-steps__nav">
            <button
              type="button"
              className="e2k-button"
              aria-disabled={current === 0}
              onClick={() => {
                go(current - 1);
              }}
            >
              <span aria-hidden="true">←</span> {words.previous}
            </button>
            <p className="e2k-steps__position" role="status">
              {words.stepOf(current + 1, steps.length)}
            </p>
            <button
              type="button"
              className="e2k-button e2k-button--primary"
              aria-disabled={current === last}
              onClick={() => {
                go(current + 1);
              }}
            >
              {words.next} <span aria-hidden="true">→</span>
            </button>
          </div>
          <p id={`${baseId}-hint`} className="e2k-steps__hint">
            {words.keyboardHint}
          </p>
        </>
      )}
    </section>
  );
}
