import { describe, expect, it } from 'vitest';
import type { Device } from './device.js';
import type { Envelope } from './envelope.js';
import { EscrowAuthority, Thief } from './escrow.js';
import { createKit } from './kit.js';
import { explain, whoCanRead } from './who-can-read.js';

async function town(seed = 'escrow-tests') {
  const kit = await createKit({ seed });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  const carol = kit.device(provider, { user: 'carol' });
  const dave = kit.device(provider, { user: 'dave' });
  alice.createConversation('family', [bob, carol]);
  dave.createConversation('work', [carol, bob]);
  const agency = kit.escrowAuthority();
  const mallory = kit.thief();
  return { kit, provider, alice, bob, carol, dave, agency, mallory };
}

type Sent = { envelope: Envelope; text: string };

function one<T>(items: readonly T[]): T {
  expect(items).toHaveLength(1);
  return items[0] as T;
}

function chatter(lines: [Device, string, string][]): Sent[] {
  return lines.map(([who, conversation, text]) => ({
    envelope: who.send(conversation, text),
    text,
  }));
}

describe(EscrowAuthority.name, () => {
  it('after mandateEscrow, the authority reads every message of every conversation', async () => {
    const { provider, alice, bob, carol, dave, agency } = await town();
    provider.mandateEscrow(agency);
    expect(provider.escrowKeys().map((k) => k.id)).toEqual(['agency']);
    const sent = chatter([
      [alice, 'family', 'dinner at 8'],
      [dave, 'work', 'quarterly numbers attached'],
      [bob, 'family', 'I bring dessert'],
      [carol, 'work', 'the numbers look wrong'],
      [carol, 'family', 'vegetarian please'],
    ]);
    for (const { envelope, text } of sent) {
      expect(envelope.wraps.at(-1)?.to).toBe('escrow:agency');
      expect(whoCanRead(envelope, [agency])[0]).toMatchObject({
        canRead: true,
        reason: 'escrow-key',
        text,
        via: 'escrow:agency',
      });
    }
  });

  it('without escrow mandated, the authority reads nothing', async () => {
    const { alice, dave, agency } = await town();
    const sent = chatter([
      [alice, 'family', 'dinner at 8'],
      [dave, 'work', 'numbers'],
    ]);
    for (const { envelope } of sent) {
      expect(envelope.wraps.some((w) => w.to.startsWith('escrow:'))).toBe(false);
      expect(whoCanRead(envelope, [agency])[0]).toMatchObject({
        canRead: false,
        reason: 'not-a-recipient',
      });
    }
  });

  it('another authority’s key does not open messages escrowed to the first', async () => {
    const { kit, provider, alice, agency } = await town();
    const other = kit.escrowAuthority({ id: 'other-agency', name: 'Other agency' });
    provider.mandateEscrow(agency);
    const { envelope } = one(chatter([[alice, 'family', 'hello']]));
    const [first, second] = whoCanRead(envelope, [agency, other]);
    expect(first?.canRead).toBe(true);
    expect(second).toMatchObject({ canRead: false, reason: 'not-a-recipient' });
  });
});

describe(Thief.name, () => {
  it('after the theft, the thief reads every escrowed message, past ones too', async () => {
    const { provider, alice, bob, carol, dave, agency, mallory } = await town();
    const unescrowed = one(chatter([[alice, 'family', 'before the law']]));
    provider.mandateEscrow(agency);
    const past = chatter([
      [alice, 'family', 'dinner at 8'],
      [dave, 'work', 'quarterly numbers'],
      [bob, 'work', 'salary list'],
    ]);
    // Before the theft, mallory holds nothing.
    expect(mallory.heldKeys()).toEqual([]);
    for (const { envelope } of past) {
      expect(whoCanRead(envelope, [mallory])[0]).toMatchObject({
        canRead: false,
        reason: 'holds-no-keys',
      });
    }

    mallory.steal(agency);
    expect(mallory.heldKeys()).toEqual(['agency']);
    const future = chatter([
      [carol, 'family', 'new door code 4711'],
      [dave, 'work', 'merger is on'],
    ]);
    for (const { envelope, text } of [...past, ...future]) {
      const [report] = whoCanRead(envelope, [mallory]);
      expect(report).toMatchObject({ canRead: true, reason: 'stolen-key', text });
      expect(report && explain(report)).toContain('Mallory');
    }
    // Messages from before the mandate were never wrapped to the escrow key.
    const reports = whoCanRead(unescrowed.envelope, [mallory, agency]);
    expect(reports.map((r) => [r.canRead, r.reason])).toEqual([
      [false, 'not-a-recipient'],
      [false, 'not-a-recipient'],
    ]);
  });

  it('a thief who has not stolen the key reads nothing', async () => {
    const { provider, alice, dave, agency, mallory } = await town();
    provider.mandateEscrow(agency);
    for (const { envelope } of chatter([
      [alice, 'family', 'a'],
      [dave, 'work', 'b'],
    ])) {
      expect(whoCanRead(envelope, [mallory])[0]).toMatchObject({
        canRead: false,
        reason: 'holds-no-keys',
      });
    }
  });
});

describe('ghost and escrow together', () => {
  it('the ghost reads its conversation from its join; the escrow holder reads all', async () => {
    const { kit, provider, alice, bob, carol, dave, agency } = await town();
    const ghost = kit.ghost(provider);
    provider.mandateEscrow(agency);
    const beforeJoin = chatter([
      [alice, 'family', 'f1'],
      [dave, 'work', 'w1'],
    ]);
    provider.executeAccessOrder({ conversation: 'family', ghost });
    const afterJoin = chatter([
      [bob, 'family', 'f2'],
      [carol, 'work', 'w2'],
      [alice, 'family', 'f3'],
    ]);

    const table = [...beforeJoin, ...afterJoin].map(({ envelope, text }) => {
      const [g, a] = whoCanRead(envelope, [ghost, agency]);
      expect(a).toMatchObject({ canRead: true, reason: 'escrow-key', text });
      if (g?.canRead) expect(g.text).toBe(text);
      return `${text}:${String(g?.canRead)}`;
    });
    expect(table).toEqual(['f1:false', 'w1:false', 'f2:true', 'w2:false', 'f3:true']);
  });
});
