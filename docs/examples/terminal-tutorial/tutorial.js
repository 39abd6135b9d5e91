// A ghost joins a chat. Run with `npm start`.
//
// Alice and Bob talk end to end. Then their provider obeys an access order: it
// adds a hidden "ghost" device to the chat and tells nobody. Every message sent
// after that is also encrypted for the ghost. Who can read each message is
// found by every party really trying to decrypt it with its own keys.
import { createKit, whoCanRead } from '@e2ee-kit/crypto-demo';

// A seed makes the keys repeatable, which suits a lesson and nothing else.
const kit = await createKit({ seed: 'terminal-tutorial' });
const provider = kit.provider('Messenger');
const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
const bob = kit.device(provider, { user: 'bob', name: 'Bob' });

alice.createConversation('chat', [bob]);
const before = alice.send('chat', 'See you at 6?');

// The access order: a device no member signed in, hidden from the member list,
// with the "new device" notices suppressed.
const ghost = kit.ghost(provider);
provider.executeAccessOrder({ conversation: 'chat', ghost, suppressNotices: true, hidden: true });
const after = bob.send('chat', 'Bring the leaflets.');

const parties = [alice, bob, ghost, provider];
for (const [label, envelope] of [
  ['before the access order', before],
  ['after the access order', after],
]) {
  const sender = provider.directory.device(envelope.header.senderDevice).name;
  console.log(`Message from ${sender}, sent ${label}:`);
  for (const report of whoCanRead(envelope, parties)) {
    const verdict = report.canRead ? `can read "${report.text}"` : 'cannot read it';
    console.log(`  ${report.party.name} ${verdict} (${report.reason})`);
  }
}

// What Alice's app shows her: the ghost is not on the list.
console.log(
  `Alice's member list: ${alice
    .visibleRoster('chat')
    .map((d) => d.name)
    .join(', ')}`,
);
