import type { SafetyNumber } from '@e2ee-kit/crypto-demo';
import { QRCodeSVG } from 'qrcode.react';
import { useId } from 'react';
import { classNames } from '../internal/class-names.js';
import { StatusBadge } from '../primitives/StatusBadge.js';

/** One device's side of a {@link SafetyNumberCheck}. */
export interface SafetyNumberSide {
  /** Whose screen this is, e.g. "Alice’s phone (number with Bob)". */
  label: string;
  /** From `device.safetyNumberWith(otherUser)`. */
  number: SafetyNumber;
}

/** Words {@link SafetyNumberCheck} shows. Pass some or all of them to translate. */
export interface SafetyNumberCheckLabels {
  title: string;
  /** Stated when both sides have the same 60 digits. */
  match: string;
  /** Stated when they differ. */
  mismatch: string;
  /** e.g. "6 of 12 groups differ." */
  groupsDiffer: (differing: number, total: number) => string;
  /** Read out after a group that differs from the other side. */
  groupDiffers: string;
  /** Accessible name of a side's QR code. */
  qrLabel: (sideLabel: string) => string;
  /** Under each QR code. */
  qrHint: string;
}

/** The English words of {@link SafetyNumberCheck}. */
export const defaultSafetyNumberCheckLabels: SafetyNumberCheckLabels = {
  title: 'Compare safety numbers',
  match: 'The numbers match: both phones see the same keys. No extra device sits between them.',
  mismatch:
    'The numbers do not match: the phones see different keys. Someone may have slipped in a device; do not trust this chat until you know why.',
  groupsDiffer: (differing, total) => `${differing} of ${total} groups differ.`,
  groupDiffers: '(differs)',
  qrLabel: (sideLabel) => `QR code of the safety number on ${sideLabel}`,
  qrHint: 'Scan it with the other phone to compare without reading aloud.',
};

/** Props of {@link SafetyNumberCheck}. */
export interface SafetyNumberCheckProps {
  left: SafetyNumberSide;
  right: SafetyNumberSide;
  /** Show each number as a QR code too. @defaultValue true */
  showQr?: boolean;
  /** QR code size in CSS pixels, quiet zone included. @defaultValue 176 */
  qrSize?: number;
  /** Heading level of the title; each side uses the next level. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Words to use instead of the English defaults. */
  labels?: Partial<SafetyNumberCheckLabels>;
  className?: string;
}

/**
 * Two devices' safety numbers side by side — 12 groups of 5 digits each —
 * with match or mismatch stated in words and an icon, the differing groups
 * marked, and each number as a QR code (payload `SafetyNumber.payload`)
 * that scans in any theme: black on a white card with a 4-module quiet zone.
 *
 * @example
 * ```tsx
 * <SafetyNumberCheck
 *   left={{ label: 'Alice’s phone', number: alice.safetyNumberWith('bob') }}
 *   right={{ label: 'Bob’s phone', number: bob.safetyNumberWith('alice') }}
 * />
 * ```
 */
export function SafetyNumberCheck({
  left,
  right,
  showQr = true,
  qrSize = 176,
  headingLevel = 2,
  labels,
  className,
}: SafetyNumberCheckProps) {
  const words = { ...defaultSafetyNumberCheckLabels, ...labels };
  const baseId = useId();
  const match = left.number.digits === right.number.digits;
  const total = Math.max(left.number.groups.length, right.number.groups.length);
  const differing = Array.from(
    { length: total },
    (_, i) => left.number.groups[i] !== right.number.groups[i],
  );
  const Title = `h${headingLevel}` as const;
  const SideHeading = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';

  const side = (s: SafetyNumberSide, key: string) => (
    <section key={key} className="e2k-safety__side" aria-labelledby={`${baseId}-${key}`}>
      <SideHeading id={`${baseId}-${key}`} className="e2k-safety__side-title">
        {s.label}
      </SideHeading>
      <p className="e2k-safety__digits">
        {s.number.groups.map((group, i) => (
          <span
            key={i}
            className={classNames(
              'e2k-safety__group',
              differing[i] === true && 'e2k-safety__group--differs',
            )}
          >
            {group}
            {differing[i] === true && (
              <span className="e2k-visually-hidden"> {words.groupDiffers}</span>
            )}{' '}
          </span>
        ))}
      </p>
      {showQr && (
        <figure className="e2k-safety__qr">
          <div className="e2k-safety__qr-card">
            <QRCodeSVG
              value={s.number.payload}
              size={qrSize}
              level="M"
              marginSize={4}
              bgColor="#ffffff"
              fgColor="#000000"
              role="img"
              aria-label={words.qrLabel(s.label)}
            />
          </div>
          <figcaption className="e2k-safety__qr-hint">{words.qrHint}</figcaption>
        </figure>
      )}
    </section>
  );

  return (
    <section
      className={classNames('e2k-safety', className)}
      aria-labelledby={`${baseId}-title`}
      data-match={String(match)}
    >
      <Title id={`${baseId}-title`} className="e2k-safety__title">
        {words.title}
      </Title>
      <p className="e2k-safety__verdict">
        <StatusBadge status={match ? 'ok' : 'warning'}>
          {match ? words.match : words.mismatch}
        </StatusBadge>
        {!match && (
          <span className="e2k-safety__count">
            {' '}
            {words.groupsDiffer(differing.filter(Boolean).length, total)}
          </span>
        )}
      </p>
      <div className="e2k-safety__sides">
        {side(left, 'left')}
        {side(right, 'right')}
      </div>
    </section>
  );
}
