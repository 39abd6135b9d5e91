import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { StepThroughDemo } from './StepThroughDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

describe(StepThroughDemo, () => {
  it('offers a sample on an empty chat, then walks through its real trace', async () => {
    await renderDemo(StepThroughDemo, 'step-through');
    await expect
      .element(page.getByText('The Alice & Bob chat has no message yet.', { exact: false }))
      .toBeVisible();
    await page.getByRole('button', { name: 'Send a sample message as Alice' }).click();

    const steps = page.getByRole('region', { name: 'Message 1, from Alice to Bob' });
    await expect.element(steps).toBeVisible();
    await expect.element(page.getByText('Step 1 of 9')).toBeVisible();
    await expect.element(steps.getByText('Meet at 6 by the library?')).toBeVisible();
    // 25 characters of ASCII: 25 bytes, and 25 + 16 bytes of ciphertext on the wire.
    await expect.element(steps.getByText(/these 25 bytes of UTF-8/)).toBeVisible();

    await page.getByRole('group', { name: 'The text' }).click();
    await userEvent.keyboard('{End}');
    await expect.element(page.getByText('Step 9 of 9')).toBeVisible();
    await expect.element(steps.getByText(/Bob’s app decrypts the ciphertext/)).toBeVisible();

    const envelope = page.getByRole('region', { name: 'Inside the envelope' });
    await expect.element(envelope.getByText('Key for alice/phone', { exact: true })).toBeVisible();
    await expect.element(envelope.getByText('Key for bob/phone', { exact: true })).toBeVisible();
  });

  it('follows the newest message, and a message Bob sent is read by Alice', async () => {
    await renderDemo(StepThroughDemo, 'step-through');
    await page.getByRole('group', { name: 'Send as' }).getByRole('radio', { name: 'Bob' }).click();
    await page.getByRole('textbox', { name: 'Message to Alice & Bob' }).fill('See you');
    await userEvent.keyboard('{Enter}');
    await expect
      .element(page.getByRole('region', { name: 'Message 1, from Bob to Alice' }))
      .toBeVisible();
    await expect
      .element(page.getByRole('combobox', { name: 'Message to follow' }))
      .toHaveDisplayValue('Message 1, from Bob: “See you”');
  });
});
