import { VoteTally } from '@e2ee-kit/ui';
import { useUi } from '../../shell/page-language.js';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';

/**
 * The roll-call vote of 20 March 2025 on the amendments that would have put
 * the encryption clause back into the bill: 119 against, 24 for, out of 577
 * deputies. The step's own paragraphs cite the sources for these numbers.
 */
export const assemblyVote = { against: 119, for: 24, seats: 577 } as const;

export function VoteTallyDemo({ lang }: DemoProps) {
  const t = useUi();
  const labels = useUiLabels().voteTally;
  return (
    <VoteTally
      against={assemblyVote.against}
      for={assemblyVote.for}
      seats={assemblyVote.seats}
      locale={lang}
      labels={{ ...labels, title: t('vote.caption') }}
    />
  );
}
