/**
 * The prediction questions a live class can vote on: the slide mode's
 * (`PredictReveal` in the access-order, escrow-theft and safety-number
 * demos), with the same choice ids, and their words from the demos' strings
 * (`predict.<strings>.question`, `.<choice>`, `.why`). On the wire (the
 * server's vote API) a question is a lowercase slug.
 */
export const voteQuestions = {
  'access-order': { strings: 'accessOrder', choices: ['all', 'after', 'none'], answer: 'after' },
  'escrow-steal': { strings: 'escrowSteal', choices: ['old', 'new'], answer: 'old' },
  'safety-numbers': { strings: 'safetyNumbers', choices: ['match', 'differ'], answer: 'differ' },
} as const satisfies Record<
  string,
  { strings: string; choices: readonly string[]; answer: string }
>;

export type VoteQuestionId = keyof typeof voteQuestions;

export const voteQuestionIds = Object.keys(voteQuestions) as VoteQuestionId[];

export function isVoteQuestionId(value: unknown): value is VoteQuestionId {
  return typeof value === 'string' && Object.hasOwn(voteQuestions, value);
}
