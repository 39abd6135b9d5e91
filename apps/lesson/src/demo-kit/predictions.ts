import type { PredictChoice } from './PredictReveal.js';
import type { DemoT } from './use-demo-t.js';

/**
 * The slide mode's prediction questions (`PredictReveal` in the access-order,
 * escrow-theft and safety-number demos): their choice ids, in the order
 * shown, and the right one. Their words are the demos' strings
 * `predict.<id>.question`, `.<choice>` and `.why`. The live class's votes
 * (live/vote-questions.ts) are these same questions.
 */
export const predictions = {
  accessOrder: { choices: ['all', 'after', 'none'], answer: 'after' },
  escrowSteal: { choices: ['old', 'new'], answer: 'old' },
  safetyNumbers: { choices: ['match', 'differ'], answer: 'differ' },
} as const satisfies Record<string, { choices: readonly string[]; answer: string }>;

export type PredictionId = keyof typeof predictions;

/** What `PredictReveal` shows of a prediction question, in `t`'s language. */
export interface PredictionWords {
  question: string;
  choices: PredictChoice[];
  answer: string;
  explanation: string;
}

/** A prediction question with its words, ready for `PredictReveal`. */
export function predictionWords(t: DemoT, id: PredictionId): PredictionWords {
  const { choices, answer } = predictions[id];
  return {
    question: t(`predict.${id}.question`),
    choices: choices.map((choice) => ({
      id: choice,
      // Every choice has its words (predictions.test.ts); i18next's types cannot follow the pair.
      text: t(`predict.${id}.${choice}` as `predict.${PredictionId}.question`),
    })),
    answer,
    explanation: t(`predict.${id}.why`),
  };
}
