import { predictions, predictionWords, type PredictionId } from '../demo-kit/predictions.js';
import { useDemoT } from '../demo-kit/use-demo-t.js';

/**
 * The questions a live class votes on: the slide mode's prediction questions
 * (demo-kit/predictions.ts), their choices and words, under the lowercase
 * slug the server's vote API takes. The console opens them, the phones show
 * them, the projector counts them.
 */
export const voteQuestions = {
  'access-order': 'accessOrder',
  'escrow-steal': 'escrowSteal',
  'safety-numbers': 'safetyNumbers',
} as const satisfies Record<string, PredictionId>;

export type VoteQuestionId = keyof typeof voteQuestions;

export const voteQuestionIds = Object.keys(voteQuestions) as VoteQuestionId[];

export function isVoteQuestionId(value: unknown): value is VoteQuestionId {
  return typeof value === 'string' && Object.hasOwn(voteQuestions, value);
}

/** A vote question's choice ids, in the slide mode's order, and the right one. */
export function voteQuestion(id: VoteQuestionId) {
  return predictions[voteQuestions[id]];
}

/** The words of the vote questions in the page's language: question, choices (in order), why. */
export function useVoteWords() {
  const t = useDemoT();
  return (id: VoteQuestionId) => predictionWords(t, voteQuestions[id]);
}
