import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * Slide mode: every presenter step fits one screen at the three projector
 * sizes, with no scrolling, and what a demo action changes is in view.
 * One page per size, moved from step to step by URL, keeps this quick.
 */

const sizes = [
  { width: 1280, height: 720 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
] as const;

/** Every step of the lesson, in order (chapter/step slugs of the outline). */
const steps = [
  'vote/the-bill',
  'vote/the-night',
  'vote/who-argued-what',
  'e2ee/alice-and-bob',
  'e2ee/a-group',
  'e2ee/one-message',
  'ghost/the-proposal',
  'ghost/access-order',
  'ghost/the-hidden-notice',
  'catch/safety-numbers',
  'catch/verify-the-roster',
  'catch/member-signed',
  'catch/real-messengers',
  'escrow/master-key',
  'escrow/mallory',
  'escrow/good-guys-only',
  'after/france',
  'after/united-kingdom',
  'after/european-union',
  'after/australia',
  'debate/both-sides',
  'debate/quiz',
  'debate/exit-question',
] as const;

async function showStep(page: Page, path: string): Promise<void> {
  const [chapter, step] = path.split('/');
  await page.goto(`/#/en/present/${path}`);
  await expect(page.getByTestId('step')).toHaveAttribute('data-chapter', chapter ?? '');
  await expect(page.getByTestId('step')).toHaveAttribute('data-step', step ?? '');
  await expect(page.getByTestId('demo-loading')).toHaveCount(0);
}

/** The page's scroll size against its window: equal when nothing scrolls. */
function pageOverflow(page: Page) {
  return page.evaluate(() => ({
    height: document.documentElement.scrollHeight - innerHeight,
    width: document.documentElement.scrollWidth - innerWidth,
  }));
}

/**
 * Whether an element is visible to the class: inside the window and inside
 * the visible part of every box that scrolls around it.
 */
async function isInView(locator: Locator): Promise<boolean> {
  return locator.evaluate((element) => {
    const box = element.getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return false;
    // Something taller than its box cannot fit: then its start must be in view.
    const inside = (outer: { top: number; bottom: number; left: number; right: number }) =>
      box.top >= outer.top - 3 &&
      (box.bottom <= outer.bottom + 3 ||
        (box.height > outer.bottom - outer.top && box.top < outer.bottom - 20)) &&
      box.left >= outer.left - 3 &&
      box.right <= outer.right + 3;
    if (!inside({ top: 0, left: 0, bottom: innerHeight, right: innerWidth })) return false;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (/(auto|scroll|hidden)/.test(style.overflowY + style.overflowX)) {
        const r = parent.getBoundingClientRect();
        const clip = {
          top: r.top + parent.clientTop,
          left: r.left + parent.clientLeft,
          bottom: r.top + parent.clientTop + parent.clientHeight,
          right: r.left + parent.clientLeft + parent.clientWidth,
        };
        if (!inside(clip)) return false;
      }
    }
    return true;
  });
}

/**
 * How far the boxes around an element are, or could be, scrolled sideways:
 * each scrolling ancestor's scrollLeft plus what it hides past its right edge.
 */
function sidewaysScroll(locator: Locator): Promise<number> {
  return locator.evaluate((element) => {
    let hidden = 0;
    for (let parent = element.parentElement; parent; parent = parent.parentElement) {
      const style = getComputedStyle(parent);
      if (/(auto|scroll|hidden)/.test(style.overflowX)) {
        hidden += parent.scrollLeft + Math.max(0, parent.scrollWidth - parent.clientWidth - 1);
      }
    }
    return hidden;
  });
}

async function expectInView(locator: Locator, what: string): Promise<void> {
  await expect(locator, what).toBeVisible();
  await expect.poll(() => isInView(locator), { message: `${what} is in view` }).toBe(true);
}

async function send(page: Page, text: string): Promise<void> {
  const demo = page.getByTestId('demo');
  await demo.getByRole('textbox', { name: /^Message to/ }).fill(text);
  await demo.getByRole('button', { name: 'Send', exact: true }).click();
}

/** The newest row of the who-can-read table and its cell in a party's column. */
function lastRow(page: Page): Locator {
  return page.getByTestId('demo').getByRole('row').last();
}

for (const size of sizes) {
  const label = `${String(size.width)}×${String(size.height)}`;

  test.describe(`slides at ${label}`, () => {
    test.use({ viewport: size });

    test('every step fits the screen without scrolling', async ({ page, saveScreenshot }) => {
      for (const path of steps) {
        await showStep(page, path);
        expect(await pageOverflow(page), `${path} at ${label}`).toEqual({ height: 0, width: 0 });
        // The slide shows a lead, not the paragraphs or the sources list.
        await expect(page.getByTestId('slide-lead')).toBeVisible();
        await expect(page.getByRole('heading', { name: 'Sources' })).toHaveCount(0);
        await saveScreenshot(`slide-${String(size.width)}-${path.replace('/', '-')}`);
      }
    });

    test('what each demo action changes is in view, predictions revealed', async ({ page }) => {
      await showStep(page, 'e2ee/a-group');
      await send(page, 'First to the group');
      await expectInView(lastRow(page), 'the new row of the group table');

      await showStep(page, 'ghost/access-order');
      const predict = page.getByTestId('predict');
      await expect(predict).toHaveAttribute('data-revealed', 'false');
      await expect(predict.getByText('Right answer')).toHaveCount(0);
      await page.getByRole('button', { name: 'Issue the access order' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Issue the order' }).click();
      await expect(predict).toHaveAttribute('data-revealed', 'true');
      await expectInView(
        predict.getByRole('listitem').filter({ hasText: 'Right answer' }),
        'the right answer of the prediction',
      );
      await expect(predict.getByRole('listitem').filter({ hasText: 'Right answer' })).toContainText(
        'only the messages sent after the order',
      );
      await expectInView(
        page.getByTestId('demo').getByRole('columnheader', { name: /Ghost/ }),
        'the Ghost column',
      );
      await send(page, 'After the order');
      await expectInView(lastRow(page), 'the row sent after the order');
      await expect(lastRow(page).getByRole('gridcell').last()).toHaveAttribute(
        'data-can-read',
        'true',
      );
      expect(await pageOverflow(page)).toEqual({ height: 0, width: 0 });

      await showStep(page, 'ghost/the-hidden-notice');
      await page.getByRole('button', { name: /Reveal what the provider hid/ }).click();
      // The three phones' panels, side by side, each fully in view.
      const panels = page.getByTestId('demo').getByRole('region', { name: /^The class group on/ });
      await expect(panels).toHaveCount(3);
      for (let i = 0; i < 3; i += 1) {
        await expectInView(panels.nth(i), `phone panel ${String(i + 1)} of the hidden notice`);
      }

      await showStep(page, 'catch/safety-numbers');
      const numbersPredict = page.getByTestId('predict');
      await expect(numbersPredict).toHaveAttribute('data-revealed', 'false');
      await page.getByRole('button', { name: 'Let the server slip in a disguised ghost' }).click();
      await expect(numbersPredict).toHaveAttribute('data-revealed', 'true');
      await expect(
        numbersPredict.getByRole('listitem').filter({ hasText: 'Right answer' }),
      ).toContainText('no longer match');
      // The second check, whose numbers now differ, is brought into view, and
      // the revealed prediction stays in view above it.
      await expectInView(
        page.getByText(/groups differ/),
        'the count of differing groups of the second check',
      );
      await expectInView(
        numbersPredict.getByRole('listitem').filter({ hasText: 'Right answer' }),
        'the right answer about the safety numbers',
      );

      await showStep(page, 'debate/quiz');
      const quiz = page.getByTestId('quiz-slide');
      await quiz.getByRole('button', { name: 'One more vote for answer B' }).click();
      await quiz.getByRole('button', { name: 'One more vote for answer B' }).click();
      await expect(quiz.getByRole('spinbutton', { name: 'Votes for answer B' })).toHaveValue('2');
      await expect(quiz.getByText('Right answer')).toHaveCount(0);
      await page.getByRole('heading', { level: 1 }).focus();
      await page.keyboard.press('r');
      await expectInView(quiz.getByText('Right answer'), 'the quiz’s right answer');
      await quiz.getByRole('button', { name: /Next question/ }).click();
      await expect(quiz).toContainText('Question 2 of 6');
      expect(await pageOverflow(page)).toEqual({ height: 0, width: 0 });
    });

    test('the theft: the right answer and Mallory’s column in view', async ({ page }) => {
      await showStep(page, 'escrow/mallory');
      const theftPredict = page.getByTestId('predict');
      await expect(theftPredict).toHaveAttribute('data-revealed', 'false');
      // Before the theft the whole table is across the slide: its last column
      // (Mallory's, all ✗) in view with nothing scrolled sideways. A third
      // column for the table once cut it after Carol.
      const table = page.getByTestId('demo').getByRole('grid');
      const lastColumn = table.getByRole('columnheader').last();
      await expect(lastColumn).toContainText('Mallory');
      await expectInView(lastColumn, 'the last column of the table before the theft');
      expect(await sidewaysScroll(table), 'the table scrolls sideways').toBe(0);
      await page.getByRole('button', { name: 'Mallory steals the master key' }).click();
      await expect(theftPredict).toHaveAttribute('data-revealed', 'true');
      await expectInView(
        theftPredict.getByRole('listitem').filter({ hasText: 'Right answer' }),
        'the right answer about the theft',
      );
      await expectInView(
        page.getByTestId('demo').getByRole('columnheader', { name: /Mallory/ }),
        'Mallory’s column',
      );
      await send(page, 'After the theft');
      await expectInView(lastRow(page), 'the row sent after the theft');
      expect(await pageOverflow(page)).toEqual({ height: 0, width: 0 });
    });
  });
}
