import { useId } from 'react';
import { classNames } from '../internal/class-names.js';
import { Icon } from '../primitives/Icon.js';

/** A short quotation from the article, with who said it. */
export interface NewsQuote {
  /** The quoted words, without quotation marks. Keep it short. */
  text: string;
  /** Who said it, e.g. "Meredith Whittaker". */
  speaker: string;
  /** Optional role, e.g. "president of Signal". */
  role?: string;
  /** Language of the quote when it differs from the page, e.g. "fr". */
  lang?: string;
}

/** Words {@link NewsCard} shows. */
export interface NewsCardLabels {
  /** Link text; must say that it opens the source. */
  openSource: (outlet: string) => string;
  /** Word before the date. */
  published: string;
  /** Puts the quote in the language's quotation marks. */
  quoted: (text: string) => string;
}

/** English and French words for {@link NewsCard}, chosen by `locale` unless `labels` are given. */
export const defaultNewsCardLabels: Readonly<Record<'en' | 'fr', NewsCardLabels>> = {
  en: {
    openSource: (outlet) => `Read the source on ${outlet} (opens in a new tab)`,
    published: 'Published',
    quoted: (text) => `“${text}”`,
  },
  fr: {
    openSource: (outlet) => `Lire la source sur ${outlet} (s’ouvre dans un nouvel onglet)`,
    published: 'Publié le',
    quoted: (text) => `«\u00a0${text}\u00a0»`,
  },
};

/** Props of {@link NewsCard}: plain data, so a lesson can keep its sources in one list. */
export interface NewsCardProps {
  headline: string;
  /** Publication, e.g. "Le Monde". */
  outlet: string;
  /** Publication date as an ISO calendar date, e.g. "2025-03-21". */
  date: string;
  /** The article's address. */
  url: string;
  /** One or two sentences in your own words. */
  summary?: string;
  quote?: NewsQuote;
  /** Language for the date and the default words: "en" or "fr" (any BCP 47 tag formats the date). @defaultValue 'en' */
  locale?: string;
  /** Language of the headline when it differs from the page, e.g. "fr" for a French outlet. */
  headlineLang?: string;
  /** Heading level of the headline, to fit the page outline. @defaultValue 3 */
  headingLevel?: 2 | 3 | 4;
  /** Words to use instead of the defaults for `locale`. */
  labels?: Partial<NewsCardLabels>;
  className?: string;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * Formats an ISO calendar date ("2025-03-20") for a locale, in UTC so that the
 * day never shifts with the reader's time zone.
 *
 * @throws RangeError if `isoDate` is not YYYY-MM-DD.
 */
export function formatCalendarDate(isoDate: string, locale: string): string {
  const match = ISO_DATE.exec(isoDate);
  if (!match) throw new RangeError(`Expected a YYYY-MM-DD date, got "${isoDate}"`);
  const [, year, month, day] = match.map(Number) as [number, number, number, number];
  const when = new Date(Date.UTC(year, month - 1, day));
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' }).format(when);
}

/**
 * A news source: headline, outlet, date, an optional summary and attributed
 * quote, and a link that says it opens the source.
 *
 * Renders an `<article>` named by its headline, a `<time dateTime>`, and the
 * quote as `<blockquote>` + `<cite>` (speaker).
 *
 * @example
 * ```tsx
 * <NewsCard
 *   headline="A Win for Encryption: France Rejects Backdoor Mandate"
 *   outlet="Electronic Frontier Foundation"
 *   date="2025-03-21"
 *   url="https://www.eff.org/deeplinks/2025/03/win-encryption-france-rejects-backdoor-mandate"
 *   locale="en"
 * />
 * ```
 */
export function NewsCard({
  headline,
  outlet,
  date,
  url,
  summary,
  quote,
  locale = 'en',
  headlineLang,
  headingLevel = 3,
  labels,
  className,
}: NewsCardProps) {
  const headingId = useId();
  const base = locale.toLowerCase().startsWith('fr')
    ? defaultNewsCardLabels.fr
    : defaultNewsCardLabels.en;
  const words = { ...base, ...labels };
  const Heading = `h${headingLevel}` as const;

  return (
    <article className={classNames('e2k-news-card', className)} aria-labelledby={headingId}>
      <Heading id={headingId} className="e2k-news-card__headline" lang={headlineLang}>
        {headline}
      </Heading>
      <p className="e2k-news-card__meta">
        <span className="e2k-news-card__outlet">{outlet}</span>
        {' · '}
        {words.published} <time dateTime={date}>{formatCalendarDate(date, locale)}</time>
      </p>
      {summary && <p className="e2k-news-card__summary">{summary}</p>}
      {quote && (
        <figure className="e2k-news-card__quote">
          <blockquote cite={url} lang={quote.lang}>
            <p>{words.quoted(quote.text)}</p>
          </blockquote>
          <figcaption>
            — <cite>{quote.speaker}</cite>
            {quote.role && <>, {quote.role}</>}
          </figcaption>
        </figure>
      )}
      <a
        className="e2k-link e2k-news-card__link"
        href={url}
        target="_blank"
        rel="noopener noreferrer"
      >
        {words.openSource(outlet)}
        <Icon name="external" />
      </a>
    </article>
  );
}
