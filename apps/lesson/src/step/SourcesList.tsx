import { useUi, useLanguage } from '../shell/page-language.js';
import { formatDate } from './format-date.js';
import { useLessonData } from './lesson-data.js';
import { sourceAnchorId, type Citation } from './citation-numbers.js';

/**
 * A step's "Sources": outlet, title, date and link of every source it cites,
 * numbered as its citations are. The URL is printed in full so that a printed
 * page still says where to check.
 */
export function SourcesList({
  citations,
  headingId,
}: {
  citations: Citation[];
  headingId: string;
}) {
  const t = useUi();
  const lang = useLanguage();
  const { sources } = useLessonData();
  if (citations.length === 0) return null;
  return (
    <section className="sources" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('sources.heading')}</h2>
      <ol>
        {citations.map(({ id, number }) => {
          const source = sources[id];
          return (
            <li key={id} id={sourceAnchorId(number)} tabIndex={-1} value={number}>
              {source ? (
                <>
                  {source.outlet}, <cite lang={source.language}>{source.title}</cite>,{' '}
                  <time dateTime={source.date}>{formatDate(source.date, lang)}</time>.{' '}
                  <a
                    className="source-url"
                    href={source.url}
                    hrefLang={source.language}
                    rel="noreferrer"
                  >
                    {source.url}
                  </a>
                </>
              ) : (
                // Content and sources are written separately; show the gap rather than hide it.
                <span>{id}</span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
