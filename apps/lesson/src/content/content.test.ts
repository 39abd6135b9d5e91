import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { assemble, textProblems } from './assemble.js';
import { lessons } from './lessons.js';
import { outline } from './outline.js';
import { isKnownSourceId, sources, sourceList } from './sources.js';
import { textEn } from './text.en.js';
import { textFr } from './text.fr.js';
import type {
  LessonContent,
  LessonOutline,
  LessonText,
  Quote,
  StepOutline,
  StepText,
} from './types.js';

const enLesson: LessonContent = lessons.en;
const frLesson: LessonContent = lessons.fr;

const languages: [name: string, content: LessonContent][] = [
  ['en', enLesson],
  ['fr', frLesson],
];

/** `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, and a real calendar date. */
function isIsoDate(value: string): boolean {
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(value);
  if (!match) return false;
  const [, year, month, day] = match;
  if (month === undefined) return true;
  if (Number(month) < 1 || Number(month) > 12) return false;
  if (day === undefined) return true;
  const parsed = new Date(`${String(year)}-${month}-${day}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

/** Every source id a lesson cites, with where it is cited. */
function citedSources(content: LessonContent): { id: string; where: string }[] {
  const cited: { id: string; where: string }[] = [];
  for (const chapter of content.chapters) {
    for (const step of chapter.steps) {
      const where = `${chapter.slug}/${step.slug}`;
      for (const paragraph of step.paragraphs) {
        for (const id of paragraph.sources ?? []) cited.push({ id, where });
      }
      for (const quote of step.quotes ?? []) cited.push({ id: quote.source, where });
      for (const item of step.timeline ?? []) {
        for (const id of item.sources) cited.push({ id, where: `${where} (timeline)` });
      }
    }
  }
  return cited;
}

/** Paths of every string in `value` that is empty or only whitespace. */
function emptyStrings(value: unknown, path: string): string[] {
  if (typeof value === 'string') return value.trim() === '' ? [path] : [];
  if (Array.isArray(value))
    return value.flatMap((item, i) => emptyStrings(item, `${path}[${String(i)}]`));
  if (value !== null && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => emptyStrings(item, `${path}.${key}`));
  }
  return [];
}

function allQuotes(content: LessonContent): Quote[] {
  return content.chapters.flatMap((chapter) => chapter.steps.flatMap((step) => step.quotes ?? []));
}

describe(textProblems, () => {
  it.each([
    ['en', textEn],
    ['fr', textFr],
  ] as const)('finds nothing missing or extra in the %s text', (_name, text) => {
    expect(textProblems(outline, text)).toEqual([]);
  });

  it('names a text the outline asks for and the language lacks', () => {
    const text = structuredClone(textFr) as unknown as {
      chapters: { ghost: { steps: Record<string, { paragraphs: string[] }> } };
      quiz: Record<string, { choices: Record<string, unknown> }>;
    };
    text.chapters.ghost.steps['access-order']?.paragraphs.pop();
    delete text.quiz['ghost-reads']?.choices.b;
    delete (text.chapters.ghost.steps['access-order'] as { demoTitle?: string }).demoTitle;
    expect(textProblems(outline, text)).toEqual([
      'missing: chapters.ghost.steps.access-order.demoTitle',
      'missing: chapters.ghost.steps.access-order.paragraphs.2',
      'missing: quiz.ghost-reads.choices.b.text',
      'missing: quiz.ghost-reads.choices.b.feedback',
    ]);
  });

  it('names a text the language has and the outline does not', () => {
    const text = structuredClone(textEn) as unknown as {
      chapters: { vote: { steps: Record<string, unknown> } };
    };
    text.chapters.vote.steps['the-aftermath'] = { title: 'Not in the outline', notes: [] };
    expect(textProblems(outline, text)).toEqual([
      'not in the outline: chapters.vote.steps.the-aftermath.title',
      'not in the outline: chapters.vote.steps.the-aftermath.notes',
    ]);
  });
});

describe('the types of the outline and the texts', () => {
  it('refuse a citation of an unknown source', () => {
    const step = {
      slug: 'x',
      // @ts-expect-error: 'lemonde' is not a key of `sources`.
      paragraphs: [{ sources: ['lemonde'] }],
    } satisfies StepOutline;
    const known = { slug: 'x', paragraphs: [{ sources: ['lemondeNight'] }] } satisfies StepOutline;
    expect([step.slug, known.slug]).toEqual(['x', 'x']);
  });

  it('refuse a text with a paragraph missing, an extra step or a missing quiz choice', () => {
    const vote = textEn.chapters.vote;
    const [first, second] = vote.steps['the-bill'].paragraphs;
    const chapters: LessonText['chapters']['vote'] = {
      ...vote,
      steps: {
        ...vote.steps,
        // @ts-expect-error: the outline gives this step three paragraphs.
        'the-bill': { ...vote.steps['the-bill'], paragraphs: [first, second] },
      },
    };
    const steps: LessonText['chapters']['vote']['steps'] = {
      ...vote.steps,
      // @ts-expect-error: the outline has no such step.
      'the-aftermath': vote.steps['the-bill'],
    };
    const { a, c, d } = textEn.quiz['ghost-reads'].choices;
    const choices = { a, c, d };
    // @ts-expect-error: choice b is missing.
    const question: LessonText['quiz']['ghost-reads'] = { ...textEn.quiz['ghost-reads'], choices };
    expect([chapters, steps, question]).toHaveLength(3);
  });

  it('want a demo title exactly on the steps the outline gives a demo', () => {
    const words = { title: 'T', lead: 'L', paragraphs: ['P'], notes: [] } as const;
    type Plain = { slug: 's'; paragraphs: readonly [{ sources: [] }] };
    // @ts-expect-error: the outline gives this step a demo, so it needs its title.
    const untitled: StepText<Plain & { demo: 'd' }> = words;
    const titled: StepText<Plain & { demo: 'd' }> = { ...words, demoTitle: 'D' };
    // @ts-expect-error: the outline gives this step no demo.
    const extra: StepText<Plain> = { ...words, demoTitle: 'D' };
    expect([untitled, titled, extra]).toHaveLength(3);
  });

  it('assemble any outline, e.g. a one-step one', () => {
    const tiny: LessonOutline = {
      chapters: [
        { slug: 'vote', minutes: 1, steps: [{ slug: 's', paragraphs: [{ sources: [] }] }] },
      ],
      quiz: [],
    };
    const text = {
      chapters: {
        vote: {
          title: 'T',
          summary: 'S',
          steps: { s: { title: 'A', paragraphs: ['P'], notes: [] } },
        },
      },
      quiz: {},
      exitQuestion: { prompt: 'Q', hint: 'H' },
    } as unknown as LessonText;
    expect(assemble(tiny, text).chapters[0]?.steps[0]).toEqual({
      slug: 's',
      title: 'A',
      paragraphs: [{ text: 'P' }],
      notes: [],
    });
  });
});

describe('the outline', () => {
  it('follows the planned chapter and step order', () => {
    expect(enLesson.chapters.map((c) => [c.slug, c.steps.map((s) => s.slug)])).toEqual([
      ['vote', ['the-bill', 'the-night', 'who-argued-what']],
      ['e2ee', ['alice-and-bob', 'a-group', 'one-message']],
      ['ghost', ['the-proposal', 'access-order', 'the-hidden-notice']],
      ['catch', ['safety-numbers', 'verify-the-roster', 'member-signed', 'real-messengers']],
      ['escrow', ['master-key', 'mallory', 'good-guys-only']],
      ['after', ['france', 'united-kingdom', 'european-union', 'australia']],
      ['debate', ['both-sides', 'quiz', 'exit-question']],
    ]);
  });

  it('uses every demo exactly once', () => {
    const plain: LessonOutline = outline; // widened, so that `demo` can be read on every step
    const demos = plain.chapters.flatMap((c) => c.steps.flatMap((s) => (s.demo ? [s.demo] : [])));
    // No list of demos here: the outline is that list. A demo dropped from the
    // outline leaves its file orphaned, which `demo-registry.test.ts` reports.
    expect(demos.length).toBeGreaterThan(0);
    expect(demos.filter((demo, i) => demos.indexOf(demo) !== i)).toEqual([]);
  });
});

describe.each(languages)('%s lesson', (_name, content) => {
  it('plans exactly 50 minutes', () => {
    expect(content.chapters.reduce((sum, chapter) => sum + chapter.minutes, 0)).toBe(50);
  });

  it('has no empty strings', () => {
    expect(emptyStrings(content, 'content')).toEqual([]);
  });

  it('uses URL-safe, unique slugs', () => {
    const chapterSlugs = content.chapters.map((c) => c.slug);
    expect(new Set(chapterSlugs).size).toBe(chapterSlugs.length);
    for (const chapter of content.chapters) {
      expect(chapter.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      const stepSlugs = chapter.steps.map((s) => s.slug);
      expect(new Set(stepSlugs).size, chapter.slug).toBe(stepSlugs.length);
      for (const slug of stepSlugs) expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('gives every step 1–4 paragraphs and 2–4 speaker notes', () => {
    for (const chapter of content.chapters) {
      for (const step of chapter.steps) {
        const where = `${chapter.slug}/${step.slug}`;
        expect(step.paragraphs.length, where).toBeGreaterThanOrEqual(1);
        expect(step.paragraphs.length, where).toBeLessThanOrEqual(4);
        expect(step.notes.length, where).toBeGreaterThanOrEqual(2);
        expect(step.notes.length, where).toBeLessThanOrEqual(4);
      }
    }
  });

  it('gives every step a one-line slide lead (at most 125 characters)', () => {
    for (const chapter of content.chapters) {
      for (const step of chapter.steps) {
        expect(step.lead.length, `${chapter.slug}/${step.slug}`).toBeLessThanOrEqual(125);
      }
    }
  });

  it('cites only sources that exist', () => {
    const unknown = citedSources(content).filter(({ id }) => !isKnownSourceId(id));
    expect(unknown).toEqual([]);
  });

  it('gives every timeline item an ISO date, a status and sources, in date order', () => {
    for (const chapter of content.chapters) {
      for (const step of chapter.steps) {
        const timeline = step.timeline ?? [];
        for (const item of timeline) {
          expect(isIsoDate(item.date), `${step.slug}: ${item.date}`).toBe(true);
          expect(item.sources.length, `${step.slug}: ${item.date}`).toBeGreaterThan(0);
        }
        const dates = timeline.map((item) => item.date);
        expect(dates, step.slug).toEqual([...dates].sort());
      }
    }
  });

  it('has 5–6 quiz questions mixing single and multiple choice', () => {
    expect(content.quiz.length).toBeGreaterThanOrEqual(5);
    expect(content.quiz.length).toBeLessThanOrEqual(6);
    expect(new Set(content.quiz.map((q) => q.kind))).toEqual(new Set(['single', 'multiple']));
  });

  it('gives every quiz question a correct answer (exactly one for "single") and unique ids', () => {
    expect(new Set(content.quiz.map((q) => q.id)).size).toBe(content.quiz.length);
    for (const question of content.quiz) {
      const correct = question.choices.filter((choice) => choice.correct).length;
      expect(correct, question.id).toBeGreaterThanOrEqual(1);
      if (question.kind === 'single') expect(correct, question.id).toBe(1);
      expect(question.choices.length, question.id).toBeGreaterThan(correct);
      const ids = question.choices.map((choice) => choice.id);
      expect(new Set(ids).size, question.id).toBe(ids.length);
    }
  });
});

describe('French typography of the slide leads', () => {
  it('uses no-break spaces before : ; ? ! and inside « », and ’ for apostrophes', () => {
    for (const chapter of frLesson.chapters) {
      for (const { slug, lead } of chapter.steps) {
        expect(lead, slug).not.toMatch(/'|[^\u00a0\u202f][:;?!](?:\s|$)|«[^\u00a0]|[^\u00a0]»/);
      }
    }
  });
});

describe('quotes say when they are translated', () => {
  it('marks English-sourced quotes in the French lesson as translations', () => {
    for (const quote of allQuotes(frLesson)) {
      const source = isKnownSourceId(quote.source) ? sources[quote.source] : undefined;
      if (source?.language === 'en') expect(quote.speaker, quote.text).toMatch(/tradu/i);
    }
  });

  it('marks French-sourced quotes in the English lesson as translations', () => {
    for (const quote of allQuotes(enLesson)) {
      const source = isKnownSourceId(quote.source) ? sources[quote.source] : undefined;
      if (source?.language === 'fr') expect(quote.speaker, quote.text).toMatch(/translat/i);
    }
  });
});

describe('sources', () => {
  it('keys each source by its own id', () => {
    for (const [key, source] of Object.entries(sources)) expect(source.id).toBe(key);
  });

  it.each(sourceList.map((source) => [source.id, source] as const))(
    '%s has an https URL, an ISO date and no empty field',
    (_id, source) => {
      expect(new URL(source.url).protocol).toBe('https:');
      expect(isIsoDate(source.date), source.date).toBe(true);
      expect(emptyStrings(source, source.id)).toEqual([]);
    },
  );

  it('has no duplicate URLs', () => {
    const urls = sourceList.map((source) => source.url);
    expect(new Set(urls).size).toBe(urls.length);
  });

  it('is cited at least once by the lesson (no dead entries)', () => {
    const cited = new Set(
      [...citedSources(enLesson), ...citedSources(frLesson)].map(({ id }) => id),
    );
    const unused = sourceList.map((source) => source.id).filter((id) => !cited.has(id));
    expect(unused).toEqual([]);
  });

  it('contains every original link named in the shared sources README', () => {
    const urls = sourceList.map((source) => source.url).join('\n');
    for (const expected of [
      'lcp.fr/actualites/narcotrafic-l-assemblee-refuse-l-acces-aux-messageries-chiffrees',
      'lemonde.fr/societe/article/2025/03/21/',
      'eff.org/deeplinks/2025/03/win-encryption-france-rejects-backdoor-mandate',
      'senat.fr/enseance/2024-2025/254/Amdt_73.html',
      'next.ink/brief_article/narcotrafic-larticle-8-ter',
      'brusselssignal.eu/2025/03/',
      'gazette-du-palais.fr/actualites-professionnelles/loi-narcotrafic',
      'lawfaremedia.org/article/open-letter-gchq-threats-posed-ghost-proposal',
      'signal.org/blog/verified-safety-number-updates',
      'engineering.fb.com/2023/04/13/security/whatsapp-key-transparency',
      'digitalpolicyalert.org/event/35712',
    ]) {
      expect(urls).toContain(expected);
    }
  });
});

describe('isKnownSourceId', () => {
  it('accepts a listed id and rejects anything else', () => {
    expect(isKnownSourceId('lemondeNight')).toBe(true);
    expect(isKnownSourceId('no-such-source')).toBe(false);
    expect(isKnownSourceId('toString')).toBe(false);
  });
});

describe('teacher guides', () => {
  it.each(['teacher-guide.md', 'teacher-guide.fr.md'])('%s lists every source link', (file) => {
    const guide = readFileSync(new URL(`../../../../docs/${file}`, import.meta.url), 'utf8');
    const missing = sourceList.filter((source) => !guide.includes(source.url)).map((s) => s.id);
    expect(missing).toEqual([]);
  });
});
