import { createContext, use, type ReactNode } from 'react';
import type { LessonContent, SourceId } from '../content/types.js';
import type { Language } from '../routing/routes.js';
import type { SourceEntry } from './citation-numbers.js';

/** Everything the app renders that is not a UI string. */
export interface LessonData {
  lessons: Record<Language, LessonContent>;
  /** Partial so that a test can pass a few; the sources list shows a missing one by its id. */
  sources: Partial<Record<SourceId, SourceEntry>>;
}

const LessonDataContext = createContext<LessonData | null>(null);

/** Provides the lesson text; tests pass a fixture instead of the real lesson. */
export function LessonDataProvider({ data, children }: { data: LessonData; children: ReactNode }) {
  return <LessonDataContext value={data}>{children}</LessonDataContext>;
}

export function useLessonData(): LessonData {
  const data = use(LessonDataContext);
  if (!data) throw new Error('useLessonData needs a <LessonDataProvider> above it');
  return data;
}

/** The lesson text in one language. */
export function useLesson(lang: Language): LessonContent {
  return useLessonData().lessons[lang];
}
