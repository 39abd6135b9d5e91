import { lessons } from '../content/lessons.js';
import { sources } from '../content/sources.js';
import type { LessonData } from './lesson-data.js';

/** The real lesson: both languages and the shared list of sources. */
export const lessonData: LessonData = {
  lessons,
  sources,
};
