import { describe, expect, it } from 'vitest';
import { lessonFixture } from '../test-fixtures/lesson.js';
import { handoutOf } from './handout.js';

describe(handoutOf, () => {
  it('keeps the first paragraph of each step, chapter by chapter', () => {
    const { chapters } = handoutOf(lessonFixture);
    expect(
      chapters.map(({ chapter, paragraphs }) => [chapter.slug, paragraphs.map((p) => p.text)]),
    ).toEqual([
      ['vote', ['A first paragraph with a source.', 'The count paragraph.']],
      ['ghost', ['The ghost paragraph.', 'The last paragraph.']],
    ]);
  });

  it('numbers only the sources of the kept paragraphs, across the handout', () => {
    expect(handoutOf(lessonFixture).citations).toEqual([
      { id: 'lemondeNight', number: 1 },
      { id: 'effWin', number: 2 },
    ]);
  });
});
