/**
 * The prediction questions a live class can vote on: the slide mode's
 * (`PredictReveal` in the access-order, escrow-theft and safety-number
 * demos), with the same ids, so that their words come from the demos'
 * strings (`predict.<id>.question`, `predict.<id>.<choice>`, `predict.<id>.why`).
 */
export const voteQuestions = {
  accessOrder: { choices: ['all', 'after', 'none'], answer: 'after' },
  escrowSteal: { choices: ['old', 'new'], answer: 'old' },
  safetyNumbers: { choices: ['match', 'differ'], answer: 'differ' },
} as const satisfies Record<string, { choices: readonly string[]; answer: string }>;

export type VoteQuestionId = keyof typeof voteQuestions;

export const voteQuestionIds = Object.keys(voteQuestions) as VoteQuestionId[];

export function isVoteQuestionId(value: unknown): value is VoteQuestionId {
  return typeof value === 'string' && Object.hasOwn(voteQuestions, value);
}
