import { createKit, envelopeToJson, type Device, type Provider } from '@e2ee-kit/crypto-demo';
import { beforeEach, describe, expect, it } from 'vitest';
import { memoryKeyStore, type KeyStore } from './key-store.js';
import { bundleFromJson, bundleToJson } from './mirror.js';
import { LivePhone, cutTo } from './phone.js';
import { readFrame, type BundleJson } from './protocol.js';
import { FakeClock, FakeSocket } from './testing/fakes.js';

const CODE = 'ABCDEF';
const CONVERSATION = `class:${CODE}`;
const welcome = {
  type: 'welcome',
  code: CODE,
  conversation: CONVERSATION,
  mode: 'member-signed',
  open: true,
  lastSeq: 0,
  vote: null,
  token: 'the-token',
};

/** The server's side, played by the test: a provider and the teacher's real device. */
async function classroom() {
  const kit = await createKit({ seed: 'live-phone-test' });
  const provider: Provider = kit.provider('server');
  const teacher: Device = kit.device(provider, {
    user: 'teacher',
    device: 'teacher/laptop',
    name: 'Teacher',
  });
  return { provider, teacher };
}

async function startPhone(store: KeyStore, clock: FakeClock) {
  const phone = await LivePhone.start({
    url: 'ws://test/ws',
    code: CODE,
    name: ' Zoé ',
    store,
    WebSocket: FakeSocket,
    clock,
    wake: {},
  });
  const socket = FakeSocket.last();
  socket.open();
  return { phone, socket };
}

beforeEach(() => {
  FakeSocket.reset();
});

describe('LivePhone', () => {
  it('applies the ordered events once each, in order, across a reconnect and a reload', async () => {
    const { provider, teacher } = await classroom();
    const store = memoryKeyStore();
    const clock = new FakeClock();
    const { phone, socket } = await startPhone(store, clock);
    const join = socket.frames()[0] as { type: string; name: string; bundle: BundleJson };
    expect(join).toMatchObject({ type: 'join', code: CODE, name: 'Zoé' });
    expect(join.bundle.device).toBe(phone.id);
    expect(phone.id).toMatch(/^s-[a-z2-9]{8}\/phone$/);

    // What the server relays: bundles, the teacher's signed chain, an envelope.
    provider.register(bundleFromJson(join.bundle));
    teacher.createConversation(CONVERSATION, [], { mode: 'member-signed' });
    teacher.addMember(CONVERSATION, phone.id);
    const [genesis, add] = provider.commits(CONVERSATION);
    const envelope = (text: string) => envelopeToJson(teacher.send(CONVERSATION, text));
    const events = [
      { seq: 1, kind: 'device', device: { ...bundleToJson(teacher.bundle), role: 'teacher' } },
      { seq: 2, kind: 'device', device: { ...join.bundle, role: 'student' } },
      { seq: 3, kind: 'roster', op: 'commit', device: 'teacher/laptop', commit: genesis },
      { seq: 4, kind: 'roster', op: 'commit', device: 'teacher/laptop', commit: add },
      {
        seq: 5,
        kind: 'envelope',
        fromDevice: 'teacher/laptop',
        relayedAt: 1,
        envelope: envelope('one'),
      },
    ].map((e) => ({
      type: 'event',
      hidden: false,
      suppressNotice: false,
      accessOrder: false,
      at: 1,
      ...e,
    }));
    socket.receive(welcome);
    for (const e of events) socket.receive(e);
    // The same events again (a server that re-sends after a hiccup), and an old one late.
    socket.receive(events[4]);
    socket.receive(events[2]);
    let s = phone.snapshot();
    expect(s.messages.map((m) => [m.seq, m.text, m.fromName, m.mine])).toEqual([
      [5, 'one', 'Teacher', false],
    ]);
    expect(s.refused).toEqual([]);
    expect(s.roster.map((m) => m.name).sort()).toEqual(['Teacher', 'Zoé']);
    expect(s.mode).toBe('member-signed');
    // Member-signed notices say whose signed commit made the change.
    expect(s.notices).toEqual([
      { kind: 'conversation-created', device: 'teacher/laptop', by: 'teacher/laptop' },
      { kind: 'member-added', device: phone.id, by: 'teacher/laptop' },
    ]);
    // The safety number with a classmate is the one the classmate's own device computes.
    const user = phone.id.split('/')[0] as string;
    expect(phone.safetyNumberWith('teacher/laptop').digits).toBe(
      teacher.safetyNumberWith(user).digits,
    );
    expect(() => phone.safetyNumberWith('nobody/phone')).toThrow(/directory/);
    const receipts = socket.framesOf('receipt');
    expect(receipts).toHaveLength(1);
    expect(receipts[0]?.receipt).toMatchObject({ reader: phone.id, readable: true });

    // The socket dies: the phone resumes from the last event it applied.
    socket.fail();
    clock.advance(500);
    const second = FakeSocket.last();
    second.open();
    expect(second.frames()[0]).toEqual({
      type: 'resume',
      code: CODE,
      token: 'the-token',
      since: 5,
    });
    second.receive({ ...welcome, token: undefined });
    const six = { ...events[4], seq: 6, envelope: envelope('two') };
    second.receive(events[4]);
    second.receive(six);
    s = phone.snapshot();
    expect(s.messages.map((m) => m.text)).toEqual(['one', 'two']);
    expect(s.refused).toEqual([]);

    // A reload: a new LivePhone on the same store is the same device, with its history.
    await phone.flush();
    phone.close();
    const { phone: again, socket: third } = await startPhone(store, clock);
    expect(again.id).toBe(phone.id);
    expect(third.frames()[0]).toEqual({ type: 'resume', code: CODE, token: 'the-token', since: 6 });
    third.receive(welcome);
    third.receive(six); // already applied: ignored
    expect(again.snapshot().messages.map((m) => m.text)).toEqual(['one', 'two']);
    expect(again.snapshot().refused).toEqual([]);
    expect(again.snapshot().roster).toHaveLength(2);
    // The replay state came back too: the same envelope under a new number is a replay.
    third.receive({ ...six, seq: 7 });
    expect(again.snapshot().refused).toEqual([{ seq: 7, code: 'replayed' }]);
    // And it still reads new messages, and sends as itself.
    third.receive({ ...events[4], seq: 8, envelope: envelope('three') });
    expect(again.snapshot().messages.map((m) => m.text)).toEqual(['one', 'two', 'three']);
    again.send('from Zoé');
    const sent = third.framesOf('envelope').at(-1) as {
      envelope: { header: { senderDevice: string } };
    };
    expect(sent.envelope.header.senderDevice).toBe(phone.id);

    await again.forget();
    expect(await store.get(`live:phone:${CODE}`)).toBeUndefined();
  });

  it('refuses to send offline, and a vote with no open question', async () => {
    const clock = new FakeClock();
    const { phone } = await startPhone(memoryKeyStore(), clock);
    expect(() => {
      phone.send('hello');
    }).toThrow(expect.objectContaining({ code: 'offline' }));
    expect(() => {
      phone.vote('yes');
    }).toThrow(expect.objectContaining({ code: 'no-vote' }));
    phone.close();
  });

  it('LivePhone.saved: the remembered class once the server answered, null otherwise', async () => {
    const store = memoryKeyStore();
    const clock = new FakeClock();
    expect(await LivePhone.saved(store, CODE)).toBeNull();
    const { phone, socket } = await startPhone(store, clock);
    await phone.flush();
    // Keys made, no answer yet: not a class this phone can resume.
    expect(await LivePhone.saved(store, CODE)).toBeNull();
    socket.receive(welcome);
    await phone.flush();
    expect(await LivePhone.saved(store, CODE.toLowerCase())).toEqual({
      name: 'Zoé',
      device: phone.id,
    });
    expect(await LivePhone.saved(store, 'ZZZZZZ')).toBeNull();
    await store.set(`live:phone:${CODE}`, '{not json');
    expect(await LivePhone.saved(store, CODE)).toBeNull();
    phone.close();
  });
});

describe('cutTo (a report frame carries at most 280 UTF-16 code units of detail)', () => {
  it('keeps a short text and cuts a long one with an ellipsis, never inside a character', () => {
    expect(cutTo('ghost/agency', 280)).toBe('ghost/agency');
    const long = 'x'.repeat(300);
    expect(cutTo(long, 280)).toHaveLength(280);
    expect(cutTo(long, 280).endsWith('…')).toBe(true);
    const emoji = '👻'.repeat(200); // 400 code units
    const cut = cutTo(emoji, 280);
    expect(cut.length).toBeLessThanOrEqual(280);
    expect(cut.slice(0, -1)).toBe('👻'.repeat(139));
    const report = readFrame(
      JSON.stringify({ type: 'report', method: 'recipient-check', suspect: null, detail: cut }),
    );
    expect(report.ok).toBe(true);
  });
});
