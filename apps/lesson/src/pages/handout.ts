import type { LessonContent, QuizQuestionContent, TimelineItem } from '../content/types.js';
import type { Citation } from '../step/citation-numbers.js';

/** The readers of the blank who-can-read table, in the order of the demos. */
export const worksheetReaders = [
  'alice',
  'bob',
  'carol',
  'provider',
  'ghost',
  'agency',
  'mallory',
] as const;

export type WorksheetReader = (typeof worksheetReaders)[number];

/** How many blank rows the who-can-read table has: one per message sent in the demos. */
export const worksheetRows = 7;

/** A key date, with its citations numbered across the worksheet. */
export interface WorksheetDate {
  item: TimelineItem;
  citations: number[];
}

/**
 * What the printed worksheet holds, written for paper rather than taken from
 * the screen: the quiz and the exit question (to answer by hand), the key
 * dates of the lesson's timelines in date order, and the sources those dates
 * cite, numbered across the sheet. The rule and the blank table come from the
 * app's own words (`handout.*` in `i18n/`). No step text, so no on-screen
 * instruction ("click…", "go ahead…") can reach the paper.
 */
export function handoutOf(content: LessonContent): {
  quiz: QuizQuestionContent[];
  exitQuestion: LessonContent['exitQuestion'];
  dates: WorksheetDate[];
  citations: Citation[];
} {
  const items = content.chapters
    .flatMap((chapter) => chapter.steps.flatMap((step) => step.timeline ?? []))
    .map((item, index) => ({ item, index }))
    // Stable: events of the same day keep the lesson's order.
    .sort((a, b) => a.item.date.localeCompare(b.item.date) || a.index - b.index)
    .map(({ item }) => item);
  const ids = [...new Set(items.flatMap((item) => item.sources))];
  const numberOf = new Map(ids.map((id, index) => [id, index + 1]));
  return {
    quiz: content.quiz,
    exitQuestion: content.exitQuestion,
    dates: items.map((item) => ({
      item,
      citations: item.sources.map((id) => numberOf.get(id) ?? 0),
    })),
    citations: ids.map((id, index) => ({ id, number: index + 1 })),
  };
}
