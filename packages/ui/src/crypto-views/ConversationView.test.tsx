import { createKit, whoCanRead, type Envelope } from '@e2ee-kit/crypto-demo';
import { userEvent } from 'vitest/browser';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario, partyIds } from '../fixtures/scenario.js';
import { bytesToHex } from '../primitives/bytes-encoding.js';
import { ConversationView, reportFor } from './ConversationView.js';

describe(reportFor, () => {
  test('finds the seat’s own report, by party id', async () => {
    const scenario = await loadScenario();
    const message = scenario.messages[2];
    if (!message) throw new Error('missing message 3');
    expect(reportFor(message, partyIds.ghost)).toMatchObject({ canRead: true, reason: 'ghost' });
    expect(reportFor(message, partyIds.provider)).toMatchObject({
      canRead: false,
      reason: 'holds-no-keys',
    });
    expect(reportFor(message, 'nobody')).toBeUndefined();
  });
});

describe(ConversationView, () => {
  test('shows text exactly where the seat’s real attempt opened the message, ciphertext elsewhere', async () => {
    const scenario = await loadScenario();
    const screen = await render(
      <ConversationView
        messages={scenario.messages}
        seats={scenario.seats}
        selectedSeat={partyIds.ghost}
        onSelectSeat={() => undefined}
      />,
    );
    const items = screen.getByRole('listitem').all();
    expect(items).toHaveLength(scenario.messages.length);
    scenario.messages.forEach((message, i) => {
      const report = reportFor(message, partyIds.ghost);
      const item = items[i]?.element();
      expect(item?.getAttribute('data-readable')).toBe(String(report?.canRead));
      if (report?.canRead) {
        expect(item?.textContent).toContain(report.text);
      } else {
        expect(item?.textContent).toContain('Encrypted: you cannot read this');
        expect(item?.textContent).toContain(bytesToHex(message.envelope.ciphertext.subarray(0, 8)));
      }
    });
  });

  test('a member cannot read an envelope altered on the way', async () => {
    const kit = await createKit({ seed: 'conversation-view-test' });
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    alice.createConversation('chat', [bob]);
    const sent = alice.send('chat', 'Original');
    const ciphertext = sent.ciphertext.slice();
    ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
    const altered: Envelope = { ...sent, ciphertext };
    const parties = [alice, bob];
    const screen = await render(
      <ConversationView
        messages={[
          { envelope: sent, senderName: 'Alice', reports: whoCanRead(sent, parties) },
          { envelope: altered, senderName: 'Alice', reports: whoCanRead(altered, parties) },
        ]}
        seats={parties.map(({ id, name, role }) => ({ id, name, role }))}
        selectedSeat={bob.id}
        onSelectSeat={() => undefined}
      />,
    );
    await expect.element(screen.getByText('Original')).toBeVisible();
    await expect.element(screen.getByText('Why not: the message was altered')).toBeVisible();
    await expect.element(screen.getByText('Bob can read 1 of 2 messages.')).toBeVisible();
  });

  test('one click or one arrow key picks a seat', async () => {
    const scenario = await loadScenario();
    const onSelectSeat = vi.fn<(id: string) => void>();
    const screen = await render(
      <ConversationView
        messages={scenario.messages}
        seats={scenario.seats}
        selectedSeat={partyIds.bob}
        onSelectSeat={onSelectSeat}
      />,
    );
    await userEvent.click(screen.getByRole('radio', { name: /mallory/i }));
    expect(onSelectSeat).toHaveBeenLastCalledWith(partyIds.mallory);
    await userEvent.click(screen.getByRole('radio', { name: /bob/i }));
    await userEvent.keyboard('{ArrowRight}');
    expect(onSelectSeat).toHaveBeenLastCalledWith(partyIds.carol);
    await expect.element(screen.getByRole('group', { name: 'Read the chat as' })).toBeVisible();
  });
});
