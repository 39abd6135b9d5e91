import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { dispatch, resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { RevealNoticesDemo } from './RevealNoticesDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

const phone = (name: 'Alice' | 'Bob' | 'Carol') =>
  page.getByRole('region', { name: `The class group on ${name}’s phone` });

describe(RevealNoticesDemo, () => {
  it('before the order: nothing hidden, and a link to the access order', async () => {
    await renderDemo(RevealNoticesDemo, 'reveal-notices');
    await expect.element(page.getByRole('link', { name: 'The access order' })).toBeVisible();
    await expect.element(phone('Bob').getByText('No notice was suppressed.')).toBeVisible();
    await expect.element(phone('Bob').getByText('No notice was shown.')).toBeVisible();
  });

  it('after the order: no phone showed anything; the teacher reveals what was suppressed', async () => {
    dispatch({ kind: 'access-order' });
    await renderDemo(RevealNoticesDemo, 'reveal-notices');
    for (const name of ['Alice', 'Bob', 'Carol'] as const) {
      await expect.element(phone(name).getByText('No notice was shown.')).toBeVisible();
      await expect.element(phone(name).getByText('Members shown (3)')).toBeVisible();
      await expect
        .element(
          phone(name).getByText('Ghost (ghost/agency) joined the conversation.', { exact: false }),
        )
        .not.toBeVisible();
    }
    await page
      .getByRole('button', { name: 'Reveal what the provider hid, on all three phones' })
      .click();
    for (const name of ['Alice', 'Bob', 'Carol'] as const) {
      await expect
        .element(
          phone(name).getByText('Ghost (ghost/agency) joined the conversation.', { exact: false }),
        )
        .toBeVisible();
    }
  });
});
