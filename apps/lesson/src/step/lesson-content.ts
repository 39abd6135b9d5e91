import { en } from '../content/en.js';
import { fr } from '../content/fr.js';
import { sources } from '../content/sources.js';
import type { LessonData } from './lesson-data.js';

/** The real lesson: both languages and the shared list of sources. */
export const lessonData: LessonData = {
  lessons: { en, fr },
  sources,
};
