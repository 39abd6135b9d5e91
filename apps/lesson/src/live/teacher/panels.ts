import type { Move } from '../../routing/positions.js';

/** What the projector can show, in the order the clicker steps through. */
export const projectorPanels = [
  'join',
  'traffic',
  'roster',
  'who-can-read',
  'ghost',
  'reports',
  'vote',
] as const;
export type ProjectorPanel = (typeof projectorPanels)[number];

export function isProjectorPanel(value: unknown): value is ProjectorPanel {
  return typeof value === 'string' && (projectorPanels as readonly string[]).includes(value);
}

/** The panel a clicker key leads to; Next on the last panel and Previous on the first stay put. */
export function movePanel(current: ProjectorPanel, move: Move): ProjectorPanel {
  const last = projectorPanels.length - 1;
  const index = projectorPanels.indexOf(current);
  const next =
    move === 'first'
      ? 0
      : move === 'last'
        ? last
        : move === 'next'
          ? Math.min(index + 1, last)
          : Math.max(index - 1, 0);
  return projectorPanels[next] ?? current;
}
