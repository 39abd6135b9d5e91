import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { AccessOrderDemo } from './AccessOrderDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

const grid = () => page.getByRole('grid', { name: 'Who can read each message of the class group' });

async function send(text: string, as: 'Alice' | 'Bob' | 'Carol' = 'Alice') {
  await page.getByRole('group', { name: 'Send as' }).getByRole('radio', { name: as }).click();
  await page.getByRole('textbox', { name: 'Message to Class group' }).fill(text);
  await userEvent.keyboard('{Enter}');
}

describe(AccessOrderDemo, () => {
  it('adds a Ghost column that reads only the messages sent after the order', async () => {
    await renderDemo(AccessOrderDemo, 'access-order');
    await send('Before the order');
    await expect
      .element(grid().getByRole('gridcell', { name: 'Bob can read message 1' }))
      .toBeVisible();
    await expect
      .element(grid().getByRole('columnheader', { name: /Ghost/ }))
      .not.toBeInTheDocument();

    await page.getByRole('button', { name: 'Issue the access order' }).click();
    const dialog = page.getByRole('dialog', { name: 'Issue the access order?' });
    await expect.element(dialog).toBeVisible();
    await expect.element(dialog.getByRole('button', { name: 'Cancel' })).toHaveFocus();
    await dialog.getByRole('button', { name: 'Issue the order' }).click();

    const news = page.getByRole('status').filter({ hasText: 'The access order was carried out.' });
    await expect.element(news).toBeVisible();
    await expect.element(news).toHaveFocus();
    await expect.element(grid().getByRole('columnheader', { name: /Ghost/ })).toBeVisible();
    await expect
      .element(grid().getByRole('gridcell', { name: 'Ghost cannot read message 1' }))
      .toBeVisible();
    await expect
      .element(grid().getByRole('rowheader', { name: /Before the order.*\(before the order\)/ }))
      .toBeVisible();

    await send('After the order', 'Carol');
    await expect
      .element(grid().getByRole('gridcell', { name: 'Ghost can read message 2' }))
      .toBeVisible();
    await expect
      .element(grid().getByRole('gridcell', { name: 'Ghost cannot read message 1' }))
      .toBeVisible();
    await expect
      .element(grid().getByRole('gridcell', { name: 'Messenger cannot read message 2' }))
      .toBeVisible();
    // The issuing button is gone: the order cannot be issued twice.
    await expect
      .element(page.getByRole('button', { name: 'Issue the access order' }))
      .not.toBeInTheDocument();
  });

  it('does nothing when the teacher cancels', async () => {
    await renderDemo(AccessOrderDemo, 'access-order');
    await page.getByRole('button', { name: 'Issue the access order' }).click();
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('dialog')).not.toBeInTheDocument();
    await expect
      .element(page.getByRole('button', { name: 'Issue the access order' }))
      .toHaveFocus();
    await send('Still private');
    await expect
      .element(grid().getByRole('columnheader', { name: /Ghost/ }))
      .not.toBeInTheDocument();
  });
});
