import { beforeEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { resetWorld } from '../../demo-kit/world/store.js';
import { renderDemo } from '../../demo-kit/test-utils.js';
import { ChatPairDemo } from './ChatPairDemo.js';

beforeEach(async () => {
  sessionStorage.clear();
  await resetWorld();
});

describe(ChatPairDemo, () => {
  it('relays only ciphertext: the provider’s side never shows the text, Bob’s seat does', async () => {
    const screen = await renderDemo(ChatPairDemo, 'chat-pair');
    const provider = page.getByRole('region', { name: 'What the provider sees' });
    await expect.element(provider.getByText('Nothing relayed yet.')).toBeVisible();

    await page.getByRole('textbox', { name: 'Message to Alice & Bob' }).fill('Meet at noon');
    await userEvent.keyboard('{Enter}');

    // The provider logged and relayed it: metadata and the ciphertext bytes…
    await expect
      .element(provider.getByRole('figure', { name: /Ciphertext no\. 1 from alice\/phone/ }))
      .toBeVisible();
    await expect.element(provider.getByRole('cell', { name: '28 bytes' })).toBeVisible();
    // …but not the words.
    expect(provider.element().textContent).not.toContain('Meet at noon');

    // Bob's seat (the default) reads it.
    const chat = screen.container.querySelector('.e2k-conversation');
    expect(chat?.getAttribute('data-seat')).toBe('bob/phone');
    await expect.element(page.getByText('Meet at noon', { exact: true })).toBeVisible();
    await expect.element(page.getByText('Bob can read 1 of 1 message.')).toBeVisible();

    // From the provider's seat, the same message is locked.
    await page.getByRole('radio', { name: /Messenger/ }).click();
    await expect.element(page.getByText('Messenger can read 0 of 1 message.')).toBeVisible();
    await expect.element(page.getByText('Encrypted: you cannot read this')).toBeVisible();
    expect(screen.container.textContent).not.toContain('Meet at noon');
  });

  it('sends as Bob, empties the box and gives the focus to the form, where the clicker works', async () => {
    await renderDemo(ChatPairDemo, 'chat-pair');
    const box = page.getByRole('textbox', { name: 'Message to Alice & Bob' });
    await page
      .getByRole('group', { name: 'Send as' })
      .getByRole('radio', { name: 'Bob', exact: true })
      .click();
    await box.fill('Hi Alice');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.element(box).toHaveValue('');
    await expect.element(page.getByRole('form', { name: 'Message to Alice & Bob' })).toHaveFocus();
    await expect
      .element(page.getByText('Bob sent a message to the chat “Alice & Bob”.'))
      .toBeVisible();
    await expect.element(page.getByRole('heading', { name: /Message 1 · From Bob/ })).toBeVisible();
  });

  it('leaves the text box on Escape without sending', async () => {
    await renderDemo(ChatPairDemo, 'chat-pair');
    const box = page.getByRole('textbox', { name: 'Message to Alice & Bob' });
    await box.fill('Not yet');
    await userEvent.keyboard('{Escape}');
    await expect.element(page.getByRole('form', { name: 'Message to Alice & Bob' })).toHaveFocus();
    await expect.element(box).toHaveValue('Not yet');
    await expect.element(page.getByText('No messages yet.')).toBeVisible();
  });

  it('refuses an empty message and says why', async () => {
    await renderDemo(ChatPairDemo, 'chat-pair');
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await expect.element(page.getByText('Type a message first.')).toBeVisible();
    await expect
      .element(page.getByRole('textbox', { name: 'Message to Alice & Bob' }))
      .toHaveAttribute('aria-invalid', 'true');
    await expect.element(page.getByText('No messages yet.')).toBeVisible();
  });

  it('starts over with new keys only after confirmation', async () => {
    await renderDemo(ChatPairDemo, 'chat-pair');
    await page.getByRole('textbox', { name: 'Message to Alice & Bob' }).fill('Keep me');
    await userEvent.keyboard('{Enter}');
    await expect.element(page.getByText('Keep me', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Start over with new keys' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start over with new keys?' });
    await expect.element(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect.element(page.getByText('Keep me', { exact: true })).toBeVisible();

    await page.getByRole('button', { name: 'Start over with new keys' }).click();
    await dialog.getByRole('button', { name: 'Start over' }).click();
    await expect
      .element(page.getByText('New keys were made: every chat is empty again.'))
      .toBeVisible();
    await expect.element(page.getByText('No messages yet.')).toBeVisible();
  });

  it('speaks French', async () => {
    await renderDemo(ChatPairDemo, 'chat-pair', 'fr');
    await page.getByRole('textbox', { name: /^Message pour «\s?Alice et Bob\s?»$/ }).fill('Salut');
    await page.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await expect.element(page.getByText(/^Messages lisibles par Bob\s:\s1 sur 1\.$/)).toBeVisible();
    await expect
      .element(page.getByRole('region', { name: 'Ce que voit le fournisseur' }))
      .toBeVisible();
  });
});
