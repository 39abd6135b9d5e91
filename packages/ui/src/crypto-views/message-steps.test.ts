import { Trace, createKit } from '@e2ee-kit/crypto-demo';
import { describe, expect, test } from 'vitest';
import { buildMessageSteps, messageStepIds } from './message-steps.js';

async function world() {
  const kit = await createKit({ seed: 'message-steps-test' });
  const provider = kit.provider();
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  const carol = kit.device(provider, { user: 'carol' });
  alice.createConversation('chat', [bob]);
  return { kit, provider, alice, bob, carol };
}

describe(buildMessageSteps, () => {
  test('a sent and opened message gives the nine steps in order, with the real bytes', async () => {
    const { alice, bob } = await world();
    const send = new Trace();
    const envelope = alice.send('chat', 'Meet at 6', { trace: send });
    const open = new Trace();
    bob.open(envelope, { trace: open });

    const steps = buildMessageSteps(send.events, open.events);
    expect(steps.map((s) => s.id)).toEqual([...messageStepIds]);
    const byId = Object.fromEntries(steps.map((s) => [s.id, s]));
    expect(byId.plaintext).toMatchObject({ text: 'Meet at 6', party: alice.id });
    expect(byId.encrypt).toMatchObject({ ciphertext: envelope.ciphertext, nonce: envelope.nonce });
    expect(byId.sign).toMatchObject({ signature: envelope.signature });
    expect(byId.relay).toMatchObject({ from: alice.id, to: [alice.id, bob.id] });
    expect(byId.wrap).toMatchObject({ wraps: [{ to: alice.id }, { to: bob.id }] });
    expect(byId.verify).toMatchObject({ ok: true, party: bob.id });
    expect(byId.unwrap).toMatchObject({ ok: true, sameAsSenderKey: true });
    expect(byId.decrypt).toMatchObject({ ok: true, text: 'Meet at 6' });
  });

  test('“same key as the sender’s” is a real comparison: a different message’s key does not match', async () => {
    const { alice, bob } = await world();
    const first = new Trace();
    alice.send('chat', 'one', { trace: first });
    const second = new Trace();
    const envelope = alice.send('chat', 'two', { trace: second });
    const open = new Trace();
    bob.open(envelope, { trace: open });
    const mixed = buildMessageSteps(first.events, open.events);
    expect(mixed.find((s) => s.id === 'unwrap')).toMatchObject({
      ok: true,
      sameAsSenderKey: false,
    });
  });

  test('a party with no copy of the key stops at a failed unwrap', async () => {
    const { alice, carol } = await world();
    const send = new Trace();
    const envelope = alice.send('chat', 'not for Carol', { trace: send });
    const tried = new Trace();
    expect(carol.tryRead(envelope, { trace: tried }).canRead).toBe(false);
    const steps = buildMessageSteps(send.events, tried.events);
    expect(steps.map((s) => s.id).slice(-2)).toEqual(['verify', 'unwrap']);
    expect(steps.at(-1)).toMatchObject({ id: 'unwrap', ok: false, messageKey: undefined });
  });

  test('`reader` picks one party out of a shared trace', async () => {
    const { alice, bob, carol } = await world();
    const send = new Trace();
    const envelope = alice.send('chat', 'hello', { trace: send });
    const open = new Trace();
    carol.tryRead(envelope, { trace: open });
    bob.tryRead(envelope, { trace: open });
    expect(buildMessageSteps(send.events, open.events).at(-1)).toMatchObject({
      party: carol.id,
      ok: false,
    });
    expect(buildMessageSteps(send.events, open.events, bob.id).at(-1)).toMatchObject({
      id: 'decrypt',
      party: bob.id,
      text: 'hello',
    });
  });
});
