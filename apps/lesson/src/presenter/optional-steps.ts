/**
 * Steps the teacher may skip so that the lesson fits its 50 minutes (the sum
 * of the chapters' planned minutes). They are listed here, by chapter and step
 * slug, rather than in the lesson text, so the text can change shape without
 * losing them. The presenter console and the contents page mark them.
 *
 * Why these: chapter 6's notes give it 5 minutes, France and one other
 * country. The European Union stays, being the law that would apply in France
 * (and quiz question 6 asks about it); the United Kingdom and Australia can go.
 * The other chapters' steps each carry a demo or a fact the quiz asks about;
 * chapter 2 shortens instead by skipping step 6 of the step-through (its notes
 * say so).
 */
export const optionalSteps: Readonly<Record<string, readonly string[]>> = {
  after: ['united-kingdom', 'australia'],
};

export function isOptionalStep(chapter: string, step: string): boolean {
  return optionalSteps[chapter]?.includes(step) ?? false;
}
