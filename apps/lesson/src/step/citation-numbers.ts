import type { Source } from '../content/sources.js';
import type { SourceId, Step } from '../content/types.js';

/** What the app shows for a source: outlet, title, date, link (defined with the content). */
export type SourceEntry = Source;

/** A source as numbered on one step: [1], [2] … in order of first citation. */
export interface Citation {
  number: number;
  id: SourceId;
}

/**
 * Numbers the sources a step cites, in the order a reader meets them:
 * paragraphs, then quotes, then timeline items. A source cited twice keeps
 * its first number.
 */
export function numberCitations(step: Step): Citation[] {
  const ids: SourceId[] = [
    ...step.paragraphs.flatMap((paragraph) => paragraph.sources ?? []),
    ...(step.quotes ?? []).map((quote) => quote.source),
    ...(step.timeline ?? []).flatMap((item) => item.sources),
  ];
  return [...new Set(ids)].map((id, index) => ({ id, number: index + 1 }));
}

/** Numbers for a list of source ids, given a step's citations. */
export function citationNumbers(citations: Citation[], ids: readonly SourceId[]): number[] {
  return ids
    .map((id) => citations.find((citation) => citation.id === id)?.number)
    .filter((n): n is number => n !== undefined);
}

/** The id of a source's entry in a step's "Sources" list. */
export function sourceAnchorId(number: number): string {
  return `source-${number}`;
}
