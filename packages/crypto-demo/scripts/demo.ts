/**
 * A terminal walkthrough of the kit: `npm run demo` (at the root or in this
 * package). Deterministic (seed "terminal-demo"), so it prints the same bytes
 * every time. Plain text, no colours.
 */
import {
  createKit,
  explain,
  toHex,
  whoCanRead,
  type Envelope,
  type Party,
  type ReadReport,
} from '../src/index.js';

const WIDTH = 78;

function heading(n: number, title: string): void {
  const line = `${n}. ${title}`;
  console.log(`\n${line}\n${'='.repeat(Math.min(WIDTH, line.length))}`);
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function readTable(label: string, envelope: Envelope, parties: readonly Party[]): ReadReport[] {
  const reports = whoCanRead(envelope, parties);
  console.log(`\nWho can read ${label}? (each party really tries to decrypt it)`);
  for (const r of reports) {
    const mark = r.canRead ? '✓ can read   ' : '✗ cannot read';
    const extra = r.canRead ? `  -> "${r.text}"` : '';
    console.log(
      `  ${mark}  ${pad(r.party.name, 10)} ${pad(`(${r.party.role})`, 19)} ${pad(r.reason, 16)}${extra}`.trimEnd(),
    );
  }
  return reports;
}

const time = (ms: number) => new Date(ms).toISOString().replace('T', ' ').replace('.000Z', ' UTC');

console.log('e2ee-kit: the ghost participant and key escrow, with real libsodium crypto');
console.log(
  'Deterministic seed "terminal-demo": the same keys and bytes on every run (teaching only).',
);

const kit = await createKit({ seed: 'terminal-demo' });
const provider = kit.provider('Messenger');

heading(1, 'Alice, Bob and Carol create a group');
const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
const bob = kit.device(provider, { user: 'bob', name: 'Bob' });
const carol = kit.device(provider, { user: 'carol', name: 'Carol', careful: true });
for (const d of [alice, bob, carol]) {
  console.log(
    `  ${pad(d.name, 6)} ${pad(d.id, 12)} X25519 public key ${toHex(d.bundle.agreementKey).slice(0, 16)}…`,
  );
}
alice.createConversation('friends', [bob, carol], { name: 'Friends' });
console.log(
  '  Alice creates "friends" and signs Bob and Carol into it. Carol runs a careful client:',
);
console.log("  it checks those signatures itself instead of trusting the provider's member list.");

heading(2, 'Messages');
const first = alice.send('friends', 'Did you watch the vote? 119 to 24!');
const second = bob.send('friends', 'Yes! Our messages stay private.');
for (const m of carol.receive().messages)
  console.log(`  Carol's screen  ${pad(m.from.name, 6)} ${m.text}`);

heading(3, 'What the provider sees');
const view = provider.view();
for (const m of view.messages) {
  const ciphertext = toHex(m.envelope.ciphertext.subarray(0, 12));
  console.log(
    `  #${m.index} ${time(m.sentAt)}  from ${pad(m.fromDevice, 12)} to ${m.to.join(', ')}\n` +
      `     ${m.ciphertextBytes} bytes of ciphertext: ${ciphertext}…  (${m.wire.length} characters on the wire)`,
  );
}
console.log(
  '  Who wrote to whom, when, and how long it was: yes. The words: no. It holds no private key.',
);

heading(4, 'The access order');
const ghost = kit.ghost(provider, { name: 'Ghost' });
const order = provider.executeAccessOrder({
  conversation: 'friends',
  ghost,
  suppressNotices: true,
  hidden: true,
});
console.log(
  `  ${time(order.at)}: the provider adds ${order.ghost} to "friends" without any member's signature,`,
);
console.log(
  `  hidden from the member list (hidden: ${order.hidden}) and with no notice (suppressNotices: ${order.suppressNotices}).`,
);
const third = alice.send('friends', 'Meet at the café at 6?');
console.log(
  `  Alice sends a new message. Her screen lists: ${alice
    .visibleRoster('friends')
    .map((b) => b.name)
    .join(', ')}.`,
);
console.log(`  Her app encrypted it for: ${third.wraps.map((w) => w.to).join(', ')}.`);

heading(5, 'The ghost reads only what comes after');
const everyone: Party[] = [alice, bob, carol, ghost, provider];
readTable('message #1 (before the order)', first, everyone);
readTable('message #3 (after the order)', third, everyone);
console.log(
  "\n  No key was broken: Alice's app simply locked one more copy of the message key, for the ghost.",
);

heading(6, 'Suppressed notices');
const suppressed = alice.notices('friends').filter((n) => !n.shown);
for (const n of suppressed) {
  console.log(
    `  Alice's app recorded "${n.kind}: ${n.name} (${n.device})" but was told not to show it.`,
  );
}
console.log(
  `  Bob's screen lists: ${bob
    .visibleRoster('friends')
    .map((b) => b.name)
    .join(', ')}. Nothing looks wrong.`,
);

heading(7, "Carol's careful client catches the ghost");
const check = carol.verifyRoster('friends');
for (const e of check.entries) {
  console.log(`  ${e.status === 'listed' ? '✓' : '✗'} ${pad(e.device, 14)} ${e.status}`);
}
console.log(
  `  Roster check: ${check.ok ? 'nothing hidden' : `NO: ${check.unverified.length} device the provider hides from the list`}.`,
);
const opened = carol.open(alice.send('friends', 'Did everyone get the leaflets?'));
console.log(
  `  Carol opens Alice's next message; it was also encrypted for: ${opened.unexpectedRecipients.join(', ') || 'nobody else'}.`,
);

heading(8, 'The same order against a member-signed group');
alice.createConversation('signed', [bob, carol], { mode: 'member-signed' });
provider.executeAccessOrder({ conversation: 'signed', ghost });
readTable('a message in the member-signed group', alice.send('signed', 'Only us three?'), [
  alice,
  bob,
  carol,
  ghost,
]);
console.log(
  "\n  The provider's list is ignored: only commits signed by a member change this roster.",
);
provider.orderClientUpdate({ conversation: 'signed', device: bob, ghost });
console.log(
  "  The order now pushes an update to Bob's app, which signs the ghost in and hides it from Bob.",
);
readTable('the next message', alice.send('signed', 'Still only us?'), [alice, bob, carol, ghost]);
for (const member of [alice, bob]) {
  const seen = member.notices('signed').filter((n) => n.shown && n.device === ghost.id);
  console.log(
    `  ${member.name}'s app shows: ${seen.map((n) => `"${n.device} added by ${n.by}"`).join(', ') || 'nothing'}`,
  );
}

const tablet = kit.ghost(provider, { disguisedAs: { user: 'bob', name: 'Bob' } });
provider.executeAccessOrder({ conversation: 'friends', ghost: tablet });
const aliceSees = alice.safetyNumberWith('bob').text;
const bobSees = bob.safetyNumberWith('alice').text;
console.log(`\n  The provider also slips a ghost in as one of Bob's devices, "${tablet.id}".`);
console.log('  Alice and Bob compare safety numbers in person:');
console.log(`    Alice's phone: ${aliceSees}`);
console.log(`    Bob's phone:   ${bobSees}`);
console.log(
  `    ${aliceSees === bobSees ? 'They match.' : "They differ: a device with another identity key claims to be Bob's."}`,
);

heading(9, 'Key escrow, and Mallory');
const agency = kit.escrowAuthority({ name: 'Agency' });
provider.mandateEscrow(agency);
const escrowed = bob.send('friends', 'Escrow is on now. Is this still private?');
console.log(
  `  The provider makes every client also lock each message key for "${agency.escrowKey.id}".`,
);
console.log(`  Bob's message went to: ${escrowed.wraps.map((w) => w.to).join(', ')}`);
const mallory = kit.thief({ name: 'Mallory' });
mallory.steal(agency);
console.log("  Mallory copies the agency's master key. The agency notices nothing.");
readTable("Bob's escrowed message", escrowed, [agency, mallory, ghost, provider]);
const escrowedLater = alice.send('friends', 'Thank goodness nobody else can read this.');
const stolen = whoCanRead(escrowedLater, [mallory])[0];
console.log(
  `\n  And every message after it: Mallory reads "${stolen?.canRead ? stolen.text : '?'}"`,
);
const early = whoCanRead(second, [mallory])[0];
// explain() writes the English sentence for a report: fine in a terminal
// walkthrough; the lesson translates `reason` instead.
console.log(`  Messages sent before escrow stay closed to her. Message #2:`);
console.log(`  ${early ? explain(early) : '?'}`);

console.log('\nOne master key for "the good guys" is one key to steal. A client that trusts the');
console.log("provider's member list will encrypt for whoever the provider adds.");
