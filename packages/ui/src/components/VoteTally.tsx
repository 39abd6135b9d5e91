import { classNames } from '../internal/class-names.js';

/** The counts a {@link VoteTally} shows; `notVoting` is computed as `seats - against - for`. */
export interface VoteCounts {
  against: number;
  for: number;
  seats: number;
  notVoting: number;
}

/** Words {@link VoteTally} shows. Pass some or all of them to translate. */
export interface VoteTallyLabels {
  /** Caption of the figure. */
  title: string;
  against: string;
  for: string;
  notVoting: string;
  /** One sentence that states every number, shown under the bar. */
  summary: (counts: VoteCounts) => string;
}

/** The English words of {@link VoteTally}. */
export const defaultVoteTallyLabels: VoteTallyLabels = {
  title: 'Result of the vote',
  against: 'Against',
  for: 'For',
  notVoting: 'No vote cast',
  summary: ({ against, for: inFavour, seats }) =>
    `${against + inFavour} votes cast out of ${seats} seats: ${against} against, ${inFavour} for.`,
};

/** Props of {@link VoteTally}. */
export interface VoteTallyProps {
  /** Votes against the measure, e.g. 119. */
  against: number;
  /** Votes for the measure, e.g. 24. */
  for: number;
  /** Seats in the chamber, e.g. 577 for the French National Assembly. */
  seats: number;
  /** Words to use instead of the English defaults. */
  labels?: Partial<VoteTallyLabels>;
  /** Locale for the numbers. @defaultValue 'en' */
  locale?: string;
  className?: string;
}

function checkCount(name: string, value: number): void {
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new RangeError(`VoteTally: "${name}" must be a whole number ≥ 0, got ${value}`);
  }
}

/**
 * Computes the counts shown by {@link VoteTally}.
 *
 * @throws RangeError if a count is negative or not whole, or if the votes cast
 *   exceed the seats.
 * @example
 * ```ts
 * voteCounts(119, 24, 577); // { against: 119, for: 24, seats: 577, notVoting: 434 }
 * ```
 */
export function voteCounts(against: number, inFavour: number, seats: number): VoteCounts {
  checkCount('against', against);
  checkCount('for', inFavour);
  checkCount('seats', seats);
  if (against + inFavour > seats) {
    throw new RangeError(
      `VoteTally: ${against} against + ${inFavour} for is more than the ${seats} seats`,
    );
  }
  return { against, for: inFavour, seats, notVoting: seats - against - inFavour };
}

type Part = 'against' | 'for' | 'absent';

function Swatch({ part }: { part: Part }) {
  return <span className={`e2k-vote__swatch e2k-vote--${part}`} aria-hidden="true" />;
}

/**
 * A parliamentary vote as numbers, a bar and a sentence: for example the
 * French National Assembly's 119 against, 24 for, out of 577 deputies
 * (20 March 2025).
 *
 * Each part of the bar has its own pattern (stripes for "against", dots for
 * "for", plain for "no vote cast") and a matching swatch beside its number, so
 * colour is never the only cue. The bar itself is hidden from assistive
 * technology because the numbers and the summary sentence already say
 * everything it shows.
 *
 * @throws RangeError for impossible counts (see {@link voteCounts}).
 * @example
 * ```tsx
 * <VoteTally against={119} for={24} seats={577} />
 * ```
 */
export function VoteTally({
  against,
  for: inFavour,
  seats,
  labels,
  locale = 'en',
  className,
}: VoteTallyProps) {
  const words = { ...defaultVoteTallyLabels, ...labels };
  const counts = voteCounts(against, inFavour, seats);
  const number = new Intl.NumberFormat(locale);
  const parts: { part: Part; label: string; count: number }[] = [
    { part: 'against', label: words.against, count: counts.against },
    { part: 'for', label: words.for, count: counts.for },
    { part: 'absent', label: words.notVoting, count: counts.notVoting },
  ];

  return (
    <figure className={classNames('e2k-vote', className)}>
      <figcaption className="e2k-vote__title">{words.title}</figcaption>
      <dl className="e2k-vote__numbers">
        {parts.map(({ part, label, count }) => (
          <div key={part} className="e2k-vote__number" data-part={part}>
            <dt>
              <Swatch part={part} />
              {label}
            </dt>
            <dd>{number.format(count)}</dd>
          </div>
        ))}
      </dl>
      <div className="e2k-vote__bar" aria-hidden="true">
        {parts
          .filter(({ count }) => count > 0)
          .map(({ part, count }) => (
            <span
              key={part}
              className={`e2k-vote__segment e2k-vote--${part}`}
              data-part={part}
              style={{ flex: `${count} 1 0` }}
            />
          ))}
      </div>
      <p className="e2k-vote__summary">{words.summary(counts)}</p>
    </figure>
  );
}
