import { useUi } from '../shell/page-language.js';
import type { Step } from '../content/types.js';
import type { Citation } from './citation-numbers.js';

/**
 * The projected text of a step in presenter mode: its one-line lead, then the
 * numbers of the sources the step cites, e.g. “[1–4]”. The sources themselves
 * are listed in full in the student view and on the handout, so the numbers
 * here are plain text, not links to a list the slide does not show.
 */
export function SlideLead({ step, citations }: { step: Step; citations: Citation[] }) {
  const t = useUi();
  const numbers = citations.map((citation) => citation.number);
  const first = numbers[0];
  const last = numbers[numbers.length - 1];
  return (
    <p className="slide-lead" data-testid="slide-lead">
      {step.lead}
      {first !== undefined && last !== undefined ? (
        <span className="slide-lead__citations">
          {' '}
          <span aria-hidden="true">[</span>
          <span className="visually-hidden">{t('sources.citationPrefix')} </span>
          {first === last ? first : `${String(first)}–${String(last)}`}
          <span aria-hidden="true">]</span>
        </span>
      ) : null}
    </p>
  );
}
