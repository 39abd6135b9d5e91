import type { PhoneSnapshot } from '@e2ee-kit/live';
import { Icon } from '@e2ee-kit/ui';
import { useId, useLayoutEffect, useRef, useState } from 'react';
import { useLanguage } from '../../shell/page-language.js';
import { errorCode } from './phone-like.js';
import { usePhoneT, type PhoneT } from './use-phone-t.js';

/** The longest message a phone sends. */
export const MAX_LENGTH = 500;
/** From this many characters left, the box says how many remain (a polite live region). */
const WARN_LEFT = 50;

type ChatItem =
  | { kind: 'message'; seq: number; message: PhoneSnapshot['messages'][number] }
  | { kind: 'refused'; seq: number; code: string };

/** Messages and refused envelopes, in the class's order (the server's sequence numbers). */
function chatItems(snapshot: PhoneSnapshot): ChatItem[] {
  return [
    ...snapshot.messages.map((message) => ({
      kind: 'message' as const,
      seq: message.seq,
      message,
    })),
    ...snapshot.refused.map(({ seq, code }) => ({ kind: 'refused' as const, seq, code })),
  ].sort((a, b) => a.seq - b.seq);
}

function refusedReason(t: PhoneT, code: string): string {
  // crypto-demo's error codes (docs/protocol.md §17).
  if (code === 'tampered' || code === 'key-commitment-mismatch') {
    return t('chat.refusedReasons.tampered');
  }
  if (code === 'replayed') return t('chat.refusedReasons.replayed');
  return t('chat.refusedReasons.other', { code });
}

/**
 * The class chat as this phone reads it: its own messages on the right, the
 * others' on the left with their senders' names, in order; an envelope it
 * could not open says so in its place. The list scrolls inside its box and
 * follows new messages while the reader is at the bottom.
 */
export function ClassChat({
  snapshot,
  onSend,
}: {
  snapshot: PhoneSnapshot;
  onSend: (text: string) => void;
}) {
  const t = usePhoneT();
  const lang = useLanguage();
  const headingId = useId();
  const box = useRef<HTMLDivElement>(null);
  const atBottom = useRef(true);
  const items = chatItems(snapshot);
  const time = new Intl.DateTimeFormat(lang, { hour: '2-digit', minute: '2-digit' });

  useLayoutEffect(() => {
    const element = box.current;
    if (element && atBottom.current) element.scrollTop = element.scrollHeight;
  }, [items.length]);

  return (
    <section className="phone-section phone-chat" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('chat.heading')}</h2>
      <div
        ref={box}
        className="phone-chat__box"
        // Scrolls on its own: keyboard users can reach it (axe "scrollable-region-focusable").
        tabIndex={0}
        role="log"
        aria-labelledby={headingId}
        onScroll={(event) => {
          const element = event.currentTarget;
          atBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 24;
        }}
      >
        {items.length === 0 ? (
          <p className="phone-chat__empty">{t('chat.empty')}</p>
        ) : (
          <ol className="phone-chat__list">
            {items.map((item) =>
              item.kind === 'message' ? (
                <li
                  key={`m${item.seq}`}
                  className={`phone-chat__message${item.message.mine ? ' phone-chat__message--mine' : ''}`}
                >
                  <p className="phone-chat__meta">
                    <span className="phone-chat__sender">
                      {item.message.mine ? t('chat.you') : item.message.fromName}
                    </span>{' '}
                    <time dateTime={new Date(item.message.sentAt).toISOString()}>
                      {t('chat.sentAt', { time: time.format(item.message.sentAt) })}
                    </time>
                  </p>
                  <p className="phone-chat__text">{item.message.text}</p>
                </li>
              ) : (
                <li
                  key={`r${item.seq}`}
                  className="phone-chat__message phone-chat__message--refused"
                >
                  <p className="phone-chat__text">
                    <Icon name="warning" />{' '}
                    {t('chat.refused', { reason: refusedReason(t, item.code) })}
                  </p>
                </li>
              ),
            )}
          </ol>
        )}
      </div>
      <SendBox onSend={onSend} online={snapshot.connection.state === 'online'} />
    </section>
  );
}

/**
 * The send box, with the lesson SendForm's counter pattern: a visible `n/500`
 * (its words for screen readers), a polite warning near the limit, and a
 * long paste cut with a word rather than silently. The focus stays in the box
 * after a send, for the next message.
 */
function SendBox({ onSend, online }: { onSend: (text: string) => void; online: boolean }) {
  const t = usePhoneT();
  const id = useId();
  const input = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [cut, setCut] = useState(false);

  function submit() {
    const trimmed = text.trim();
    if (trimmed.length === 0) {
      setInvalid(true);
      setStatus(t('chat.emptyText'));
      input.current?.focus();
      return;
    }
    try {
      onSend(trimmed);
    } catch (error) {
      const code = errorCode(error) ?? 'error';
      setStatus(code === 'offline' || !online ? t('chat.offline') : t('chat.failed', { code }));
      input.current?.focus();
      return;
    }
    setText('');
    setCut(false);
    setInvalid(false);
    setStatus(t('chat.sent'));
    input.current?.focus();
  }

  return (
    <form
      className="phone-send"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <label htmlFor={`${id}-text`} className="phone-send__label">
        {t('chat.message')}
      </label>
      <div className="phone-send__row">
        <textarea
          ref={input}
          id={`${id}-text`}
          className="phone-field__input phone-send__input"
          rows={2}
          autoComplete="off"
          value={text}
          aria-invalid={invalid || undefined}
          aria-describedby={`${id}-hint ${id}-count`}
          onChange={(event) => {
            // No maxLength attribute: it would cut a long paste without a word.
            const value = event.target.value;
            setCut(value.length > MAX_LENGTH);
            setText(value.slice(0, MAX_LENGTH));
            if (invalid) setInvalid(false);
            // Words about the last send go stale once the student types again.
            if (value !== '') setStatus('');
          }}
          onKeyDown={(event) => {
            // Enter sends, Shift+Enter makes a new line (and a phone's keyboard sends with its own key).
            if (event.key !== 'Enter' || event.shiftKey || event.nativeEvent.isComposing) return;
            event.preventDefault();
            submit();
          }}
        />
        <button type="submit" className="e2k-button e2k-button--primary phone-button">
          <Icon name="lock" /> {t('chat.send')}
        </button>
      </div>
      <div className="phone-send__meta">
        <p id={`${id}-hint`} className="phone-field__hint">
          {t('chat.hint')}
        </p>
        <p id={`${id}-count`} className="phone-send__count">
          <span aria-hidden="true">
            {text.length}/{MAX_LENGTH}
          </span>
          <span className="visually-hidden">
            {t('chat.count', { count: text.length, max: MAX_LENGTH })}
          </span>
        </p>
      </div>
      <p className="phone-send__limit" aria-live="polite">
        {cut
          ? t('chat.cut', { max: MAX_LENGTH })
          : text.length >= MAX_LENGTH
            ? t('chat.limit', { max: MAX_LENGTH })
            : MAX_LENGTH - text.length <= WARN_LEFT
              ? t('chat.left', { count: MAX_LENGTH - text.length })
              : ''}
      </p>
      <p role="status" className="phone-status">
        {status}
      </p>
    </form>
  );
}
