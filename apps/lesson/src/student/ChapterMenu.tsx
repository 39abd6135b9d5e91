import { Link } from 'wouter';
import { useLanguage, useUi } from '../shell/page-language.js';
import { useLesson } from '../step/lesson-data.js';
import { buildPath } from '../routing/routes.js';

/**
 * A disclosure listing every chapter; the current one is marked with
 * `aria-current` (and in bold, not by colour alone).
 */
export function ChapterMenu({ currentChapter }: { currentChapter: string }) {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  return (
    <details className="chapter-menu">
      <summary className="e2k-button e2k-button--small">
        {t('nav.chapterMenu')}
        <span aria-hidden="true" className="chapter-menu__arrow">
          ▾
        </span>
      </summary>
      <nav aria-label={t('nav.chapterMenu')}>
        <ol className="chapter-menu__list">
          {content.chapters.map((chapter) => (
            <li key={chapter.slug}>
              <Link
                href={buildPath({ kind: 'chapter', lang, mode: 'student', chapter: chapter.slug })}
                aria-current={chapter.slug === currentChapter ? 'page' : undefined}
              >
                {chapter.title}
                {chapter.slug === currentChapter ? <span aria-hidden="true"> ←</span> : null}
              </Link>
            </li>
          ))}
        </ol>
      </nav>
    </details>
  );
}
