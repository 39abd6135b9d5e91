import { writeFileSync, mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from './fixtures.js';

/**
 * The printed handout is a worksheet written for paper: the rule in a box, a
 * blank who-can-read table, the quiz, the exit question, key dates and
 * sources; never the screen's instructions. Rendered to PDF in both
 * languages; the PDFs are saved for a look (`pdftoppm -png` turns them into
 * images) and their pages are counted from the PDF itself.
 */

const pdfDir = fileURLToPath(new URL('./test-results/handout/', import.meta.url));

/** Pages of a PDF, counted from its page objects (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;
}

const expected = {
  en: {
    rule: 'You can read a message only if a key was locked for you.',
    columns: ['Alice', 'Bob', 'Carol', 'Messenger', 'Ghost', 'Agency', 'Mallory'],
    quiz: 'A ghost is added to a group chat on Tuesday. Which messages can it read?',
    exit: 'A backdoor only for the police is fine.',
    headings: [
      'The one rule',
      'Who can read what?',
      'Quiz',
      'Exit question',
      'Key dates',
      'Sources',
    ],
    onScreen: ['Go ahead', 'let her steal it', 'Use the demo', 'Start over', 'Enter sends'],
  },
  fr: {
    rule: 'Vous ne pouvez lire un message que si une clé a été verrouillée pour vous.',
    columns: ['Alice', 'Bob', 'Carol', 'Messagerie', 'Fantôme', 'Agence', 'Mallory'],
    quiz: 'Un fantôme est ajouté',
    // Longer than the words alone: a key date (the fact-check's) also speaks of « une porte dérobée ».
    exit: 'Une porte dérobée réservée à la police',
    headings: [
      'La règle',
      'Qui peut lire quoi',
      'Quiz',
      'Question de sortie',
      'Dates clés',
      'Sources',
    ],
    onScreen: [
      'Allez-y',
      'laissez-la la voler',
      'Utilisez la démo',
      'Recommencer',
      'Entrée envoie',
    ],
  },
} as const;

for (const lang of ['en', 'fr'] as const) {
  test(`the handout is a worksheet on at most two A4 pages, ${lang}`, async ({ lesson, page }) => {
    const words = expected[lang];
    await lesson.gotoHandout(lang);
    await page.emulateMedia({ media: 'print' });
    const main = page.getByRole('main');

    await expect(main.getByText(words.rule)).toBeVisible();
    for (const heading of words.headings) {
      await expect(main.getByRole('heading', { level: 2, name: heading })).toBeVisible();
    }
    const table = main.getByRole('table').first();
    for (const column of words.columns) {
      await expect(table.getByRole('columnheader', { name: column, exact: true })).toBeVisible();
    }
    // Blank: nothing but row numbers in the body.
    expect((await table.locator('tbody td').allInnerTexts()).join('').trim()).toBe('');
    await expect(main.getByText(words.quiz, { exact: false })).toBeVisible();
    await expect(main.getByText(words.exit, { exact: false })).toBeVisible();
    await expect(main.getByRole('button')).toHaveCount(0);

    const text = await main.innerText();
    for (const instruction of words.onScreen)
      expect(text, 'on-screen text').not.toContain(instruction);

    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    mkdirSync(pdfDir, { recursive: true });
    writeFileSync(`${pdfDir}handout-${lang}.pdf`, pdf);
    const pages = pageCount(pdf);
    expect(pages, `${lang} handout pages`).toBeGreaterThanOrEqual(1);
    expect(pages, `${lang} handout pages`).toBeLessThanOrEqual(2);
  });
}
