import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { outline } from '../content/outline.js';
import type { LessonOutline } from '../content/types.js';
import {
  demoComponentName,
  demoLocations,
  missingDemoFiles,
  unusedDemoFiles,
} from './demo-registry.js';

describe(demoComponentName, () => {
  it('turns a demo id into a component name', () => {
    expect(demoComponentName('access-order')).toBe('AccessOrderDemo');
    expect(demoComponentName('quiz')).toBe('QuizDemo');
  });
});

describe(demoLocations, () => {
  it('puts each demo in the folder of the chapter that shows it', () => {
    expect(demoLocations(outline).map(({ path }) => path)).toContain('./ghost/AccessOrderDemo.tsx');
  });
});

describe('the demo files', () => {
  it('exist for every demo the outline names', () => {
    expect(missingDemoFiles(outline)).toEqual([]);
  });

  it('are all shown by some step', () => {
    expect(unusedDemoFiles(outline)).toEqual([]);
  });

  it('are reported when a demo moves to a chapter whose folder lacks it, or when none shows it', () => {
    const moved: LessonOutline = {
      ...outline,
      chapters: outline.chapters.map((chapter) =>
        chapter.slug === 'vote'
          ? {
              ...chapter,
              steps: [...chapter.steps, { slug: 'x', demo: 'access-order', paragraphs: [] }],
            }
          : chapter,
      ),
    };
    expect(missingDemoFiles(moved)).toEqual(['./vote/AccessOrderDemo.tsx']);
    expect(unusedDemoFiles({ ...outline, chapters: [] })).toHaveLength(
      demoLocations(outline).length,
    );
  });

  it.each(demoLocations(outline).map((location) => [location.path, location] as const))(
    '%s exports its component',
    (_path, { path, name }) => {
      // Read, not imported: importing every demo (libsodium included) is slow.
      const source = readFileSync(new URL(path, import.meta.url), 'utf8');
      expect(source).toMatch(new RegExp(`^export (function|const) ${name}\\b`, 'm'));
    },
  );
});
