import axe from 'axe-core';
import { expect } from 'vitest';

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * Fails with the list of axe-core's WCAG 2.2 A/AA and best-practice
 * violations in `context` (the body by default; `document` adds the page's
 * own rules: language, title, one h1), if any.
 */
export async function expectAccessible(context: Element | Document = document.body): Promise<void> {
  const results = await axe.run(context, { runOnly: { type: 'tag', values: axeTags } });
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}
