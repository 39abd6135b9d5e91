import { useEffect, useId, useRef, useState } from 'react';
import { isJoinRefusal } from './join-class.js';
import type { PhoneJoin } from './phone-like.js';
import { usePhoneT, type PhoneT } from './use-phone-t.js';

/** Class codes: 6 letters or digits, any case (the server's are upper case). */
export const codeLength = 6;
const codePattern = /^[A-Za-z0-9]{6}$/;
export const maxNameLength = 32;

/** The code as the server reads it: spaces and dashes dropped, upper case. */
export function normalizeCode(code: string): string {
  return code.replace(/[\s-]/g, '').toUpperCase();
}

/** A name's length as the server counts it: code points, after NFC and trimming. */
function nameLength(name: string): number {
  return Array.from(name.normalize('NFC').trim()).length;
}

type Field = 'code' | 'name';

/** Which field a server refusal is about (the form puts the words under it). */
function refusalField(code: string): Field | null {
  if (code === 'bad-name' || code === 'name-taken') return 'name';
  if (code === 'unknown-class' || code === 'class-closed' || code === 'class-full') return 'code';
  return null;
}

/** Plain words for a server refusal of a join. */
export function refusalText(t: PhoneT, code: string): string {
  if (isJoinRefusal(code)) return t(`join.refused.${code}`);
  if (code === 'unreachable') return t('join.refused.unreachable');
  return t('join.refused.other', { code });
}

export interface JoinFormProps {
  initialCode: string;
  busy: boolean;
  /** The server's refusal of the last try, as its error code (or `unreachable`); a new object per try. */
  refusal: { readonly code: string } | null;
  onJoin: (join: PhoneJoin) => void;
}

/**
 * The class code (from the QR code's URL, editable) and the name classmates
 * will see. Checked here first (shape and length), then by the server, whose
 * refusals appear under the field they are about, in plain words; the focus
 * goes to that field.
 */
export function JoinForm({ initialCode, busy, refusal: lastRefusal, onJoin }: JoinFormProps) {
  const t = usePhoneT();
  const id = useId();
  const [code, setCode] = useState(initialCode);
  const [name, setName] = useState('');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const codeInput = useRef<HTMLInputElement>(null);
  const nameInput = useRef<HTMLInputElement>(null);
  const generalError = useRef<HTMLParagraphElement>(null);
  // Editing the field a refusal is about puts it away, until the next try.
  const [dismissed, setDismissed] = useState<JoinFormProps['refusal']>(null);
  const refusal = lastRefusal !== null && lastRefusal !== dismissed ? lastRefusal.code : null;

  const refusalAt = refusal === null ? null : refusalField(refusal);
  const shown: Partial<Record<Field, string>> = { ...errors };
  if (refusal !== null && refusalAt !== null && shown[refusalAt] === undefined) {
    shown[refusalAt] = refusalText(t, refusal);
  }

  // A new refusal: the focus goes where the student has to act.
  useEffect(() => {
    if (lastRefusal === null) return;
    const at = refusalField(lastRefusal.code);
    if (at === 'name') nameInput.current?.focus();
    else if (at === 'code') codeInput.current?.focus();
    else generalError.current?.focus();
  }, [lastRefusal]);

  function validate(): Partial<Record<Field, string>> {
    const found: Partial<Record<Field, string>> = {};
    const typedCode = normalizeCode(code);
    if (typedCode === '') found.code = t('join.codeEmpty');
    else if (!codePattern.test(typedCode)) found.code = t('join.codeShape');
    const length = nameLength(name);
    if (length === 0) found.name = t('join.nameEmpty');
    else if (length > maxNameLength) found.name = t('join.nameLong', { count: length });
    return found;
  }

  const describedBy = (field: Field) =>
    [`${id}-${field}-hint`, shown[field] ? `${id}-${field}-error` : null].filter(Boolean).join(' ');

  return (
    <form
      className="phone-join"
      aria-labelledby={`${id}-heading`}
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        if (busy) return;
        const found = validate();
        setErrors(found);
        if (found.code) {
          codeInput.current?.focus();
          return;
        }
        if (found.name) {
          nameInput.current?.focus();
          return;
        }
        onJoin({ code: normalizeCode(code), name: name.trim() });
      }}
    >
      <h1 id={`${id}-heading`}>{t('join.heading')}</h1>
      <p>{t('join.intro')}</p>
      <div className="phone-field">
        <label htmlFor={`${id}-code`}>{t('join.code')}</label>
        <p id={`${id}-code-hint`} className="phone-field__hint">
          {t('join.codeHint')}
        </p>
        <input
          ref={codeInput}
          id={`${id}-code`}
          className="phone-field__input phone-field__input--code"
          type="text"
          inputMode="text"
          autoCapitalize="characters"
          autoComplete="off"
          spellCheck={false}
          value={code}
          aria-invalid={shown.code ? true : undefined}
          aria-describedby={describedBy('code')}
          onChange={(event) => {
            setCode(event.target.value.toUpperCase());
            if (errors.code) setErrors({ ...errors, code: undefined });
            if (refusalAt === 'code') setDismissed(lastRefusal);
          }}
        />
        {shown.code ? (
          <p id={`${id}-code-error`} className="phone-field__error">
            {shown.code}
          </p>
        ) : null}
      </div>
      <div className="phone-field">
        <label htmlFor={`${id}-name`}>{t('join.name')}</label>
        <p id={`${id}-name-hint`} className="phone-field__hint">
          {t('join.nameHint')}
        </p>
        <input
          ref={nameInput}
          id={`${id}-name`}
          className="phone-field__input"
          type="text"
          autoComplete="nickname"
          value={name}
          aria-invalid={shown.name ? true : undefined}
          aria-describedby={describedBy('name')}
          onChange={(event) => {
            setName(event.target.value);
            if (errors.name) setErrors({ ...errors, name: undefined });
            if (refusalAt === 'name') setDismissed(lastRefusal);
          }}
        />
        {shown.name ? (
          <p id={`${id}-name-error`} className="phone-field__error">
            {shown.name}
          </p>
        ) : null}
      </div>
      {refusal !== null && refusalAt === null ? (
        <p ref={generalError} tabIndex={-1} className="phone-field__error">
          {refusalText(t, refusal)}
        </p>
      ) : null}
      <button
        type="submit"
        className="e2k-button e2k-button--primary phone-button"
        aria-disabled={busy || undefined}
      >
        {busy ? t('join.joining') : t('join.submit')}
      </button>
      <p role="status" className="phone-status">
        {busy ? t('join.joining') : ''}
      </p>
      <p className="phone-note">{t('join.keysNote')}</p>
    </form>
  );
}
