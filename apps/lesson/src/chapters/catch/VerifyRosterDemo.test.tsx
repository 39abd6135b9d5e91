import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { dispatch, resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { VerifyRosterDemo } from './VerifyRosterDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

describe(VerifyRosterDemo, () => {
  it('verifies every device before the access order, and says where to issue it', async () => {
    await renderDemo(VerifyRosterDemo, 'verify-roster');
    await page.getByRole('button', { name: 'Run the check on Carol’s phone' }).click();
    await expect
      .element(
        page.getByText('Check done: every device the app encrypts to is on the member list.'),
      )
      .toBeVisible();
    await expect.element(page.getByRole('link', { name: 'The access order' })).toBeVisible();
  });

  it('flags the ghost as hidden by the server after the order', async () => {
    dispatch({ kind: 'access-order' });
    await renderDemo(VerifyRosterDemo, 'verify-roster');
    // Carol's screen does not list it…
    await expect.element(page.getByText('Members shown (3)')).toBeVisible();
    await page.getByRole('button', { name: 'Run the check on Carol’s phone' }).click();
    // …but her app's check finds it.
    await expect
      .element(
        page.getByText('Check done: the app encrypts to 1 device the server hides from the list.'),
      )
      .toBeVisible();
    await expect
      .element(page.getByText(/ghost\/agency.*encrypted to, but hidden by the provider/))
      .toBeVisible();
  });
});
