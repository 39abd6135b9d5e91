import type { Chapter, LessonContent, Step } from '../content/types.js';
import type { Language, Mode, Route } from './routes.js';

/** One step of the lesson, with where it sits. */
export interface Position {
  chapter: Chapter;
  step: Step;
  /** 0-based index of the chapter. */
  chapterIndex: number;
  /** 0-based index of the step inside its chapter. */
  stepIndex: number;
  /** 0-based index of the step in the whole lesson. */
  index: number;
}

/** Every step of the lesson, in order. */
export function allPositions(content: LessonContent): Position[] {
  const positions: Position[] = [];
  content.chapters.forEach((chapter, chapterIndex) => {
    chapter.steps.forEach((step, stepIndex) => {
      positions.push({ chapter, step, chapterIndex, stepIndex, index: positions.length });
    });
  });
  return positions;
}

/**
 * Finds a step by its slugs. Without a step slug, the chapter's first step.
 * `undefined` when either slug is unknown.
 */
export function findPosition(
  content: LessonContent,
  chapterSlug: string,
  stepSlug?: string,
): Position | undefined {
  return allPositions(content).find(
    (position) =>
      position.chapter.slug === chapterSlug &&
      (stepSlug === undefined ? position.stepIndex === 0 : position.step.slug === stepSlug),
  );
}

/** Where a navigation action leads: `undefined` past either end of the lesson. */
export type Move = 'next' | 'previous' | 'first' | 'last';

export function moveFrom(content: LessonContent, from: Position, move: Move): Position | undefined {
  const positions = allPositions(content);
  switch (move) {
    case 'next':
      return positions[from.index + 1];
    case 'previous':
      return from.index === 0 ? undefined : positions[from.index - 1];
    case 'first':
      return positions[0];
    case 'last':
      return positions.at(-1);
  }
}

/** The route of a step in a mode. */
export function stepRoute(lang: Language, mode: Mode, position: Position): Route {
  return { kind: 'step', lang, mode, chapter: position.chapter.slug, step: position.step.slug };
}
