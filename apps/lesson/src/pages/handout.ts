import type { Chapter, LessonContent, Paragraph } from '../content/types.js';
import type { Citation } from '../step/citation-numbers.js';

/** A chapter as the handout shows it: title, summary and its key paragraphs. */
export interface HandoutChapter {
  chapter: Chapter;
  paragraphs: Paragraph[];
}

/**
 * What the printed handout keeps of the lesson, to fit on one or two pages:
 * each chapter's summary and the first paragraph of each of its steps (the
 * one that states the step's point), plus the sources those paragraphs cite,
 * numbered across the whole handout.
 */
export function handoutOf(content: LessonContent): {
  chapters: HandoutChapter[];
  citations: Citation[];
} {
  const chapters = content.chapters.map((chapter) => ({
    chapter,
    paragraphs: chapter.steps
      .map((step) => step.paragraphs[0])
      .filter((paragraph): paragraph is Paragraph => paragraph !== undefined),
  }));
  const ids = chapters.flatMap(({ paragraphs }) => paragraphs.flatMap((p) => p.sources ?? []));
  const citations = [...new Set(ids)].map((id, index) => ({ id, number: index + 1 }));
  return { chapters, citations };
}
