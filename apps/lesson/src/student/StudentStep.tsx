import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useLesson } from '../step/lesson-data.js';
import { StepArticle } from '../step/StepArticle.js';
import { StepNavigation } from '../step/StepNavigation.js';
import { moveFrom, stepRoute, type Position } from '../routing/positions.js';
import { ChapterMenu } from './ChapterMenu.js';

/** A step for a student working alone: progress, chapter menu, Previous/Next. */
export function StudentStep({ position }: { position: Position }) {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const { chapter } = position;
  return (
    <PageFrame
      otherMode={{ route: stepRoute(lang, 'present', position), label: t('mode.switchToPresent') }}
    >
      <div className="student-bar">
        <p className="student-bar__progress" data-testid="progress">
          {t('nav.progress', {
            step: position.stepIndex + 1,
            steps: chapter.steps.length,
            chapter: position.chapterIndex + 1,
            chapters: content.chapters.length,
          })}
        </p>
        <ChapterMenu currentChapter={chapter.slug} />
      </div>
      <StepArticle position={position} mode="student" />
      <StepNavigation
        previous={moveFrom(content, position, 'previous')}
        next={moveFrom(content, position, 'next')}
        mode="student"
      />
    </PageFrame>
  );
}
