import { describe, expect, it } from 'vitest';
import type { LessonContent, Step } from '../content/types.js';
import { lessonFixture } from '../test-fixtures/lesson.js';
import { handoutOf } from './handout.js';

describe(handoutOf, () => {
  it('keeps the quiz and the exit question for the paper', () => {
    const handout = handoutOf(lessonFixture);
    expect(handout.quiz.map((q) => q.id)).toEqual(['q1']);
    expect(handout.exitQuestion.prompt).toBe('What would you tell a deputy?');
  });

  it('lists the timelines’ dates and numbers only their sources', () => {
    const { dates, citations } = handoutOf(lessonFixture);
    expect(dates.map(({ item, citations: n }) => [item.date, item.text, n])).toEqual([
      ['2025-03-20', 'A timeline entry.', [1]],
    ]);
    expect(citations).toEqual([{ id: 'lemondeNight', number: 1 }]);
  });

  it('sorts dates, keeping the lesson’s order within a day', () => {
    const base = lessonFixture.chapters[0];
    if (base === undefined) throw new Error('fixture has no chapter');
    const step = (dates: string[]): Step => ({
      slug: dates.join(),
      title: 't',
      lead: 'l',
      paragraphs: [],
      notes: [],
      timeline: dates.map((date, i) => ({
        date,
        status: 's',
        text: `${date}#${i}`,
        sources: ['lemondeNight'],
      })),
    });
    const content: LessonContent = {
      ...lessonFixture,
      chapters: [{ ...base, steps: [step(['2025-03-20', '2025-01-28']), step(['2025-03-20'])] }],
    };
    expect(handoutOf(content).dates.map((d) => d.item.text)).toEqual([
      '2025-01-28#1',
      '2025-03-20#0',
      '2025-03-20#0',
    ]);
  });
});
