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

const MAX_LENGTH = 280;

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
            maxLength={MAX_LENGTH}
            value={text}
            aria-invalid={invalid || undefined}
            aria-describedby={`${baseId}-hint`}
            onChange={(event) => {
              setText(event.target.value);
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
        <p id={`${baseId}-hint`} className="send-form__hint">
          {t('send.hint')}
        </p>
      </div>
      <p role="status" className="send-form__status">
        {status}
      </p>
    </form>
  );
}
