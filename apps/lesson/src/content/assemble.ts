import type {
  Chapter,
  DemoId,
  LessonContent,
  LessonOutline,
  LessonText,
  Paragraph,
  QuizQuestionContent,
  Quote,
  SourceId,
  Step,
  TimelineItem,
} from './types.js';

/**
 * The words of one step, read without the outline's literal types: `assemble`
 * walks any outline, and the test of `textProblems` feeds it broken texts.
 */
interface LooseStepText {
  title: string;
  lead: string;
  paragraphs: readonly string[];
  quotes?: readonly { text: string; speaker: string; source?: SourceId }[];
  timeline?: readonly { status: string; text: string }[];
  demoTitle?: string;
  notes: readonly string[];
}

interface LooseText {
  chapters: Record<
    string,
    { title: string; summary: string; steps: Record<string, LooseStepText> } | undefined
  >;
  quiz: Record<
    string,
    | { prompt: string; choices: Record<string, { text: string; feedback: string } | undefined> }
    | undefined
  >;
  exitQuestion: { prompt: string; hint: string };
}

function missing(what: string): never {
  throw new Error(`The lesson text has no ${what} (see textProblems)`);
}

/** Takes entry `index` of a list the outline says is there. */
function nth<T>(list: readonly T[] | undefined, index: number, what: string): T {
  return list?.[index] ?? missing(what);
}

/**
 * The lesson in one language, as the app renders it: the outline's order,
 * slugs, minutes, demos, sources and right answers, with `text`'s words.
 */
export function assemble(outline: LessonOutline, text: LessonText): LessonContent {
  const words = text as unknown as LooseText;
  const chapters = outline.chapters.map((chapterOutline): Chapter => {
    const chapterText = words.chapters[chapterOutline.slug] ?? missing(chapterOutline.slug);
    return {
      slug: chapterOutline.slug,
      title: chapterText.title,
      summary: chapterText.summary,
      minutes: chapterOutline.minutes,
      ...(chapterOutline.lastChecked ? { lastChecked: chapterOutline.lastChecked } : {}),
      steps: chapterOutline.steps.map((stepOutline): Step => {
        const where = `${chapterOutline.slug}/${stepOutline.slug}`;
        const stepText = chapterText.steps[stepOutline.slug] ?? missing(where);
        const step: Step = {
          slug: stepOutline.slug,
          title: stepText.title,
          lead: stepText.lead,
          paragraphs: stepOutline.paragraphs.map(({ sources }, i): Paragraph => {
            const paragraph = { text: nth(stepText.paragraphs, i, `${where} paragraph ${i}`) };
            return sources.length > 0 ? { ...paragraph, sources: [...sources] } : paragraph;
          }),
          notes: [...stepText.notes],
        };
        if (stepOutline.quotes) {
          step.quotes = stepOutline.quotes.map(({ source }, i): Quote => {
            const quote = nth(stepText.quotes, i, `${where} quote ${i}`);
            return { text: quote.text, speaker: quote.speaker, source: quote.source ?? source };
          });
        }
        if (stepOutline.timeline) {
          step.timeline = stepOutline.timeline.map(({ date, sources }, i): TimelineItem => {
            const item = nth(stepText.timeline, i, `${where} timeline item ${i}`);
            return { date, status: item.status, text: item.text, sources: [...sources] };
          });
        }
        if (stepOutline.demo === undefined) return step;
        return {
          ...step,
          demo: stepOutline.demo as DemoId,
          demoTitle: stepText.demoTitle ?? missing(`${where} demoTitle`),
        };
      }),
    };
  });
  const quiz = outline.quiz.map((questionOutline): QuizQuestionContent => {
    const questionText = words.quiz[questionOutline.id] ?? missing(`quiz ${questionOutline.id}`);
    return {
      id: questionOutline.id,
      prompt: questionText.prompt,
      kind: questionOutline.kind,
      choices: questionOutline.choices.map(({ id, correct }) => {
        const choice = questionText.choices[id] ?? missing(`quiz ${questionOutline.id} ${id}`);
        return { id, text: choice.text, correct, feedback: choice.feedback };
      }),
    };
  });
  return { chapters, quiz, exitQuestion: { ...words.exitQuestion } };
}

/** The paths of the words the outline asks for, e.g. `chapters.vote.steps.the-bill.paragraphs.0`. */
function expectedPaths(outline: LessonOutline): string[] {
  const paths: string[] = [];
  for (const chapter of outline.chapters) {
    const base = `chapters.${chapter.slug}`;
    paths.push(`${base}.title`, `${base}.summary`);
    for (const step of chapter.steps) {
      const at = `${base}.steps.${step.slug}`;
      paths.push(`${at}.title`, `${at}.lead`, `${at}.notes`);
      if (step.demo !== undefined) paths.push(`${at}.demoTitle`);
      step.paragraphs.forEach((_, i) => paths.push(`${at}.paragraphs.${i}`));
      step.quotes?.forEach((_, i) =>
        paths.push(`${at}.quotes.${i}.text`, `${at}.quotes.${i}.speaker`),
      );
      step.timeline?.forEach((_, i) =>
        paths.push(`${at}.timeline.${i}.status`, `${at}.timeline.${i}.text`),
      );
    }
  }
  for (const question of outline.quiz) {
    const at = `quiz.${question.id}`;
    paths.push(`${at}.prompt`);
    for (const choice of question.choices) {
      paths.push(`${at}.choices.${choice.id}.text`, `${at}.choices.${choice.id}.feedback`);
    }
  }
  paths.push('exitQuestion.prompt', 'exitQuestion.hint');
  return paths;
}

/**
 * The paths of the words `text` holds. Speaker notes count as one entry (a
 * language has as many as it needs); a quote's optional `source` is not a word.
 */
function presentPaths(value: unknown, path: string): string[] {
  if (path.endsWith('.notes') && Array.isArray(value)) return [path];
  if (/\.quotes\.\d+\.source$/.test(path)) return [];
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) =>
      presentPaths(item, path === '' ? key : `${path}.${key}`),
    );
  }
  return [path];
}

/**
 * What is wrong with a language's text against the outline: words the outline
 * names that the text lacks, and words the text has that the outline does not
 * name. The type `LessonText` catches both at compile time; this also catches
 * a text that was cast or built at run time.
 */
export function textProblems(outline: LessonOutline, text: unknown): string[] {
  const expected = new Set(expectedPaths(outline));
  const present = new Set(presentPaths(text, ''));
  return [
    ...[...expected].filter((path) => !present.has(path)).map((path) => `missing: ${path}`),
    ...[...present]
      .filter((path) => !expected.has(path))
      .map((path) => `not in the outline: ${path}`),
  ];
}
