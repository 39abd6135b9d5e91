import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { TwoModesDemo } from './TwoModesDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

const managed = () =>
  page.getByRole('region', { name: 'Group run by the server (as in WhatsApp)' });
const signed = () => page.getByRole('region', { name: 'Member-signed group (as in Signal, MLS)' });
const managedGrid = () =>
  managed().getByRole('grid', { name: 'Who can read each message of the group run by the server' });
const signedGrid = () =>
  signed().getByRole('grid', { name: 'Who can read each message of the member-signed group' });

describe(TwoModesDemo, () => {
  it('lets the ghost read the server-run group at once, the member-signed one only after Bob’s app obeys', async () => {
    await renderDemo(TwoModesDemo, 'two-modes');

    // Server-run group: the order alone is enough.
    await managed().getByRole('button', { name: 'Issue the access order' }).click();
    await expect.element(managed().getByRole('status')).toHaveTextContent(/Order carried out/);
    await managed().getByRole('button', { name: 'Alice sends a message' }).click();
    await expect
      .element(managedGrid().getByRole('gridcell', { name: 'Ghost can read message 1' }))
      .toBeVisible();
    await expect
      .element(managedGrid().getByRole('gridcell', { name: 'Messenger cannot read message 1' }))
      .toBeVisible();

    // Member-signed group: the same order is refused, no member signed the ghost in.
    await signed().getByRole('button', { name: 'Issue the access order' }).click();
    const news = signed().getByRole('status');
    await expect.element(news).toHaveTextContent(/Order refused: no member signed the Ghost in/);
    await expect.element(news).toHaveFocus();
    await signed().getByRole('button', { name: 'Alice sends a message' }).click();
    await expect
      .element(signedGrid().getByRole('gridcell', { name: 'Ghost cannot read message 1' }))
      .toBeVisible();
    await expect
      .element(signedGrid().getByRole('gridcell', { name: 'Carol can read message 1' }))
      .toBeVisible();

    // The order now targets Bob's app: it signs the ghost in, and the ghost reads what follows.
    await signed().getByRole('button', { name: 'Order a client update to Bob’s phone' }).click();
    await expect.element(news).toHaveTextContent(/Bob’s updated app signed the Ghost in/);
    await signed().getByRole('button', { name: 'Alice sends a message' }).click();
    await expect
      .element(signedGrid().getByRole('gridcell', { name: 'Ghost can read message 2' }))
      .toBeVisible();
    await expect
      .element(signedGrid().getByRole('gridcell', { name: 'Ghost cannot read message 1' }))
      .toBeVisible();
    await expect
      .element(signedGrid().getByRole('gridcell', { name: 'Carol can read message 2' }))
      .toBeVisible();
    await expect
      .element(signed().getByRole('button', { name: 'Order a client update to Bob’s phone' }))
      .not.toBeInTheDocument();
  });
});
