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
      .element(page.getByText('Check done: every device on the list was signed in by a member.'))
      .toBeVisible();
    await expect.element(page.getByRole('link', { name: 'The access order' })).toBeVisible();
  });

  it('flags the ghost as signed in by no member after the order', async () => {
    dispatch({ kind: 'access-order' });
    await renderDemo(VerifyRosterDemo, 'verify-roster');
    // Carol's screen does not list it…
    await expect.element(page.getByText('Members shown (3)')).toBeVisible();
    await page.getByRole('button', { name: 'Run the check on Carol’s phone' }).click();
    // …but her app's check finds it.
    await expect
      .element(page.getByText('Check done: 1 device was not signed in by any member.'))
      .toBeVisible();
    await expect.element(page.getByText(/ghost\/agency.*not signed by any member/)).toBeVisible();
  });
});
