import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures.js';

/**
 * The lesson on a phone (360×740, touch): whatever is typed into a demo or
 * shown after an action, nothing scrolls sideways.
 */

const phone = { width: 360, height: 740 };

/** How many CSS pixels the page is wider than the phone (0 = no horizontal scroll). */
async function overflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

async function expectNoSideways(page: Page, what: string): Promise<void> {
  expect(await overflow(page), `sideways scroll after ${what}`).toBeLessThanOrEqual(0);
}

/** The message box of the demo's send form. */
function messageBox(demo: Locator): Locator {
  return demo.getByRole('textbox', { name: /^Message to/ });
}

async function send(demo: Locator, text: string): Promise<void> {
  const box = messageBox(demo);
  await box.fill(text);
  await demo.getByRole('button', { name: 'Send', exact: true }).click();
  await expect(box).toHaveValue('');
}

const longWord = 'A'.repeat(280);
const url =
  'https://www.assemblee-nationale.fr/dyn/17/textes/l17b0907_texte-adopte-commission?extra=parameters-that-go-on-and-on';
const eightyChars = 'Supercalifragilisticexpialidocious'.repeat(3).slice(0, 80);

test.describe('phones: nothing scrolls sideways', () => {
  test.use({ viewport: phone, isMobile: true, hasTouch: true });

  test('the class group after long words, a URL, a huge paste and 40 messages', async ({
    lesson,
    page,
    saveScreenshot,
  }) => {
    test.setTimeout(120_000);
    await lesson.goto('en', 'student', 'e2ee', 'a-group');
    const demo = lesson.demo;
    await expect(messageBox(demo)).toBeVisible();
    await expectNoSideways(page, 'opening the demo');

    await send(demo, longWord);
    await expectNoSideways(page, 'a 280-character word');
    await send(demo, url);
    await expectNoSideways(page, 'a URL');
    await send(demo, eightyChars);
    await expectNoSideways(page, 'an 80-character word');

    // A huge paste stops at the limit, and the page says so.
    const box = messageBox(demo);
    await box.fill('B'.repeat(20_000));
    await expect(box).toHaveValue('B'.repeat(280));
    await expect(demo.getByText('280/280')).toBeVisible();
    await expect(demo.getByText(/at most 280 characters/)).toBeVisible();
    await expectNoSideways(page, 'a 20,000-character paste');
    await saveScreenshot('phone-group-paste');
    await demo.getByRole('button', { name: 'Send', exact: true }).click();
    await expect(box).toHaveValue('');

    for (let n = 4; n <= 40; n++) await send(demo, `Message number ${n}`);
    await expectNoSideways(page, '40 messages');
    // Long chats show the latest messages, with a way to see the earlier ones.
    const earlier = demo.getByRole('button', { name: /Show the \d+ earlier messages/ });
    await expect(earlier).toBeVisible();
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'page height with 40 messages').toBeLessThan(6 * phone.height);
    await saveScreenshot('phone-group-40-messages');
    await earlier.click();
    await expect(demo.getByText('Message number 5', { exact: false }).first()).toBeVisible();
    await expectNoSideways(page, 'showing all 40 messages');
  });

  test('every badge: the access order, the notices, the theft', async ({
    lesson,
    page,
    saveScreenshot,
  }) => {
    test.setTimeout(120_000);
    await lesson.goto('en', 'student', 'ghost', 'access-order');
    let demo = lesson.demo;
    await expect(messageBox(demo)).toBeVisible();
    await send(demo, longWord);
    await demo.getByRole('button', { name: 'Issue the access order' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Issue the order' }).click();
    await expect(demo.getByText(/The access order was carried out at/)).toBeVisible();
    await send(demo, url);
    await expectNoSideways(page, 'the access order');
    await saveScreenshot('phone-access-order');

    await lesson.goto('en', 'student', 'ghost', 'the-hidden-notice');
    demo = lesson.demo;
    await demo.getByRole('button', { name: /Reveal what the provider hid/ }).click();
    await expectNoSideways(page, 'revealing the notices');
    await saveScreenshot('phone-notices');

    await lesson.goto('en', 'student', 'escrow', 'mallory');
    demo = lesson.demo;
    await expect(messageBox(demo)).toBeVisible();
    await send(demo, eightyChars);
    await demo.getByRole('button', { name: 'Mallory steals the master key' }).click();
    const dialog = page.getByRole('dialog');
    if (await dialog.isVisible()) await dialog.getByRole('button').last().click();
    await expect(demo.getByText(/Mallory (now )?holds/).first()).toBeVisible();
    await send(demo, longWord);
    await expectNoSideways(page, 'the theft');
    await saveScreenshot('phone-escrow');

    for (const [chapter, step] of [
      ['e2ee', 'alice-and-bob'],
      ['e2ee', 'one-message'],
      ['catch', 'safety-numbers'],
      ['catch', 'verify-the-roster'],
      ['catch', 'member-signed'],
    ] as const) {
      await lesson.goto('en', 'student', chapter, step);
      await expect(lesson.demo).toBeVisible();
      await page.waitForTimeout(500);
      await expectNoSideways(page, `${chapter}/${step} after the long messages`);
      await saveScreenshot(`phone-${chapter}-${step}`);
    }
  });

  test('the header is short and has no teacher tools; no keyboard hint on touch', async ({
    lesson,
    page,
  }) => {
    await lesson.goto('en', 'student', 'e2ee', 'a-group');
    const header = page.getByRole('banner');
    const box = await header.boundingBox();
    expect(box?.height ?? 999, 'header height').toBeLessThanOrEqual(0.15 * phone.height);
    await expect(header.getByRole('link', { name: 'Present this step' })).toBeHidden();
    await expect(header.getByRole('link', { name: /Teacher guide/ })).toBeHidden();
    await expect(header.getByRole('link', { name: 'Print handout' })).toBeHidden();
    await expect(messageBox(lesson.demo)).toBeVisible();
    await expect(lesson.demo.getByText('Enter sends the message.')).toBeHidden();
  });

  test('who-can-read is one card per message, every party in view', async ({ lesson }) => {
    await lesson.goto('en', 'student', 'e2ee', 'a-group');
    const demo = lesson.demo;
    await send(demo, 'Hello class');
    const cell = demo.getByRole('gridcell', { name: 'Messenger cannot read message 1' });
    await expect(cell).toBeVisible();
    const box = await cell.boundingBox();
    expect(box).not.toBeNull();
    expect((box?.x ?? 0) + (box?.width ?? 0)).toBeLessThanOrEqual(phone.width);
  });
});

/**
 * Every group of every safety number is inside its phone's panel and not
 * covered by anything (elementFromPoint at its centre is the group itself).
 */
async function hiddenSafetyGroups(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    document.querySelectorAll<HTMLElement>('.e2k-safety__side').forEach((side, s) => {
      const panel = side.getBoundingClientRect();
      side.querySelectorAll<HTMLElement>('.e2k-safety__group').forEach((group, g) => {
        group.scrollIntoView({ block: 'center', inline: 'center' });
        const box = group.getBoundingClientRect();
        const inside =
          box.left >= panel.left - 1 &&
          box.right <= side.getBoundingClientRect().right + 1 &&
          box.width > 0;
        const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
        if (!inside || !(hit === group || group.contains(hit)))
          problems.push(`panel ${s + 1}, group ${g + 1}`);
      });
    });
    return problems;
  });
}

for (const [width, height] of [
  [360, 740],
  [1366, 768],
  [1920, 1080],
] as const) {
  test(`every safety-number digit group is visible at ${width}×${height}`, async ({
    lesson,
    page,
    saveScreenshot,
  }) => {
    await page.setViewportSize({ width, height });
    for (const mode of ['student', 'present'] as const) {
      await lesson.goto('en', mode, 'catch', 'safety-numbers');
      const demo = lesson.demo;
      // The world lives for the browser session: the ghost slipped in once stays for the second mode.
      if (mode === 'student') {
        const slip = demo.getByRole('button', { name: 'Let the server slip in a disguised ghost' });
        await expect(slip).toBeVisible({ timeout: 30_000 });
        await slip.click();
      }
      await expect(demo.locator('.e2k-safety__group')).toHaveCount(4 * 12, { timeout: 30_000 });
      expect(await hiddenSafetyGroups(page), `${mode} mode`).toEqual([]);
      await saveScreenshot(`safety-numbers-${mode}-${width}`);
    }
  });
}
