/**
 * The shapes of the lesson. `outline.ts` (a `LessonOutline`) holds everything
 * that is not words; `text.<lang>.ts` (a `LessonText`, derived from the
 * outline) holds the words; `assemble.ts` joins them into the
 * `LessonContent` that the app renders, one per language.
 */
import type { outline } from './outline.js';
import type { sources } from './sources.js';

/** Ids of the sources in `sources.ts`: a citation of any other id does not compile. */
export type SourceId = keyof typeof sources;

/** A paragraph, with the sources of the facts it states. */
export interface Paragraph {
  text: string;
  /** Source ids, shown as numbered citations after the paragraph. */
  sources?: SourceId[];
}

/** A short quotation with its speaker. */
export interface Quote {
  text: string;
  /** e.g. "Céline Berthon, Director General of the DGSI" */
  speaker: string;
  source: SourceId;
}

/**
 * Live pieces a step can show: the demo ids named in `outline.ts`. The app
 * maps each id to a component (`chapters/demo-registry.ts`); the text around
 * it comes from the content.
 */
export type DemoId = Extract<OutlineStep, { demo: string }>['demo'];

/** A dated event in chapter 6, with care over what was only proposed. */
export interface TimelineItem {
  /** ISO date, e.g. "2025-06-13". */
  date: string;
  /** "proposed" | "adopted" | "in force" | "withdrawn" … as plain words in the page's language. */
  status: string;
  text: string;
  sources: SourceId[];
}

/** A step's live demo and its title, or neither: a demo never goes without its title. */
export type StepDemo =
  | { demo?: undefined; demoTitle?: undefined }
  | {
      demo: DemoId;
      /** The demo's heading, shown while its code loads (`chapters/DemoSlot.tsx`). */
      demoTitle: string;
    };

export type Step = StepDemo & {
  /** URL segment, stable across languages, e.g. "the-night". */
  slug: string;
  title: string;
  /** One short line projected under the title in presenter mode (the paragraphs go to the notes). */
  lead: string;
  paragraphs: Paragraph[];
  quotes?: Quote[];
  timeline?: TimelineItem[];
  /** Speaker notes for the teacher (presenter mode). */
  notes: string[];
};

export interface Chapter {
  /** URL segment, stable across languages, e.g. "ghost". */
  slug: string;
  title: string;
  /** One-line summary for the table of contents. */
  summary: string;
  /** Minutes planned in the 50-minute lesson (presenter timer). */
  minutes: number;
  /** ISO date on which the chapter's facts were last checked, shown on each of its steps. */
  lastChecked?: string;
  steps: Step[];
}

export interface QuizChoice {
  id: string;
  text: string;
  correct: boolean;
  /** Feedback shown after answering, saying why. */
  feedback: string;
}

export interface QuizQuestionContent {
  id: string;
  prompt: string;
  /** "single": radio buttons; "multiple": check boxes. */
  kind: 'single' | 'multiple';
  choices: QuizChoice[];
}

export interface LessonContent {
  chapters: Chapter[];
  quiz: QuizQuestionContent[];
  exitQuestion: { prompt: string; hint: string };
}

// ---------------------------------------------------------------------------
// The outline: everything that is the same in every language.

/** A step without its words. */
export interface StepOutline {
  /** URL segment, stable across languages, e.g. "the-night". */
  slug: string;
  /** The live demo the step shows, if any (its id names it everywhere else). */
  demo?: string;
  /** One entry per paragraph, in order: the sources it cites. */
  paragraphs: readonly { sources: readonly SourceId[] }[];
  /** One entry per quote: where its words come from (a language may name another; see `QuoteText`). */
  quotes?: readonly { source: SourceId }[];
  timeline?: readonly { date: string; sources: readonly SourceId[] }[];
}

export interface ChapterOutline {
  /** URL segment, stable across languages, e.g. "ghost". */
  slug: string;
  /** Minutes planned in the 50-minute lesson (presenter timer). */
  minutes: number;
  /** ISO date (`YYYY-MM-DD`) on which the chapter's facts were last checked against its sources. */
  lastChecked?: string;
  steps: readonly StepOutline[];
}

export interface QuizQuestionOutline {
  id: string;
  kind: 'single' | 'multiple';
  choices: readonly { id: string; correct: boolean }[];
}

export interface LessonOutline {
  chapters: readonly ChapterOutline[];
  quiz: readonly QuizQuestionOutline[];
}

// ---------------------------------------------------------------------------
// The words of one language, shaped by the outline: a missing or extra
// chapter, step, paragraph, quote, timeline item, demo title or quiz choice fails the
// type check of `text.<lang>.ts`.

type Outline = typeof outline;
type OutlineChapter = Outline['chapters'][number];
type OutlineStep = OutlineChapter['steps'][number];
type OutlineQuestion = Outline['quiz'][number];

/** One `T` per entry of the tuple `Entries`, same length. */
type OnePer<Entries extends readonly unknown[], T> = { readonly [K in keyof Entries]: T };

export interface QuoteText {
  text: string;
  /** e.g. "Céline Berthon, Director General of the DGSI" */
  speaker: string;
  /**
   * Only when this language quotes the words from another source than the
   * outline's (e.g. an English translation published by another outlet).
   */
  source?: SourceId;
}

export interface TimelineItemText {
  /** "proposed" | "adopted" | "in force" | "withdrawn" … as plain words. */
  status: string;
  text: string;
}

/** The words of a step `S` of the outline. */
export type StepText<S extends StepOutline> = {
  title: string;
  /**
   * The step in one line for the projected slide (about 120 characters at
   * most), true to its paragraphs, which go to the student view and the notes.
   */
  lead: string;
  paragraphs: OnePer<S['paragraphs'], string>;
  /** Speaker notes for the teacher (presenter mode); as many as the language needs. */
  notes: readonly string[];
} & (S extends { demo: string }
  ? {
      /** The heading of the step's demo: required exactly when the outline gives the step one. */
      demoTitle: string;
    }
  : unknown) &
  (S extends { quotes: infer Q extends readonly unknown[] }
    ? { quotes: OnePer<Q, QuoteText> }
    : unknown) &
  (S extends { timeline: infer T extends readonly unknown[] }
    ? { timeline: OnePer<T, TimelineItemText> }
    : unknown);

type ChapterText<C extends OutlineChapter> = {
  title: string;
  /** One-line summary for the table of contents. */
  summary: string;
  steps: { [S in C['steps'][number] as S['slug']]: StepText<S> };
};

type QuestionText<Q extends OutlineQuestion> = {
  prompt: string;
  choices: {
    [C in Q['choices'][number] as C['id']]: {
      text: string;
      /** Feedback shown after answering, saying why. */
      feedback: string;
    };
  };
};

/** The words of the lesson in one language, keyed by the outline's slugs and ids. */
export interface LessonText {
  chapters: { [C in OutlineChapter as C['slug']]: ChapterText<C> };
  quiz: { [Q in OutlineQuestion as Q['id']]: QuestionText<Q> };
  exitQuestion: { prompt: string; hint: string };
}
