import { describe, expect, it } from 'vitest';
import type { Device } from './device.js';
import type { Envelope } from './envelope.js';
import { createKit } from './kit.js';
import { whoCanRead } from './who-can-read.js';

async function chat(options: { careful?: boolean } = {}) {
  const kit = await createKit({ seed: 'ghost-tests' });
  const provider = kit.provider('Messenger');
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  const carol = kit.device(provider, { user: 'carol', careful: options.careful ?? false });
  alice.createConversation('chat', [bob, carol]);
  return { kit, provider, alice, bob, carol, members: [alice, bob, carol] };
}

/** Brings each member's client up to date the way a real one would: by syncing, receiving or sending. */
function touchEveryClient(alice: Device, bob: Device, carol: Device): void {
  alice.send('chat', 'anyone there?');
  bob.receive();
  carol.sync('chat');
}

describe('Provider.executeAccessOrder', () => {
  it('the ghost reads every message sent after it joined, and none before', async () => {
    const { kit, provider, alice, bob, carol } = await chat();
    const ghost = kit.ghost(provider);
    const sent: { envelope: Envelope; text: string; after: boolean }[] = [];
    const say = (who: Device, text: string, after: boolean) => {
      sent.push({ envelope: who.send('chat', text), text, after });
    };
    say(alice, 'a1 before', false);
    say(bob, 'b1 before', false);
    say(carol, 'c1 before', false);
    provider.executeAccessOrder({ conversation: 'chat', ghost });
    say(bob, 'b2 after', true);
    say(alice, 'a2 after', true);
    say(carol, 'c2 after', true);
    say(alice, 'a3 after', true);

    for (const { envelope, text, after } of sent) {
      const [g, ...members] = whoCanRead(envelope, [ghost, alice, bob, carol]);
      expect(members.every((r) => r.canRead && r.text === text)).toBe(true);
      if (after) {
        expect(g).toMatchObject({ canRead: true, reason: 'ghost', text, via: 'ghost/agency' });
      } else {
        expect(g).toMatchObject({ canRead: false, reason: 'not-a-recipient' });
      }
    }
    // The ghost's own inbox holds exactly the later messages.
    expect(ghost.receive().messages.map((m) => m.text)).toEqual([
      'b2 after',
      'a2 after',
      'c2 after',
      'a3 after',
    ]);
  });

  it('with notices shown, every member’s client shows “member-added” for the ghost, and lists it', async () => {
    const { kit, provider, alice, bob, carol, members } = await chat();
    const ghost = kit.ghost(provider);
    const order = provider.executeAccessOrder({
      conversation: 'chat',
      ghost,
      suppressNotices: false,
      hidden: false,
    });
    expect(order).toMatchObject({
      conversation: 'chat',
      ghost: 'ghost/agency',
      suppressNotices: false,
      hidden: false,
    });
    touchEveryClient(alice, bob, carol);
    for (const member of members) {
      const aboutGhost = member.notices('chat').filter((n) => n.device === ghost.id);
      expect(aboutGhost, member.id).toMatchObject([
        { kind: 'member-added', shown: true, name: 'Ghost' },
      ]);
      expect(member.visibleRoster('chat').map((b) => b.device)).toContain('ghost/agency');
    }
  });

  it('with notices suppressed, the notices exist but none is shown, and the roster on screen hides the ghost', async () => {
    const { kit, provider, alice, bob, carol, members } = await chat();
    const ghost = kit.ghost(provider);
    provider.executeAccessOrder({ conversation: 'chat', ghost });
    touchEveryClient(alice, bob, carol);
    for (const member of members) {
      const aboutGhost = member.notices('chat').filter((n) => n.device === ghost.id);
      expect(aboutGhost, member.id).toMatchObject([{ kind: 'member-added', shown: false }]);
      expect(member.visibleRoster('chat').map((b) => b.device)).toEqual([
        'alice/phone',
        'bob/phone',
        'carol/phone',
      ]);
    }
    // ...yet alice's last message was encrypted to it.
    const last = alice.send('chat', 'just us three');
    expect(whoCanRead(last, [ghost])[0]).toMatchObject({ canRead: true, text: 'just us three' });
  });

  it('verifyRoster shows the ghost as hidden by the provider, even with notices suppressed', async () => {
    const { kit, provider, alice, bob } = await chat();
    expect(bob.verifyRoster('chat')).toMatchObject({
      ok: true,
      unverified: [],
      mode: 'provider-managed',
    });
    const ghost = kit.ghost(provider);
    provider.executeAccessOrder({
      conversation: 'chat',
      ghost,
      suppressNotices: true,
      hidden: true,
    });
    for (const member of [alice, bob]) {
      const check = member.verifyRoster('chat');
      expect(check.ok).toBe(false);
      expect(check.unverified).toEqual([
        {
          device: 'ghost/agency',
          user: 'ghost',
          name: 'Ghost',
          hidden: true,
          status: 'hidden',
          addedBy: null,
        },
      ]);
      // In this mode nobody signs anything: "listed" is all a client can say of the others.
      expect(check.entries.filter((e) => e.status === 'listed').map((e) => e.device)).toEqual([
        'alice/phone',
        'bob/phone',
        'carol/phone',
      ]);
    }
  });

  it('in a member-signed group, a member-added device is signed in by that member and verifies', async () => {
    const { kit, provider, alice, bob, carol } = await chat();
    alice.createConversation('signed', [bob, carol], { mode: 'member-signed' });
    const dave = kit.device(provider, { user: 'dave' });
    bob.addMember('signed', dave);
    const check = alice.verifyRoster('signed');
    expect(check.ok).toBe(true);
    expect(check.entries.at(-1)).toMatchObject({
      device: 'dave/phone',
      status: 'signed',
      addedBy: 'bob/phone',
    });
  });

  it('a careful client still encrypts to the ghost (the provider’s roster rules), but reports it in every message it opens', async () => {
    const { kit, provider, alice, carol } = await chat({ careful: true });
    const ghost = kit.ghost(provider);
    provider.executeAccessOrder({ conversation: 'chat', ghost });
    const fromAlice = alice.send('chat', 'careless words');
    expect(whoCanRead(fromAlice, [ghost])[0]).toMatchObject({
      canRead: true,
      text: 'careless words',
    });
    const [seenByCarol] = whoCanRead(fromAlice, [carol]);
    expect(seenByCarol).toMatchObject({ canRead: true, unexpectedRecipients: ['ghost/agency'] });
    expect(carol.open(fromAlice).unexpectedRecipients).toEqual(['ghost/agency']);
    expect(carol.notices('chat').filter((n) => n.kind === 'unexpected-recipient')).toMatchObject([
      { device: 'ghost/agency', devices: ['ghost/agency'], shown: true },
    ]);
  });

  describe('disguised as one more device of bob', () => {
    it('alice’s and bob’s safety numbers match before, and differ once the ghost joins the chat', async () => {
      const { kit, provider, alice, bob } = await chat();
      const before = alice.safetyNumberWith('bob');
      expect(bob.safetyNumberWith('alice')).toEqual(before);
      expect(before.digits).toMatch(/^\d{60}$/);
      expect(before.groups).toHaveLength(12);
      expect(before.payload).toBe(`e2ee-kit-safety-number:2:${before.digits}`);

      const ghost = kit.ghost(provider, { disguisedAs: { user: 'bob', name: 'Bob' } });
      expect(ghost.id).toBe('bob/tablet');
      provider.executeAccessOrder({ conversation: 'chat', ghost });
      const aliceSees = alice.safetyNumberWith('bob');
      const bobSees = bob.safetyNumberWith('alice');
      expect(aliceSees.digits).not.toBe(bobSees.digits);
      expect(aliceSees.digits).not.toBe(before.digits);
      // Bob's own number did not change: only alice's view of bob did.
      expect(bobSees.digits).toBe(before.digits);
    });

    it('members get “safety-number-changed” (never suppressed) and “device-added” (shown or suppressed)', async () => {
      for (const suppressNotices of [false, true]) {
        const { kit, provider, alice, bob, carol, members } = await chat();
        const ghost = kit.ghost(provider, { disguisedAs: { user: 'bob', name: 'Bob' } });
        provider.executeAccessOrder({ conversation: 'chat', ghost, suppressNotices });
        touchEveryClient(alice, bob, carol);
        for (const member of members) {
          const aboutGhost = member.notices('chat').filter((n) => n.device === 'bob/tablet');
          expect(
            aboutGhost.map((n) => [n.kind, n.user, n.shown]),
            member.id,
          ).toEqual([
            ['safety-number-changed', 'bob', true],
            ['device-added', 'bob', !suppressNotices],
          ]);
        }
        const last = alice.send('chat', 'for bob’s eyes');
        expect(whoCanRead(last, [ghost])[0]).toMatchObject({
          canRead: true,
          reason: 'ghost',
          via: 'bob/tablet',
        });
      }
    });
  });
});
