import type { Language } from '../routing/routes.js';

const calendarDate = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/;

/**
 * An ISO calendar date in words, in the page's language: "2025-03-20" →
 * "March 20, 2025" / "20 mars 2025"; a month ("2025-03") or a year ("2017")
 * stays as precise as it was given. Computed in UTC so that no time zone moves
 * the day. Text that is not such a date is returned unchanged.
 */
export function formatDate(
  isoDate: string,
  lang: Language,
  /** `day-month-year`: "28 November 2026" in English too, as the lesson's prose writes dates. */
  order: 'locale' | 'day-month-year' = 'locale',
): string {
  const match = calendarDate.exec(isoDate);
  if (!match) return isoDate;
  const [, year, month, day] = match;
  const when = new Date(Date.UTC(Number(year), Number(month ?? 1) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions =
    day !== undefined
      ? { dateStyle: 'long' }
      : month !== undefined
        ? { year: 'numeric', month: 'long' }
        : { year: 'numeric' };
  const locale = order === 'day-month-year' && lang === 'en' ? 'en-GB' : lang;
  return new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' }).format(when);
}
