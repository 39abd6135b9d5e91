import { useId } from 'react';
import { Link } from 'wouter';
import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { Citations } from '../step/Citations.js';
import { useLesson } from '../step/lesson-data.js';
import { citationNumbers } from '../step/citation-numbers.js';
import { SourcesList } from '../step/SourcesList.js';
import { buildPath } from '../routing/routes.js';
import { handoutOf } from './handout.js';

/**
 * The printable handout (`#/<lang>/handout`): every chapter compactly, with
 * the sources and their full URLs. The print stylesheet hides everything else.
 */
export function HandoutPage() {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const sourcesHeadingId = useId();
  useDocumentTitle(t('handout.heading'));
  const { chapters, citations } = handoutOf(content);
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
        <p className="handout__intro">{t('contents.intro')}</p>
        <div className="handout__chapters">
          {chapters.map(({ chapter, paragraphs }, index) => (
            <section
              key={chapter.slug}
              className="handout__chapter"
              aria-labelledby={`handout-${chapter.slug}`}
            >
              <h2 id={`handout-${chapter.slug}`}>
                {index + 1}. {chapter.title}
              </h2>
              <p className="handout__summary">{chapter.summary}</p>
              {paragraphs.map((paragraph, paragraphIndex) => (
                <p key={paragraphIndex}>
                  {paragraph.text}
                  <Citations numbers={citationNumbers(citations, paragraph.sources ?? [])} />
                </p>
              ))}
            </section>
          ))}
        </div>
        <SourcesList citations={citations} headingId={sourcesHeadingId} />
      </div>
    </PageFrame>
  );
}
