import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { charsForBytes, encodeBytes, type BytesEncoding } from './bytes-encoding.js';
import { Icon } from './Icon.js';

/** Words {@link Bytes} shows. Pass some or all of them to translate. */
export interface BytesLabels {
  showAll: string;
  showLess: string;
  copy: string;
  copied: string;
  copyFailed: string;
  hex: string;
  base64url: string;
  /** e.g. "32 bytes" */
  byteCount: (count: number) => string;
  /** Read out in place of the hidden middle, e.g. "16 bytes not shown". */
  hiddenBytes: (count: number) => string;
}

/** The English words of {@link Bytes}. */
export const defaultBytesLabels: BytesLabels = {
  showAll: 'Show all',
  showLess: 'Show less',
  copy: 'Copy',
  copied: 'Copied',
  copyFailed: 'Could not copy: select the text and copy it yourself',
  hex: 'hex',
  base64url: 'base64url',
  byteCount: (count) => (count === 1 ? '1 byte' : `${count} bytes`),
  hiddenBytes: (count) => (count === 1 ? '1 byte not shown' : `${count} bytes not shown`),
};

/** Props of {@link Bytes}. */
export interface BytesProps {
  /** The bytes to show. They are never changed. */
  value: Uint8Array;
  /** What these bytes are, e.g. "Alice's public key". Names the figure and its buttons. */
  label: ReactNode;
  /** Text encoding for display and copy. @defaultValue 'hex' */
  encoding?: BytesEncoding;
  /** Bytes shown before the gap when the value is shortened. @defaultValue 8 */
  headBytes?: number;
  /** Bytes shown after the gap when the value is shortened. @defaultValue 8 */
  tailBytes?: number;
  /** Words to use instead of the English defaults. */
  labels?: Partial<BytesLabels>;
  className?: string;
}

type CopyState = 'idle' | 'copied' | 'failed';

/** How long "Copied" stays on screen. */
const COPIED_MS = 2500;

/**
 * A byte string (key, nonce, ciphertext…) written in hex or base64url.
 *
 * Values longer than `headBytes + tailBytes` are shortened in the middle
 * ("first 8 … last 8", with the byte count shown); a "Show all" button
 * (`aria-expanded`) reveals the rest. "Copy" puts the whole encoded value on
 * the clipboard and confirms in a visible, polite live region; if the clipboard
 * API is missing or refuses, it says so instead of failing silently.
 *
 * For base64url the head and tail are cut at the character that holds the
 * last head byte / first tail byte, so the cut is at most one character wider.
 *
 * @example
 * ```tsx
 * <Bytes label="Alice's public key" value={alice.publicKey} />
 * <Bytes label="Nonce" value={nonce} encoding="base64url" />
 * ```
 */
export function Bytes({
  value,
  label,
  encoding = 'hex',
  headBytes = 8,
  tailBytes = 8,
  labels,
  className,
}: BytesProps) {
  const words = { ...defaultBytesLabels, ...labels };
  const labelId = useId();
  const valueId = useId();
  const toggleTextId = useId();
  const copyTextId = useId();
  const [expanded, setExpanded] = useState(false);
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const resetTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  useEffect(
    () => () => {
      clearTimeout(resetTimer.current);
    },
    [],
  );

  const text = encodeBytes(value, encoding);
  const hiddenCount = value.length - headBytes - tailBytes;
  const shortenable = hiddenCount > 0;

  async function copy() {
    clearTimeout(resetTimer.current);
    // lib.dom types say clipboard always exists; it does not on insecure origins.
    const clipboard = (navigator as Partial<Navigator>).clipboard;
    try {
      if (!clipboard) throw new Error('Clipboard API unavailable');
      await clipboard.writeText(text);
      setCopyState('copied');
      resetTimer.current = setTimeout(() => {
        setCopyState('idle');
      }, COPIED_MS);
    } catch {
      setCopyState('failed');
    }
  }

  return (
    <figure
      className={classNames('e2k-bytes', className)}
      aria-labelledby={labelId}
      data-encoding={encoding}
    >
      <figcaption className="e2k-bytes__caption">
        <span id={labelId} className="e2k-bytes__label">
          {label}
        </span>
        <span className="e2k-bytes__meta">
          {words.byteCount(value.length)}, {words[encoding]}
        </span>
      </figcaption>
      <code id={valueId} className="e2k-bytes__value">
        {shortenable && !expanded ? (
          <>
            {text.slice(0, charsForBytes(headBytes, encoding))}
            <span className="e2k-bytes__gap" aria-hidden="true">
              …
            </span>
            <span className="e2k-visually-hidden"> ({words.hiddenBytes(hiddenCount)}) </span>
            {text.slice(text.length - charsForBytes(tailBytes, encoding))}
          </>
        ) : (
          text
        )}
      </code>
      <div className="e2k-bytes__actions">
        {shortenable && (
          <button
            type="button"
            className="e2k-button e2k-button--small"
            aria-expanded={expanded}
            aria-controls={valueId}
            aria-labelledby={`${toggleTextId} ${labelId}`}
            onClick={() => {
              setExpanded((was) => !was);
            }}
          >
            <Icon name={expanded ? 'eye-off' : 'eye'} />
            <span id={toggleTextId}>{expanded ? words.showLess : words.showAll}</span>
          </button>
        )}
        <button
          type="button"
          className="e2k-button e2k-button--small"
          aria-labelledby={`${copyTextId} ${labelId}`}
          onClick={() => {
            void copy();
          }}
        >
          <Icon name="copy" />
          <span id={copyTextId}>{words.copy}</span>
        </button>
        <span className="e2k-bytes__status" role="status" aria-live="polite">
          {copyState === 'copied' && (
            <>
              <Icon name="check" /> {words.copied}
            </>
          )}
          {copyState === 'failed' && (
            <>
              <Icon name="warning" /> {words.copyFailed}
            </>
          )}
        </span>
      </div>
    </figure>
  );
}
