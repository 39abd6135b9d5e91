/**
 * The fixture lesson "in French": same slugs and structure as `lesson.ts`,
 * other titles, so that a test can tell which language is shown.
 */
import type { LessonContent } from '../content/types.js';
import { lessonFixture } from './lesson.js';

export const lessonFixtureFr: LessonContent = {
  ...lessonFixture,
  chapters: lessonFixture.chapters.map((chapter) => ({
    ...chapter,
    title: `FR ${chapter.title}`,
    steps: chapter.steps.map((step) => ({ ...step, title: `FR ${step.title}` })),
  })),
};
