import { useUi, useLanguage } from '../shell/page-language.js';
import type { Step } from '../content/types.js';
import { Citations } from './Citations.js';
import { formatDate } from './format-date.js';
import { citationNumbers, type Citation } from './citation-numbers.js';

/**
 * The text of a step: paragraphs, quotations and timeline, each followed by
 * the numbers of its sources.
 */
export function StepBody({ step, citations }: { step: Step; citations: Citation[] }) {
  const t = useUi();
  const lang = useLanguage();
  return (
    <div className="step-body">
      {step.paragraphs.map((paragraph, index) => (
        <p key={index} className="step-paragraph">
          {paragraph.text}
          <Citations numbers={citationNumbers(citations, paragraph.sources ?? [])} />
        </p>
      ))}

      {step.quotes?.map((quote, index) => (
        <figure key={index} className="quote">
          <blockquote>
            <p>{quote.text}</p>
          </blockquote>
          <figcaption>
            — {quote.speaker}
            <Citations numbers={citationNumbers(citations, [quote.source])} />
          </figcaption>
        </figure>
      ))}

      {step.timeline && step.timeline.length > 0 ? (
        <section className="timeline" aria-label={t('timeline.heading')}>
          <ol>
            {step.timeline.map((item, index) => (
              <li key={index} className="timeline__item">
                <time dateTime={item.date} className="timeline__date">
                  {formatDate(item.date, lang)}
                </time>{' '}
                <span className="timeline__status">{item.status}</span>{' '}
                <span className="timeline__text">
                  {item.text}
                  <Citations numbers={citationNumbers(citations, item.sources)} />
                </span>
              </li>
            ))}
          </ol>
        </section>
      ) : null}
    </div>
  );
}
