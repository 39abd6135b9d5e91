import { Link } from 'wouter';
import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { useLesson } from '../step/lesson-data.js';
import { buildPath } from '../routing/routes.js';
import { isOptionalStep } from '../presenter/optional-steps.js';

/** The table of contents (`#/<lang>/student`): every chapter, and where to start. */
export function ContentsPage() {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  useDocumentTitle(t('contents.heading'));
  const first = content.chapters[0];
  return (
    <PageFrame>
      <div className="contents">
        <h1>{t('contents.heading')}</h1>
        <p className="contents__intro">{t('contents.intro')}</p>
        {first ? (
          <p className="contents__start">
            <Link
              href={buildPath({ kind: 'chapter', lang, mode: 'student', chapter: first.slug })}
              className="e2k-button e2k-button--primary"
            >
              {t('contents.start')}
            </Link>
            <Link href={buildPath({ kind: 'start', lang, mode: 'present' })} className="e2k-button">
              {t('contents.present')}
            </Link>
          </p>
        ) : null}
        <ol className="contents__chapters">
          {content.chapters.map((chapter) => {
            const optional = chapter.steps.filter((step) =>
              isOptionalStep(chapter.slug, step.slug),
            );
            return (
              <li key={chapter.slug} className="contents__chapter">
                <h2 className="contents__chapter-title">
                  <Link
                    href={buildPath({
                      kind: 'chapter',
                      lang,
                      mode: 'student',
                      chapter: chapter.slug,
                    })}
                  >
                    {chapter.title}
                  </Link>
                </h2>
                <p>{chapter.summary}</p>
                <p className="contents__meta">
                  {t('contents.minutes', { count: chapter.minutes })} ·{' '}
                  {t('contents.steps', { count: chapter.steps.length })}
                </p>
                {optional.length > 0 ? (
                  <p className="contents__meta">
                    {t('contents.optionalSteps', {
                      titles: optional.map((step) => step.title).join(', '),
                    })}
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      </div>
    </PageFrame>
  );
}
