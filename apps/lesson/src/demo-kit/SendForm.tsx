import { Icon } from '@e2ee-kit/ui';
import { useId, useRef, useState } from 'react';
import type { PersonId } from './world/world.js';
import { useDemoT } from './use-demo-t.js';

/** The people's display names (the same in every language). */
export const personNames: Readonly<Record<PersonId, string>> = {
  alice: 'Alice',
  bob: 'Bob',
  carol: 'Carol',
};

/** A conversation one can send to, and who may send there. */
export interface SendTarget<C extends string> {
  id: C;
  name: string;
  senders: readonly PersonId[];
}

export interface SendFormProps<C extends string> {
  /** With more than one, a choice of conversation comes first. */
  targets: readonly SendTarget<C>[];
  onSend: (target: C, from: PersonId, text: string) => void;
  /** Text already in the box (e.g. a sample). */
  defaultText?: string;
  /** Words of the submit button. Default: "Send". */
  submitLabel?: string;
}

/** The longest message, like a text message; longer input is cut and the form says so. */
export const MAX_LENGTH = 280;
/** From this many characters left, the form says how many remain (a polite live region). */
const WARN_LEFT = 20;

/**
 * Send a message as one of the members: who sends (radio buttons), a labelled
 * text box and a Send button; Enter sends. The box is emptied, a polite status
 * says what was sent, and the focus moves from the box to the form itself, so
 * that a presenter's clicker (PageDown, Space…) works again; Escape does the
 * same without sending. The next Tab goes back into the form.
 */
export function SendForm<C extends string>({
  targets,
  onSend,
  defaultText = '',
  submitLabel,
}: SendFormProps<C>) {
  const t = useDemoT();
  const baseId = useId();
  const input = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const [targetId, setTargetId] = useState<C | undefined>(targets[0]?.id);
  const target = targets.find((x) => x.id === targetId) ?? targets[0];
  const [chosen, setChosen] = useState<PersonId | undefined>(target?.senders[0]);
  const from = target?.senders.includes(chosen as PersonId) ? chosen : target?.senders[0];
  const [text, setText] = useState(defaultText);
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [cut, setCut] = useState(false);
  if (target === undefined || from === undefined) return null;

  return (
    <form
      className="send-form"
      onSubmit={(event) => {
        event.preventDefault();
        const trimmed = text.trim();
        if (trimmed.length === 0) {
          setInvalid(true);
          setStatus(t('send.empty'));
          input.current?.focus();
          return;
        }
        onSend(target.id, from, trimmed);
        setText('');
        setCut(false);
        setInvalid(false);
        setStatus(t('send.sent', { name: personNames[from], conversation: target.name }));
        form.current?.focus({ preventScroll: true });
      }}
      ref={form}
      // Focused after a send or on Escape; named like the text box, so the place is clear.
      tabIndex={-1}
      aria-labelledby={`${baseId}-text-label`}
    >
      {targets.length > 1 ? (
        <fieldset className="send-form__choice">
          <legend>{t('send.conversationLegend')}</legend>
          {targets.map((x) => (
            <label key={x.id} className="send-form__option">
              <input
                type="radio"
                name={`${baseId}-conversation`}
                value={x.id}
                checked={x.id === target.id}
                onChange={() => {
                  setTargetId(x.id);
                }}
              />
              {x.name}
            </label>
          ))}
        </fieldset>
      ) : null}
      <fieldset className="send-form__choice">
        <legend>{t('send.legend')}</legend>
        {target.senders.map((person) => (
          <label key={person} className="send-form__option">
            <input
              type="radio"
              name={`${baseId}-from`}
              value={person}
              checked={person === from}
              onChange={() => {
                setChosen(person);
              }}
            />
            {personNames[person]}
          </label>
        ))}
      </fieldset>
      <div className="send-form__compose">
        <label id={`${baseId}-text-label`} htmlFor={`${baseId}-text`} className="send-form__label">
          {t('send.message', { conversation: target.name })}
        </label>
        <div className="send-form__row">
          <input
            ref={input}
            id={`${baseId}-text`}
            className="send-form__input"
            type="text"
            autoComplete="off"
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={`${baseId}-hint ${baseId}-count`}
            onChange={(event) => {
              // No maxLength attribute: it would cut a long paste without a word.
              const value = event.target.value;
              setCut(value.length > MAX_LENGTH);
              setText(value.slice(0, MAX_LENGTH));
              if (invalid) setInvalid(false);
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Escape') return;
              event.preventDefault();
              form.current?.focus({ preventScroll: true });
            }}
          />
          <button type="submit" className="e2k-button e2k-button--primary">
            <Icon name="lock" /> {submitLabel ?? t('send.button')}
          </button>
        </div>
        <div className="send-form__meta">
          <p id={`${baseId}-hint`} className="send-form__hint">
            {t('send.hint')}
          </p>
          <p id={`${baseId}-count`} className="send-form__count">
            <span aria-hidden="true">
              {text.length}/{MAX_LENGTH}
            </span>
            <span className="visually-hidden">
              {t('send.count', { count: text.length, max: MAX_LENGTH })}
            </span>
          </p>
        </div>
        <p className="send-form__limit" aria-live="polite">
          {cut
            ? t('send.cut', { max: MAX_LENGTH })
            : text.length >= MAX_LENGTH
              ? t('send.limit', { max: MAX_LENGTH })
              : MAX_LENGTH - text.length <= WARN_LEFT
                ? t('send.left', { count: MAX_LENGTH - text.length })
                : ''}
        </p>
      </div>
      <p role="status" className="send-form__status">
        {status}
      </p>
    </form>
  );
}
