import { describe, expect, it } from 'vitest';
import { lessonFixture } from '../test-fixtures/lesson.js';
import { citationNumbers, numberCitations } from './citation-numbers.js';

const firstStep = lessonFixture.chapters[0]?.steps[0];
if (!firstStep) throw new Error('fixture changed');

describe(numberCitations, () => {
  it('numbers sources in the order of first citation, once each', () => {
    expect(numberCitations(firstStep)).toEqual([
      { id: 'lemondeNight', number: 1 },
      { id: 'effWin', number: 2 },
    ]);
  });

  it('includes sources cited only by timeline items', () => {
    const step = lessonFixture.chapters[1]?.steps[0];
    expect(step && numberCitations(step).map((c) => c.id)).toEqual(['effWin', 'lemondeNight']);
  });
});

describe(citationNumbers, () => {
  it('maps ids to their numbers and skips unknown ids', () => {
    const citations = numberCitations(firstStep);
    expect(citationNumbers(citations, ['effWin', 'lemondeNight', 'rfc9420'])).toEqual([2, 1]);
  });
});
