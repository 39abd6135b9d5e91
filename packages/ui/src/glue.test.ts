import { createKit, whoCanRead, type Party } from '@e2ee-kit/crypto-demo';
import { describe, expect, test } from 'vitest';
import { conversationMessages, matrixRowsFromMessages, seatsFromParties } from './glue.js';

async function chatWithGhost() {
  const kit = await createKit({ seed: 'glue-test' });
  const provider = kit.provider('ChatCo');
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  alice.createConversation('chat', [bob]);
  const before = alice.send('chat', 'Before the order');
  const ghost = kit.ghost(provider);
  provider.executeAccessOrder({ conversation: 'chat', ghost });
  const after = bob.send('chat', 'After the order');
  const parties: Party[] = [alice, bob, ghost, provider];
  return { provider, alice, bob, ghost, parties, envelopes: [before, after] };
}

describe(seatsFromParties, () => {
  test('one plain seat per party, in order, with nothing but id, name and role', async () => {
    const { parties, ghost, provider } = await chatWithGhost();
    const seats = seatsFromParties(parties);
    expect(seats.map((s) => s.role)).toEqual(['member', 'member', 'ghost', 'provider']);
    expect(seats[2]).toStrictEqual({ id: ghost.id, name: ghost.name, role: 'ghost' });
    expect(seats[3]).toStrictEqual({ id: provider.id, name: provider.name, role: 'provider' });
  });
});

describe(conversationMessages, () => {
  test('names senders from the directory and reads each envelope by really decrypting', async () => {
    const { provider, ghost, parties, envelopes } = await chatWithGhost();
    const messages = conversationMessages(envelopes, {
      parties,
      directory: provider.directory,
      whoCanRead,
    });
    expect(messages.map((m) => m.senderName)).toEqual(['Alice', 'Bob']);
    expect(messages.map((m) => m.envelope)).toEqual(envelopes);
    const ghostReads = messages.map((m) => m.reports.find((r) => r.party.id === ghost.id));
    expect(ghostReads.map((r) => r?.canRead)).toEqual([false, true]);
    expect(ghostReads[1]).toMatchObject({ canRead: true, text: 'After the order' });
    const providerReads = messages.map((m) => m.reports.find((r) => r.party.id === provider.id));
    expect(providerReads.map((r) => r?.canRead)).toEqual([false, false]);
  });

  test('falls back to the user id when the directory does not list the sender', async () => {
    const { parties, envelopes } = await chatWithGhost();
    const messages = conversationMessages(envelopes, {
      parties,
      directory: { find: () => undefined },
      whoCanRead,
    });
    expect(messages.map((m) => m.senderName)).toEqual(['alice', 'bob']);
  });
});

describe(matrixRowsFromMessages, () => {
  test('keeps the reports and numbers the rows, or uses the given label', async () => {
    const { provider, parties, envelopes } = await chatWithGhost();
    const messages = conversationMessages(envelopes, {
      parties,
      directory: provider.directory,
      whoCanRead,
    });
    const rows = matrixRowsFromMessages(messages);
    expect(rows.map((r) => r.label)).toEqual(['Message 1', 'Message 2']);
    expect(rows[1]?.reports).toBe(messages[1]?.reports);
    const named = matrixRowsFromMessages(messages, (m, i) => `${i + 1}. ${m.senderName}`);
    expect(named.map((r) => r.label)).toEqual(['1. Alice', '2. Bob']);
  });
});
