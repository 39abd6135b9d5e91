// Everything cryptographic lives in this module. App.tsx loads it with a
// dynamic import(), so libsodium (about 150 KB of gzip JavaScript) arrives in
// its own chunk after the page has painted.
import { createKit, whoCanRead, type Party } from '@e2ee-kit/crypto-demo';
import { conversationMessages, seatsFromParties } from '@e2ee-kit/ui';

/** Alice and Bob chat; an access order adds a hidden ghost between two messages. */
export async function buildChat() {
  // A seed makes the keys repeatable, which suits a lesson and nothing else.
  const kit = await createKit({ seed: 'react-app' });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
  const bob = kit.device(provider, { user: 'bob', name: 'Bob' });
  alice.createConversation('chat', [bob]);

  const sent = [alice.send('chat', 'See you at 6?')];
  const ghost = kit.ghost(provider);
  provider.executeAccessOrder({ conversation: 'chat', ghost, suppressNotices: true, hidden: true });
  sent.push(bob.send('chat', 'Bring the leaflets.'));

  const parties: Party[] = [alice, bob, ghost, provider];
  return {
    seats: seatsFromParties(parties),
    // whoCanRead: every party really tries to decrypt every message.
    messages: conversationMessages(sent, { parties, directory: provider.directory, whoCanRead }),
  };
}

export type Chat = Awaited<ReturnType<typeof buildChat>>;
