import { beforeEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import { dispatch, resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { SafetyNumbersDemo } from './SafetyNumbersDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

describe(SafetyNumbersDemo, () => {
  it('matches with the invisible ghost in the group, and mismatches with a disguised one', async () => {
    dispatch({ kind: 'access-order' });
    const screen = await renderDemo(SafetyNumbersDemo, 'safety-numbers');
    const lesson = page.getByRole('region', { name: 'Alice and Bob, on the lesson’s messenger' });
    await expect.element(lesson).toHaveAttribute('data-match', 'true');
    await expect.element(page.getByText(/although the Ghost reads the class group/)).toBeVisible();

    const disguised = page.getByRole('region', { name: 'Alice and Bob, on the second messenger' });
    await expect.element(disguised).toHaveAttribute('data-match', 'true');
    await page.getByRole('button', { name: 'Let the server slip in a disguised ghost' }).click();
    await expect.element(disguised).toHaveAttribute('data-match', 'false');
    await expect
      .element(page.getByRole('status').filter({ hasText: 'The numbers no longer match' }))
      .toHaveFocus();
    // The lesson pair still matches: the disguise lives on its own messenger.
    await expect.element(lesson).toHaveAttribute('data-match', 'true');
    expect(screen.container.querySelectorAll('svg[role="img"]').length).toBe(2);
  });
});
