import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import { outline } from '../content/outline.js';
import type { DemoId, LessonOutline } from '../content/types.js';
import type { DemoProps } from '../demo-kit/demo-props.js';

type LazyDemo = LazyExoticComponent<ComponentType<DemoProps>>;
type DemoModule = Partial<Record<string, ComponentType<DemoProps>>>;

/**
 * Every demo component, not loaded yet, by path: `./ghost/AccessOrderDemo.tsx`.
 * Each is loaded on demand, so the first page stays light: the crypto demos
 * pull in libsodium (about 150 KB gzip), and only the steps that show them
 * should pay for it. In the single-file build the imports are inlined.
 */
const demoFiles = import.meta.glob<DemoModule>('./*/*Demo.tsx');

/** The component a demo id names: `access-order` → `AccessOrderDemo`. */
export function demoComponentName(id: string): string {
  const words = id.split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1));
  return `${words.join('')}Demo`;
}

/**
 * Where each demo of the outline lives: in the folder of the chapter whose
 * step shows it, in a file named after its component, e.g. the step
 * `ghost/access-order` shows `access-order`, so `./ghost/AccessOrderDemo.tsx`
 * exports `AccessOrderDemo`. Adding a demo is naming it on its step in the
 * outline and writing that file; nothing else lists demos.
 */
export function demoLocations(
  lessonOutline: LessonOutline,
): { id: DemoId; path: string; name: string }[] {
  return lessonOutline.chapters.flatMap((chapter) =>
    chapter.steps.flatMap((step) => {
      if (step.demo === undefined) return [];
      const name = demoComponentName(step.demo);
      return [{ id: step.demo as DemoId, path: `./${chapter.slug}/${name}.tsx`, name }];
    }),
  );
}

/** The demo locations that have no file: checked by `demo-registry.test.ts`. */
export function missingDemoFiles(lessonOutline: LessonOutline): string[] {
  return demoLocations(lessonOutline)
    .map(({ path }) => path)
    .filter((path) => !(path in demoFiles));
}

/** The demo files that no step of the outline shows: checked by `demo-registry.test.ts`. */
export function unusedDemoFiles(lessonOutline: LessonOutline): string[] {
  const used = new Set(demoLocations(lessonOutline).map(({ path }) => path));
  return Object.keys(demoFiles).filter((path) => !used.has(path));
}

function lazyDemo(path: string, name: string): LazyDemo {
  return lazy(async () => {
    const load = demoFiles[path];
    if (load === undefined) throw new Error(`No demo file chapters/${path.slice(2)}`);
    const component = (await load())[name];
    if (component === undefined) throw new Error(`chapters/${path.slice(2)} exports no ${name}`);
    return { default: component };
  });
}

/** Each demo id of the outline, mapped to its lazily loaded component. */
export const demoRegistry = Object.fromEntries(
  demoLocations(outline).map(({ id, path, name }) => [id, lazyDemo(path, name)]),
) as Record<DemoId, LazyDemo>;
