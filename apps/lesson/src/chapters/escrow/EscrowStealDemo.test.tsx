import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { EscrowStealDemo } from './EscrowStealDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

const grid = () =>
  page.getByRole('grid', { name: 'Who can read each message on the messenger with escrow' });
const cell = (name: string) => grid().getByRole('gridcell', { name, exact: true });

describe(EscrowStealDemo, () => {
  it('lets Mallory read every past message once she steals the master key, and the next ones', async () => {
    await renderDemo(EscrowStealDemo, 'escrow-steal');
    // The three messages the escrow messenger starts with: the Agency reads them, Mallory none.
    for (const n of [1, 2, 3]) {
      await expect.element(cell(`Agency can read message ${n}`)).toBeVisible();
      await expect.element(cell(`Mallory cannot read message ${n}`)).toBeVisible();
      await expect.element(cell(`Messenger with escrow cannot read message ${n}`)).toBeVisible();
    }

    await page.getByRole('button', { name: 'Mallory steals the master key' }).click();
    await expect
      .element(page.getByRole('status').filter({ hasText: 'she can read 3 of the 3 messages' }))
      .toHaveFocus();
    for (const n of [1, 2, 3]) {
      await expect.element(cell(`Mallory can read message ${n}`)).toBeVisible();
    }
    await expect
      .element(grid().getByRole('rowheader', { name: /^1\..*\(before the theft\)$/ }))
      .toBeVisible();

    // The future too, in either conversation.
    await page
      .getByRole('group', { name: 'Conversation' })
      .getByRole('radio', { name: 'Alice & Bob' })
      .click();
    await page.getByRole('textbox', { name: 'Message to Alice & Bob' }).fill('New code: 1234');
    await userEvent.keyboard('{Enter}');
    await expect.element(cell('Mallory can read message 4')).toBeVisible();
    await expect.element(cell('Carol cannot read message 4')).toBeVisible();
    await expect
      .element(grid().getByRole('rowheader', { name: /^4\..*\(after the theft\)$/ }))
      .toBeVisible();
  });

  it('keeps Mallory out of new messages while she holds no key', async () => {
    await renderDemo(EscrowStealDemo, 'escrow-steal');
    await page
      .getByRole('textbox', { name: 'Message to Class group' })
      .fill('Exam moved to Friday');
    await userEvent.keyboard('{Enter}');
    await expect.element(cell('Agency can read message 4')).toBeVisible();
    await expect.element(cell('Mallory cannot read message 4')).toBeVisible();
  });
});
