import { describe, expect, it } from 'vitest';
import { lessonFixture } from '../test-fixtures/lesson.js';
import { allPositions, findPosition, moveFrom } from './positions.js';

describe(allPositions, () => {
  it('lists every step of every chapter in order', () => {
    const slugs = allPositions(lessonFixture).map((p) => `${p.chapter.slug}/${p.step.slug}`);
    expect(slugs).toEqual(['vote/the-night', 'vote/the-count', 'ghost/join', 'ghost/catch']);
  });
});

describe(findPosition, () => {
  it('finds a step, or the first step of a chapter', () => {
    expect(findPosition(lessonFixture, 'ghost', 'catch')?.index).toBe(3);
    expect(findPosition(lessonFixture, 'ghost')?.step.slug).toBe('join');
  });

  it('returns undefined for unknown slugs', () => {
    expect(findPosition(lessonFixture, 'ghost', 'the-night')).toBeUndefined();
    expect(findPosition(lessonFixture, 'nowhere')).toBeUndefined();
  });
});

describe(moveFrom, () => {
  const start = findPosition(lessonFixture, 'vote', 'the-count');
  if (!start) throw new Error('fixture changed');

  it('crosses chapter boundaries', () => {
    expect(moveFrom(lessonFixture, start, 'next')?.step.slug).toBe('join');
    expect(moveFrom(lessonFixture, start, 'previous')?.step.slug).toBe('the-night');
  });

  it('stops at both ends', () => {
    const first = moveFrom(lessonFixture, start, 'first');
    const last = moveFrom(lessonFixture, start, 'last');
    expect(first?.index).toBe(0);
    expect(last?.index).toBe(3);
    if (!first || !last) return;
    expect(moveFrom(lessonFixture, first, 'previous')).toBeUndefined();
    expect(moveFrom(lessonFixture, last, 'next')).toBeUndefined();
  });
});
