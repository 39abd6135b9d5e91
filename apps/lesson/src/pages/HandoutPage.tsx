import { useId } from 'react';
import { Link } from 'wouter';
import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { Citations } from '../step/Citations.js';
import { formatDate } from '../step/format-date.js';
import { useLesson } from '../step/lesson-data.js';
import { SourcesList } from '../step/SourcesList.js';
import { buildPath } from '../routing/routes.js';
import { handoutOf, worksheetReaders, worksheetRows } from './handout.js';

/**
 * The printable worksheet (`#/<lang>/handout`), written for paper: the one
 * rule in a box, a blank who-can-read table to fill in during the demos, the
 * quiz with boxes to tick, the exit question with lines to write on, the key
 * dates and their sources. At most two A4 pages; the print stylesheet hides
 * the app around it.
 */
export function HandoutPage() {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const ids = {
    sources: useId(),
    rule: useId(),
    table: useId(),
    quiz: useId(),
    exit: useId(),
    dates: useId(),
  };
  useDocumentTitle(t('handout.heading'));
  const { quiz, exitQuestion, dates, citations } = handoutOf(content);
  const first = content.chapters[0];
  return (
    <PageFrame>
      <div className="handout">
        <div className="handout__actions no-print">
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              print();
            }}
          >
            {t('handout.printNow')}
          </button>
          {first ? (
            <Link
              href={buildPath({ kind: 'chapter', lang, mode: 'student', chapter: first.slug })}
              className="e2k-button"
            >
              {t('handout.back')}
            </Link>
          ) : null}
        </div>
        <h1 className="handout__title">
          {t('app.name')}: {t('handout.heading')}
        </h1>
        <p className="handout__fields">
          {(['name', 'group', 'date'] as const).map((field) => (
            <span key={field} className="handout__field">
              {t(`handout.${field}`)}
            </span>
          ))}
        </p>

        <section className="handout__rule" aria-labelledby={ids.rule}>
          <h2 id={ids.rule}>{t('handout.ruleHeading')}</h2>
          <p>{t('handout.rule')}</p>
        </section>

        <section className="handout__section" aria-labelledby={ids.table}>
          <h2 id={ids.table}>{t('handout.tableHeading')}</h2>
          <p>{t('handout.tableIntro')}</p>
          <div className="handout__table-wrap">
            <table className="handout__table">
              <thead>
                <tr>
                  <th scope="col">#</th>
                  <th scope="col">{t('handout.messageColumn')}</th>
                  {worksheetReaders.map((reader) => (
                    <th key={reader} scope="col">
                      {t(`handout.readers.${reader}`)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {Array.from({ length: worksheetRows }, (_, row) => (
                  <tr key={row}>
                    <th scope="row">{row + 1}</th>
                    <td />
                    {worksheetReaders.map((reader) => (
                      <td key={reader} />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>

        <section className="handout__section handout__quiz" aria-labelledby={ids.quiz}>
          <h2 id={ids.quiz}>{t('handout.quizHeading')}</h2>
          <ol>
            {quiz.map((question) => (
              <li key={question.id} className="handout__question">
                <p>
                  {question.prompt}{' '}
                  <span className="handout__how">
                    (
                    {question.kind === 'single'
                      ? t('handout.quizSingle')
                      : t('handout.quizMultiple')}
                    )
                  </span>
                </p>
                <ul className="handout__choices">
                  {question.choices.map((choice) => (
                    <li key={choice.id}>
                      <span className="handout__box" aria-hidden="true">
                        {question.kind === 'single' ? '○' : '☐'}
                      </span>{' '}
                      {choice.text}
                    </li>
                  ))}
                </ul>
              </li>
            ))}
          </ol>
        </section>

        <section className="handout__section handout__exit" aria-labelledby={ids.exit}>
          <h2 id={ids.exit}>{t('handout.exitHeading')}</h2>
          <p>{exitQuestion.prompt}</p>
          <p className="handout__hint">{exitQuestion.hint}</p>
          <div className="handout__lines" aria-hidden="true" />
        </section>

        <section className="handout__section handout__dates" aria-labelledby={ids.dates}>
          <h2 id={ids.dates}>{t('handout.datesHeading')}</h2>
          <ul>
            {dates.map(({ item, citations: numbers }, index) => (
              <li key={index}>
                <time dateTime={item.date}>{formatDate(item.date, lang)}</time> ({item.status})
                {t('handout.colon')} {item.text}
                <Citations numbers={numbers} />
              </li>
            ))}
          </ul>
        </section>

        <SourcesList citations={citations} headingId={ids.sources} />
      </div>
    </PageFrame>
  );
}
