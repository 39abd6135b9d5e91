import { describe, expect, it } from 'vitest';
import type { Envelope } from './envelope.js';
import { ReplayedMessageError } from './errors.js';
import { createKit } from './kit.js';
import { Trace } from './trace.js';
import { explain, whoCanRead } from './who-can-read.js';

async function world() {
  const kit = await createKit({ seed: 'who-can-read-tests' });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
  const bob = kit.device(provider, { user: 'bob', name: 'Bob' });
  const carol = kit.device(provider, { user: 'carol', name: 'Carol' });
  const ghost = kit.ghost(provider);
  const agency = kit.escrowAuthority({ name: 'Agency' });
  const mallory = kit.thief({ name: 'Mallory' });
  alice.createConversation('chat', [bob]);
  provider.executeAccessOrder({ conversation: 'chat', ghost });
  provider.mandateEscrow(agency);
  mallory.steal(agency);
  const parties = [alice, bob, carol, ghost, provider, agency, mallory];
  return { kit, provider, alice, bob, carol, ghost, agency, mallory, parties };
}

describe(whoCanRead.name, () => {
  it('answers in party order, with codes and data only', async () => {
    const { alice, parties } = await world();
    const envelope = alice.send('chat', 'who sees this?');
    const reports = whoCanRead(envelope, parties);
    expect(reports.map((r) => [r.party.name, r.party.role, r.canRead, r.reason])).toEqual([
      ['Alice', 'member', true, 'member'],
      ['Bob', 'member', true, 'member'],
      ['Carol', 'member', false, 'not-a-recipient'],
      ['Ghost', 'ghost', true, 'ghost'],
      ['Messenger', 'provider', false, 'holds-no-keys'],
      ['Agency', 'escrow-authority', true, 'escrow-key'],
      ['Mallory', 'thief', true, 'stolen-key'],
    ]);
    expect(reports.map((r) => r.party.id)).toEqual(parties.map((p) => p.id));
    for (const r of reports) {
      expect(r).not.toHaveProperty('explanation');
      expect(r.wrapCount).toBe(envelope.wraps.length);
      expect(explain(r)).toContain(r.party.name);
      if (r.canRead) expect(r.text).toBe('who sees this?');
    }
    const carol = reports.find((r) => r.party.name === 'Carol');
    expect(carol && explain(carol)).toContain(`none of the ${envelope.wraps.length} locked copies`);
    // Reversed input, reversed answer.
    expect(whoCanRead(envelope, [...parties].reverse()).map((r) => r.party.id)).toEqual(
      parties.map((p) => p.id).reverse(),
    );
  });

  it('the provider never reads: it holds no keys, whatever it relays', async () => {
    const { alice, bob, provider } = await world();
    const texts = ['the door code is 4711', 'the safe is behind the painting'];
    const envelopes = [alice.send('chat', texts[0] ?? ''), bob.send('chat', texts[1] ?? '')];
    for (const envelope of envelopes) {
      const [report] = whoCanRead(envelope, [provider]);
      expect(report).toMatchObject({ canRead: false, reason: 'holds-no-keys' });
      expect(report).not.toHaveProperty('text');
    }
    // What the provider stores is ciphertext: the plaintext is nowhere in its view.
    const view = JSON.stringify(provider.view().messages.map((m) => m.wire));
    for (const text of texts) expect(view).not.toContain(text);
    expect(provider.view().messages.map((m) => m.ciphertextBytes)).toEqual(
      texts.map((t) => t.length + 16),
    );
  });

  it('one flipped ciphertext byte reads as “tampered” for members, ghost, escrow', async () => {
    const { alice, parties } = await world();
    const envelope = alice.send('chat', 'do not touch');
    const ciphertext = envelope.ciphertext.slice();
    ciphertext[3] = (ciphertext[3] ?? 0) ^ 0x40;
    const tampered: Envelope = { ...envelope, ciphertext };
    const reports = whoCanRead(tampered, parties);
    expect(reports.map((r) => [r.party.name, r.canRead, r.reason])).toEqual([
      ['Alice', false, 'tampered'],
      ['Bob', false, 'tampered'],
      ['Carol', false, 'tampered'],
      ['Ghost', false, 'tampered'],
      ['Messenger', false, 'holds-no-keys'],
      ['Agency', false, 'tampered'],
      ['Mallory', false, 'tampered'],
    ]);
    // The original is untouched and still readable.
    expect(whoCanRead(envelope, parties).filter((r) => r.canRead)).toHaveLength(5);
  });

  it('trying changes no state: after whoCanRead, bob.open succeeds exactly once', async () => {
    const { alice, bob, parties } = await world();
    const envelope = alice.send('chat', 'once');
    for (let i = 0; i < 3; i++) whoCanRead(envelope, parties);
    expect(bob.messages()).toEqual([]);
    expect(bob.open(envelope).text).toBe('once');
    expect(() => bob.open(envelope)).toThrow(ReplayedMessageError);
    // And trying after the open still reads it.
    expect(whoCanRead(envelope, [bob])[0]).toMatchObject({ canRead: true, text: 'once' });
  });

  it('records what each party tried in a trace', async () => {
    const { alice, bob, provider, agency } = await world();
    const envelope = alice.send('chat', 'traced');
    const trace = new Trace();
    whoCanRead(envelope, [bob, provider, agency], { trace });
    expect(trace.events.map((e) => `${e.step}:${e.party}`)).toEqual([
      'verify:bob/phone',
      'unwrap:bob/phone',
      'decrypt:bob/phone',
      // The agency checks the sender's signature too (docs/protocol.md §11.2); the check is shared.
      'verify:agency',
      'unwrap:agency',
      'decrypt:agency',
    ]);
    expect(trace.ofStep('decrypt').map((e) => e.text)).toEqual(['traced', 'traced']);
  });
});
