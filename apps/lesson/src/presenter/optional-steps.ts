/**
 * Steps the teacher may skip so that the lesson fits its 50 minutes (the sum
 * of the chapters' planned minutes). They are listed here, by chapter and step
 * slug, rather than in the lesson text, so the text can change shape without
 * losing them. The presenter console and the contents page mark them.
 *
 * Why these: each repeats a point the chapter has already made with a demo
 * (the step-through details what chat-pair showed; the real messengers extend
 * the safety numbers), and chapter 6 needs only France and one other country.
 */
export const optionalSteps: Readonly<Record<string, readonly string[]>> = {
  e2ee: ['one-message'],
  catch: ['real-messengers'],
  after: ['united-kingdom', 'australia'],
};

export function isOptionalStep(chapter: string, step: string): boolean {
  return optionalSteps[chapter]?.includes(step) ?? false;
}
