import { describe, expect, it } from 'vitest';
import { toBase64url } from './bytes.js';
import type { Envelope } from './envelope.js';
import {
  E2eeKitError,
  InvalidArgumentError,
  WeakKeyError,
  NotAMemberError,
  NotARecipientError,
  ReplayedMessageError,
  SenderKeyMismatchError,
  TamperedEnvelopeError,
  UnknownConversationError,
  UnknownParticipantError,
} from './errors.js';
import { createKit, type Kit } from './kit.js';
import { Trace } from './trace.js';
import { whoCanRead } from './who-can-read.js';
import { parseEnvelope, serializeEnvelope } from './wire.js';

async function group(seed = 'device-tests') {
  const kit = await createKit({ seed });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice', name: 'Alice' });
  const bob = kit.device(provider, { user: 'bob', name: 'Bob' });
  const carol = kit.device(provider, { user: 'carol', name: 'Carol' });
  const dave = kit.device(provider, { user: 'dave', name: 'Dave' });
  return { kit, provider, alice, bob, carol, dave };
}

/** The same envelope with one byte of the ciphertext flipped. */
function flipCiphertext(envelope: Envelope): Envelope {
  const ciphertext = envelope.ciphertext.slice();
  ciphertext[0] = (ciphertext[0] ?? 0) ^ 1;
  return { ...envelope, ciphertext };
}

/** Calls `fn` and returns what it threw. */
function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('Device.send', () => {
  it('1:1: bob opens what alice sent, and alice what bob answered', async () => {
    const { alice, bob } = await group();
    alice.createConversation('dm', [bob]);
    const first = alice.send('dm', 'Salut Bob');
    expect(first.wraps.map((w) => w.to)).toEqual(['alice/phone', 'bob/phone']);
    const inbox = bob.receive();
    expect(inbox.refused).toEqual([]);
    expect(inbox.messages.map((m) => [m.from.user, m.counter, m.text])).toEqual([
      ['alice', 1, 'Salut Bob'],
    ]);

    bob.send('dm', 'Salut Alice');
    expect(alice.receive().messages.map((m) => m.text)).toEqual(['Salut Alice']);
    expect(bob.messages('dm').map((m) => m.text)).toEqual(['Salut Bob']);
  });

  it('group: every member opens every other member’s message, in order', async () => {
    const { alice, bob, carol, dave } = await group();
    alice.createConversation('club', [bob, carol, dave], { name: 'Book club' });
    alice.send('club', 'one');
    bob.send('club', 'two');
    carol.send('club', 'three');
    alice.send('club', 'four');
    expect(dave.receive().messages.map((m) => `${m.from.name}:${m.counter}:${m.text}`)).toEqual([
      'Alice:1:one',
      'Bob:1:two',
      'Carol:1:three',
      'Alice:2:four',
    ]);
    expect(alice.receive().messages.map((m) => m.text)).toEqual(['two', 'three']);
    expect(bob.receive().messages.map((m) => m.text)).toEqual(['one', 'three', 'four']);
  });

  it('the sender can read its own message (whoCanRead tries its key too)', async () => {
    const { alice, bob, provider } = await group();
    alice.createConversation('dm', [bob]);
    const envelope = alice.send('dm', 'note to self too');
    const [mine] = whoCanRead(envelope, [alice]);
    expect(mine).toMatchObject({
      canRead: true,
      reason: 'member',
      text: 'note to self too',
      via: 'alice/phone',
    });
    // The provider does not queue the sender's own copy.
    expect(provider.collect(alice.id)).toEqual([]);
  });

  it('a non-member cannot send: NotAMemberError, and nothing is relayed', async () => {
    const { alice, bob, dave, provider } = await group();
    alice.createConversation('dm', [bob]);
    const error = thrown(() => dave.send('dm', 'let me in'));
    expect(error).toBeInstanceOf(NotAMemberError);
    expect(error).toMatchObject({ code: 'not-a-member', device: 'dave/phone', conversation: 'dm' });
    expect(provider.relayLog()).toHaveLength(0);
    expect(thrown(() => dave.send('nowhere', 'x'))).toBeInstanceOf(UnknownConversationError);
  });

  it('a removed member cannot read later messages, but still reads earlier ones', async () => {
    const { alice, bob, carol } = await group();
    alice.createConversation('club', [bob, carol]);
    bob.sync('club');
    const before = alice.send('club', 'before');
    alice.removeMember('club', carol);
    const after = alice.send('club', 'after');
    bob.send('club', 'after, from bob');

    const inbox = carol.receive();
    expect(inbox.messages.map((m) => m.text)).toEqual(['before']);
    expect(inbox.refused).toEqual([]);
    expect(after.wraps.map((w) => w.to)).toEqual(['alice/phone', 'bob/phone']);
    expect(thrown(() => carol.open(after))).toBeInstanceOf(NotARecipientError);
    expect(whoCanRead(before, [carol])[0]).toMatchObject({ canRead: true, text: 'before' });
    expect(whoCanRead(after, [carol])[0]).toMatchObject({
      canRead: false,
      reason: 'not-a-recipient',
    });
    expect(bob.receive().messages.map((m) => m.text)).toEqual(['before', 'after']);
    expect(thrown(() => carol.send('club', 'still here?'))).toBeInstanceOf(NotAMemberError);
    expect(bob.notices('club').filter((n) => n.kind === 'member-removed')).toMatchObject([
      { device: 'carol/phone', shown: true },
    ]);
  });

  it('the members a conversation was created with are no news; a later addition is', async () => {
    const { alice, bob, carol, dave } = await group();
    alice.createConversation('club', [bob, carol]);
    expect(bob.sync('club')).toEqual([]);
    alice.addMember('club', dave);
    expect(bob.sync('club')).toMatchObject([
      { kind: 'member-added', device: 'dave/phone', shown: true },
    ]);
    expect(carol.sync('club')).toMatchObject([{ kind: 'member-added', device: 'dave/phone' }]);
  });
});

describe('Device.open', () => {
  it('refuses a replay, and the refused copy changes nothing', async () => {
    const { alice, bob, provider } = await group();
    alice.createConversation('dm', [bob]);
    const first = alice.send('dm', 'first');
    expect(bob.open(first).text).toBe('first');

    const error = thrown(() => bob.open(first));
    expect(error).toBeInstanceOf(ReplayedMessageError);
    expect(error).toMatchObject({ code: 'replayed', sender: 'alice/phone', counter: 1 });

    // The relayed copy is still queued: it is the delivery bob already opened, not a replay.
    const queued = bob.receive();
    expect(queued.messages).toEqual([]);
    expect(queued.refused).toEqual([]);

    // The network delivers the same envelope again, then a new one arrives.
    provider.deliver(bob.id, first);
    alice.send('dm', 'second');
    const inbox = bob.receive();
    expect(inbox.messages.map((m) => m.text)).toEqual(['second']);
    expect(inbox.refused).toHaveLength(1);
    expect(inbox.refused[0]?.error).toBeInstanceOf(ReplayedMessageError);
    expect(bob.messages('dm').map((m) => m.text)).toEqual(['first', 'second']);
  });

  it('a tampered copy refused first does not block the genuine one', async () => {
    const { alice, bob } = await group();
    alice.createConversation('dm', [bob]);
    const genuine = alice.send('dm', 'genuine');
    expect(thrown(() => bob.open(flipCiphertext(genuine)))).toBeInstanceOf(TamperedEnvelopeError);
    expect(bob.open(genuine).text).toBe('genuine');
  });

  it('an outsider gets NotARecipientError', async () => {
    const { alice, bob, dave } = await group();
    alice.createConversation('dm', [bob]);
    const envelope = alice.send('dm', 'private');
    const error = thrown(() => dave.open(envelope));
    expect(error).toBeInstanceOf(NotARecipientError);
    expect(error).toMatchObject({ code: 'not-a-recipient', device: 'dave/phone' });
  });

  it('an envelope from a device the directory does not know: UnknownParticipantError', async () => {
    const { kit, alice, bob } = await group();
    alice.createConversation('dm', [bob]);
    // Eve uses another messenger, so bob's directory does not list her.
    const elsewhere = kit.provider('Elsewhere');
    const eve = kit.device(elsewhere, { user: 'eve' });
    const eveFriend = kit.device(elsewhere, { user: 'bob', device: 'bob/phone' });
    eve.createConversation('dm', [eveFriend]);
    const foreign = eve.send('dm', 'hi from nowhere');
    const error = thrown(() => bob.open(foreign));
    expect(error).toBeInstanceOf(UnknownParticipantError);
    expect(error).toMatchObject({ code: 'unknown-participant', participant: 'eve/phone' });
  });

  it('an envelope whose sender key is swapped: SenderKeyMismatchError', async () => {
    const { alice, bob, carol } = await group();
    alice.createConversation('club', [bob, carol]);
    const envelope = alice.send('club', 'from alice');
    const swapped: Envelope = {
      ...envelope,
      header: { ...envelope.header, senderKey: carol.bundle.agreementKey },
    };
    const error = thrown(() => bob.open(swapped));
    expect(error).toBeInstanceOf(SenderKeyMismatchError);
    expect(error).toMatchObject({ code: 'sender-key-mismatch', sender: 'alice/phone' });
    // Claiming another user for the same device is refused the same way.
    const otherUser: Envelope = {
      ...envelope,
      header: { ...envelope.header, senderUser: 'carol' },
    };
    expect(thrown(() => bob.open(otherUser))).toBeInstanceOf(SenderKeyMismatchError);
    expect(bob.open(envelope).text).toBe('from alice');
  });

  it('an envelope signed by someone else is refused as tampered (signature)', async () => {
    const { alice, bob, carol } = await group();
    alice.createConversation('club', [bob, carol]);
    const real = alice.send('club', 'from alice');
    const fromCarol = carol.send('club', 'from carol');
    const forged: Envelope = { ...real, signature: fromCarol.signature };
    expect(thrown(() => bob.open(forged))).toMatchObject({ code: 'tampered', part: 'signature' });
  });
});

describe('Device.receive', () => {
  it('returns the good envelopes in messages and the bad one in refused, losing nothing', async () => {
    const { alice, bob, carol, provider } = await group();
    alice.createConversation('club', [bob, carol]);
    alice.send('club', 'one');
    const two = carol.send('club', 'two');
    provider.deliver(bob.id, flipCiphertext(two));
    alice.send('club', 'three');

    const { messages, refused } = bob.receive();
    expect(messages.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    expect(refused).toHaveLength(1);
    const bad = refused[0];
    expect(bad?.error).toBeInstanceOf(TamperedEnvelopeError);
    expect(bad?.error).toBeInstanceOf(E2eeKitError);
    expect(bad?.error).toMatchObject({ code: 'tampered', part: 'signature' });
    expect((bad?.envelope as Envelope).header.counter).toBe(1);
    expect((bad?.envelope as Envelope).header.senderDevice).toBe('carol/phone');
    // Everything was handed over once: the queue is empty now.
    expect(bob.receive()).toEqual({ messages: [], refused: [] });
  });
});

describe(createKit.name, () => {
  function scenario(kit: Kit): string[] {
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    const ghost = kit.ghost(provider);
    alice.createConversation('chat', [bob]);
    const wires = [serializeEnvelope(alice.send('chat', 'hello'))];
    provider.executeAccessOrder({ conversation: 'chat', ghost });
    provider.mandateEscrow(kit.escrowAuthority());
    wires.push(
      serializeEnvelope(bob.send('chat', 'hi')),
      serializeEnvelope(alice.send('chat', 'bye')),
    );
    return wires;
  }

  it('refuses, when they are made, ids that an envelope could not carry (over 128 UTF-8 bytes)', async () => {
    const { kit, provider, alice, bob } = await group();
    // 65 characters, 130 bytes: accepted by a character count, refused by the wire format.
    expect(thrown(() => kit.device(provider, { user: 'é'.repeat(65) }))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(
      thrown(() => kit.device(provider, { user: 'u', device: 'd'.repeat(129) })),
    ).toMatchObject({
      code: 'invalid-argument',
    });
    expect(() => {
      alice.createConversation('c'.repeat(129), [bob]);
    }).toThrow(InvalidArgumentError);
    expect(() => {
      alice.createConversation('', [bob]);
    }).toThrow(InvalidArgumentError);
    // At the limit everything works end to end, through the wire.
    const max = kit.device(provider, { user: 'max', device: 'm'.repeat(128) });
    max.createConversation('é'.repeat(64), [bob]);
    const wire = serializeEnvelope(max.send('é'.repeat(64), 'at the limit'));
    expect(bob.open(parseEnvelope(wire)).text).toBe('at the limit');
  });

  it('deterministic mode: the same seed gives byte-identical envelopes', async () => {
    const a = scenario(await createKit({ seed: 'lesson' }));
    const b = scenario(await createKit({ seed: 'lesson' }));
    expect(a).toHaveLength(3);
    expect(b).toEqual(a);
    const c = scenario(await createKit({ seed: new TextEncoder().encode('lesson') }));
    expect(c).toEqual(a);
  });

  it('deterministic mode: different seeds give different envelopes', async () => {
    const a = scenario(await createKit({ seed: 'lesson' }));
    const b = scenario(await createKit({ seed: 'lesson2' }));
    for (let i = 0; i < a.length; i++) expect(b[i]).not.toBe(a[i]);
  });

  it('without a seed, keys and envelopes differ every time', async () => {
    const k1 = await createKit();
    const k2 = await createKit();
    expect(k1.deterministic).toBe(false);
    const p1 = k1.provider();
    const p2 = k2.provider();
    const a1 = k1.device(p1, { user: 'alice' });
    const a2 = k2.device(p2, { user: 'alice' });
    const a3 = k1.device(p1, { user: 'alice', device: 'alice/laptop' });
    const keys = [a1, a2, a3].map(
      (d) => toBase64url(d.bundle.signingKey) + toBase64url(d.bundle.agreementKey),
    );
    expect(new Set(keys).size).toBe(3);
    const w1 = scenario(k1);
    const w2 = scenario(k2);
    for (let i = 0; i < w1.length; i++) expect(w2[i]).not.toBe(w1[i]);
  });
});

describe(Trace.name, () => {
  it('a traced send records each step, with the bytes that are in the envelope', async () => {
    const { kit, provider, alice, bob, carol } = await group();
    alice.createConversation('club', [bob, carol]);
    const ghost = kit.ghost(provider);
    provider.executeAccessOrder({ conversation: 'club', ghost });
    const trace = new Trace();
    const envelope = alice.send('club', 'traced', { trace });

    expect(trace.events.map((e) => e.step)).toEqual([
      'draw-message-key',
      'encrypt',
      'wrap',
      'wrap',
      'wrap',
      'wrap',
      'sign',
      'relay',
    ]);
    const wraps = trace.ofStep('wrap');
    expect(wraps.map((w) => [w.to, w.shownToSender, w.kind])).toEqual([
      ['alice/phone', true, 'device'],
      ['bob/phone', true, 'device'],
      ['carol/phone', true, 'device'],
      ['ghost/agency', false, 'device'],
    ]);
    expect(wraps.map((w) => w.wrappedKey)).toEqual(envelope.wraps.map((w) => w.key));
    expect(wraps.map((w) => w.nonce)).toEqual(envelope.wraps.map((w) => w.nonce));
    expect(wraps[3]?.recipientKey).toEqual(ghost.bundle.agreementKey);

    const [encrypt] = trace.ofStep('encrypt');
    expect(encrypt?.nonce).toEqual(envelope.nonce);
    expect(encrypt?.ciphertext).toEqual(envelope.ciphertext);
    expect(new TextDecoder().decode(encrypt?.plaintext)).toBe('traced');
    const [sign] = trace.ofStep('sign');
    expect(sign?.signature).toEqual(envelope.signature);
    const [relay] = trace.ofStep('relay');
    expect(relay).toMatchObject({ from: 'alice/phone', size: envelope.ciphertext.length });
    expect(relay?.to).toEqual(['alice/phone', 'bob/phone', 'carol/phone', 'ghost/agency']);

    // The traced message key really is the key: the ghost's trace of opening shows the same one.
    const [draw] = trace.ofStep('draw-message-key');
    const opened = new Trace();
    expect(ghost.tryRead(envelope, { trace: opened })).toMatchObject({
      canRead: true,
      text: 'traced',
    });
    expect(opened.ofStep('unwrap')[0]?.messageKey).toEqual(draw?.messageKey);
  });

  it('a traced open records verify, unwrap and decrypt, with the plaintext', async () => {
    const { alice, bob } = await group();
    alice.createConversation('dm', [bob]);
    const envelope = alice.send('dm', 'open me');
    const trace = new Trace();
    expect(bob.open(envelope, { trace }).text).toBe('open me');
    expect(trace.events.map((e) => e.step)).toEqual(['verify', 'unwrap', 'decrypt']);
    const [verify] = trace.ofStep('verify');
    expect(verify).toMatchObject({ party: 'bob/phone', ok: true });
    expect(verify?.signature).toEqual(envelope.signature);
    expect(verify?.signingKey).toEqual(alice.bundle.signingKey);
    const [unwrap] = trace.ofStep('unwrap');
    expect(unwrap?.ok).toBe(true);
    expect(unwrap?.wrappedKey).toEqual(envelope.wraps.find((w) => w.to === 'bob/phone')?.key);
    const [decrypt] = trace.ofStep('decrypt');
    expect(decrypt).toMatchObject({ ok: true, text: 'open me' });
    expect(decrypt?.ciphertext).toEqual(envelope.ciphertext);
    expect(new TextDecoder().decode(decrypt?.plaintext)).toBe('open me');
  });

  it('a traced failed open records the failing step', async () => {
    const { alice, bob } = await group();
    alice.createConversation('dm', [bob]);
    const envelope = alice.send('dm', 'x');
    const trace = new Trace();
    expect(thrown(() => bob.open(flipCiphertext(envelope), { trace }))).toBeInstanceOf(
      TamperedEnvelopeError,
    );
    expect(trace.events.map((e) => [e.step, 'ok' in e ? e.ok : undefined])).toEqual([
      ['verify', false],
    ]);
  });
});

describe('Device with a low-order key in the directory', () => {
  it('is refused at registration with a typed error naming the device', async () => {
    const kit = await createKit({ seed: 'low-order' });
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    // The all-zero point: X25519 with it gives an all-zero secret.
    const error = thrown(() => {
      provider.register({
        ...alice.bundle,
        device: 'eve/phone',
        user: 'eve',
        name: 'Eve',
        agreementKey: new Uint8Array(32),
      });
    });
    expect(error).toBeInstanceOf(WeakKeyError);
    expect(error).toMatchObject({ code: 'weak-key', owner: 'eve/phone' });
    expect((error as Error).message).toContain('eve/phone');
  });
});
