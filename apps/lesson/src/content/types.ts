/**
 * The shape of the lesson's text. `en.ts` and `fr.ts` both satisfy
 * `LessonContent`, so the compiler refuses a French chapter that lacks a step
 * or a string the English one has.
 */

/** Ids of the sources in `sources.ts`. */
export type SourceId = string;

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
 * Live pieces a step can show. The app maps each id to a component; the text
 * around it comes from the content.
 */
export type DemoId =
  | 'vote-tally'
  | 'chat-pair'
  | 'chat-group'
  | 'step-through'
  | 'access-order'
  | 'reveal-notices'
  | 'safety-numbers'
  | 'verify-roster'
  | 'escrow-steal'
  | 'quiz'
  | 'exit-question';

/** A dated event in chapter 6, with care over what was only proposed. */
export interface TimelineItem {
  /** ISO date, e.g. "2025-06-13". */
  date: string;
  /** "proposed" | "adopted" | "in force" | "withdrawn" … as plain words in the page's language. */
  status: string;
  text: string;
  sources: SourceId[];
}

export interface Step {
  /** URL segment, stable across languages, e.g. "the-night". */
  slug: string;
  title: string;
  paragraphs: Paragraph[];
  quotes?: Quote[];
  timeline?: TimelineItem[];
  demo?: DemoId;
  /** Speaker notes for the teacher (presenter mode). */
  notes: string[];
}

export interface Chapter {
  /** URL segment, stable across languages, e.g. "ghost". */
  slug: string;
  title: string;
  /** One-line summary for the table of contents. */
  summary: string;
  /** Minutes planned in the 50-minute lesson (presenter timer). */
  minutes: number;
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
