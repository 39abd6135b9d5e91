import { useEffect, useId, useRef } from 'react';
import { useLanguage, useUi } from '../shell/page-language.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { DemoSlot } from '../chapters/DemoSlot.js';
import type { Mode } from '../routing/routes.js';
import type { Position } from '../routing/positions.js';
import { useLesson } from './lesson-data.js';
import { numberCitations } from './citation-numbers.js';
import { SlideLead } from './SlideLead.js';
import { SourcesList } from './SourcesList.js';
import { StepBody } from './StepBody.js';
import { formatDate } from './format-date.js';

/**
 * One step: chapter label, step title, text, live demo and sources. In
 * presenter mode it is a slide: the title, the one-line lead with the numbers
 * of its sources, and the demo; the paragraphs go to the student view and the
 * speaker notes. When the
 * step changes, focus moves to its title so that keyboard and screen-reader
 * users start reading at the top of the new step.
 */
export function StepArticle({ position, mode }: { position: Position; mode: Mode }) {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const shownIndex = useRef(position.index);
  const sourcesHeadingId = useId();
  const { chapter, step } = position;
  const citations = numberCitations(step);

  useDocumentTitle(step.title);

  useEffect(() => {
    // Not on first display: a freshly loaded page keeps focus at its start (skip link first).
    if (shownIndex.current === position.index) return;
    shownIndex.current = position.index;
    headingRef.current?.focus();
  }, [position.index]);

  const slide = mode === 'present';

  return (
    <article
      className={slide ? 'step step--slide' : 'step'}
      data-testid="step"
      data-chapter={chapter.slug}
      data-step={step.slug}
    >
      <header className="step__header">
        <p className="step__chapter">
          {t('nav.chapterNumber', { number: position.chapterIndex + 1 })} · {chapter.title}
        </p>
        <h1 ref={headingRef} tabIndex={-1} className="step__title">
          {step.title}
        </h1>
        {chapter.lastChecked ? (
          <p className="step__checked">
            {t('nav.lastChecked', {
              date: formatDate(chapter.lastChecked, lang, 'day-month-year'),
            })}
          </p>
        ) : null}
        {slide ? <SlideLead step={step} citations={citations} /> : null}
      </header>
      {slide ? null : <StepBody step={step} citations={citations} />}
      {step.demo ? (
        <DemoSlot
          key={step.demo}
          id={step.demo}
          title={step.demoTitle}
          lang={lang}
          mode={mode}
          content={content}
        />
      ) : null}
      {slide ? null : <SourcesList citations={citations} headingId={sourcesHeadingId} />}
    </article>
  );
}
