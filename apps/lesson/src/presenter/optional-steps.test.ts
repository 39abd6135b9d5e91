import { describe, expect, it } from 'vitest';
import { lessons } from '../content/lessons.js';

const { en, fr } = lessons;
import { isOptionalStep, optionalSteps } from './optional-steps.js';

describe('optionalSteps', () => {
  it.each([
    ['en', en],
    ['fr', fr],
  ] as const)('names only steps that exist, in %s', (_, content) => {
    for (const [chapterSlug, steps] of Object.entries(optionalSteps)) {
      const chapter = content.chapters.find((c) => c.slug === chapterSlug);
      expect(chapter, chapterSlug).toBeDefined();
      for (const step of steps) {
        expect(
          chapter?.steps.map((s) => s.slug),
          `${chapterSlug}/${step}`,
        ).toContain(step);
      }
    }
  });

  it('leaves every chapter at least one step that is not optional', () => {
    for (const chapter of en.chapters) {
      expect(
        chapter.steps.some((step) => !isOptionalStep(chapter.slug, step.slug)),
        chapter.slug,
      ).toBe(true);
    }
  });

  it('plans the lesson at 50 minutes', () => {
    expect(en.chapters.reduce((sum, chapter) => sum + chapter.minutes, 0)).toBe(50);
  });
});

describe(isOptionalStep, () => {
  it('knows an optional step from a required one', () => {
    expect(isOptionalStep('after', 'united-kingdom')).toBe(true);
    expect(isOptionalStep('after', 'france')).toBe(false);
    expect(isOptionalStep('nowhere', 'france')).toBe(false);
  });
});
