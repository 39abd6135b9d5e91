import type { Kit } from '@e2ee-kit/crypto-demo';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  api,
  newKit,
  openClass,
  Phone,
  removeDir,
  SECRET,
  Socket,
  startServer,
  type Running,
} from './harness.js';

let kit: Kit;
const cleanups: (() => Promise<void> | void)[] = [];
beforeAll(async () => {
  kit = await newKit();
});
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

async function server(): Promise<Running> {
  const running = await startServer();
  cleanups.push(() => {
    removeDir(running.dataDir);
  });
  cleanups.push(() => running.server.close());
  return running;
}

/** Alice (the teacher's device) creates the class chat and signs Bob and Carol in (member-signed). */
async function threePhones(running: Running, code: string) {
  const [alice, bob, carol] = ['alice', 'bob', 'carol'].map(
    (u) => new Phone(kit, u, u.toUpperCase(), code),
  ) as [Phone, Phone, Phone];
  for (const p of [alice, bob, carol]) {
    const welcome = await p.join(running.wsUrl, p === alice ? { secret: SECRET } : {});
    expect(welcome).toMatchObject({ type: 'welcome', role: p === alice ? 'teacher' : 'student' });
    cleanups.push(() => p.socket.close());
  }
  await alice.waitFor(() => alice.mirror.directory.find('carol/phone') !== undefined, 'directory');
  alice.create();
  await alice.waitFor(() => alice.applied.length === 4, 'own roster entry');
  alice.signIn('bob/phone');
  alice.signIn('carol/phone');
  for (const p of [alice, bob, carol])
    await p.waitFor(() => p.onRoster('carol/phone') && p.onRoster('bob/phone'), 'roster');
  return { alice, bob, carol };
}

/** Three phones in a provider-managed class: the server's roster lists each as it joins. */
async function threeManagedPhones(running: Running, code: string) {
  const [alice, bob, carol] = ['alice', 'bob', 'carol'].map(
    (u) => new Phone(kit, u, u.toUpperCase(), code),
  ) as [Phone, Phone, Phone];
  for (const p of [alice, bob, carol]) {
    expect((await p.join(running.wsUrl)).type).toBe('welcome');
    cleanups.push(() => p.socket.close());
  }
  for (const p of [alice, bob, carol])
    await p.waitFor(() => p.onRoster('carol/phone') && p.onRoster('alice/phone'), 'roster');
  return { alice, bob, carol };
}

describe('relay', () => {
  it('carries messages encrypted on one phone and decrypted on the two others', async () => {
    const running = await server();
    const code = await openClass(running);
    const { alice, bob, carol } = await threePhones(running, code);
    alice.send('Hello class');
    bob.send('Hi Alice');
    for (const p of [bob, carol])
      await p.waitFor(() => p.texts().includes('Hello class'), 'alice message');
    for (const p of [alice, carol])
      await p.waitFor(() => p.texts().includes('Hi Alice'), 'bob message');
    expect(carol.texts().sort()).toEqual(['Hello class', 'Hi Alice']);
    expect([alice, bob, carol].every((p) => p.refused.length === 0)).toBe(true);
  });

  it('refuses an envelope sent in another device’s name, a bad signature and a replay', async () => {
    const running = await server();
    const code = await openClass(running);
    const { alice, bob, carol } = await threePhones(running, code);
    const json = alice.send('only once');
    await bob.waitFor(() => bob.texts().includes('only once'), 'message');
    // Bob forwards Alice's envelope as his own: the sender is not his device.
    const from = bob.socket.frames.length;
    bob.socket.send(`{"type":"envelope","envelope":${json}}`);
    expect((await bob.socket.next('error', from)).code).toBe('wrong-sender');
    // Alice sends the same envelope again: stored once, never twice.
    const again = alice.socket.frames.length;
    alice.socket.send(`{"type":"envelope","envelope":${json}}`);
    expect((await alice.socket.next('error', again)).code).toBe('duplicate');
    // A changed header (the counter): the signature no longer checks out.
    const envelope = JSON.parse(json) as { ciphertext: string; header: { counter: number } };
    envelope.header.counter = 99;
    const tampered = alice.socket.frames.length;
    alice.socket.send({ type: 'envelope', envelope });
    expect((await alice.socket.next('error', tampered)).code).toBe('bad-signature');
    expect(carol.messages).toHaveLength(1);
  });

  it('lets a phone that reconnects catch up in order, with no duplicate', async () => {
    const running = await server();
    const code = await openClass(running);
    const { alice, bob, carol } = await threePhones(running, code);
    alice.send('before');
    await bob.waitFor(() => bob.texts().includes('before'), 'first message');
    await bob.socket.close();
    for (const t of ['while away 1', 'while away 2', 'while away 3']) alice.send(t);
    await carol.waitFor(() => carol.messages.length === 4, 'messages');
    expect((await bob.resume(running.wsUrl)).type).toBe('welcome');
    await bob.waitFor(() => bob.messages.length === 4, 'catch-up');
    alice.send('after');
    await bob.waitFor(() => bob.messages.length === 5, 'live again');
    expect(bob.texts()).toEqual([
      'before',
      'while away 1',
      'while away 2',
      'while away 3',
      'after',
    ]);
    expect(new Set(bob.applied).size).toBe(bob.applied.length);
  });

  it('loses nothing when the server restarts mid-lesson on the same data folder', async () => {
    let running = await startServer();
    cleanups.push(() => {
      removeDir(running.dataDir);
    });
    const code = await openClass(running);
    const { alice, bob, carol } = await threePhones(running, code);
    alice.send('one');
    await carol.waitFor(() => carol.messages.length === 1, 'one');
    running = await running.restart();
    cleanups.push(() => running.server.close());
    for (const p of [alice, bob, carol]) {
      await p.waitFor(() => p.socket.closed !== undefined, 'close');
      expect((await p.resume(running.wsUrl)).type).toBe('welcome');
    }
    bob.send('two');
    alice.send('three');
    await carol.waitFor(() => carol.messages.length === 3, 'after restart');
    await alice.waitFor(() => alice.messages.length === 1, 'two');
    await bob.waitFor(() => bob.messages.length === 2, 'one and three');
    expect(carol.texts()).toEqual(['one', 'two', 'three']);
    const info = await api(running, 'GET', `/api/classes/${code}`);
    expect(info.json.roster).toHaveLength(3);
    expect(info.json.lastSeq).toBe(9);
    for (const p of [alice, bob, carol]) {
      expect(new Set(p.applied).size).toBe(p.applied.length);
      await p.socket.close();
    }
  });

  it('adds the ghost by access order in provider-managed mode: only messages sent after it are readable, with no notice', async () => {
    const running = await server();
    const code = await openClass(running, 'provider-managed');
    const { alice, bob } = await threeManagedPhones(running, code);
    alice.send('before the order');
    await bob.waitFor(() => bob.messages.length === 1, 'first');
    // Protocol v2 fixes a conversation's mode at creation: no switch mid-lesson.
    expect(
      (await api(running, 'PUT', `/api/classes/${code}/mode`, { mode: 'member-signed' })).status,
    ).toBe(400);
    // The test holds the ghost's keys, as the teacher's browser will.
    const ghost = new Phone(kit, 'ghost', 'Ghost', code, true);
    const watcher = await Socket.open(running.wsUrl);
    cleanups.push(() => watcher.close());
    ghost.attach(watcher);
    watcher.send({ type: 'watch', code, secret: 'test-teacher-secret-0123456789', since: 0 });
    await watcher.next('welcome');
    // A bundle whose certificate does not match is refused.
    const forged = { ...ghost.bundleJson(), name: 'Not the ghost' };
    expect(
      (await api(running, 'POST', `/api/classes/${code}/access-order`, { bundle: forged })).status,
    ).toBe(400);
    const order = await api(running, 'POST', `/api/classes/${code}/access-order`, {
      bundle: ghost.bundleJson(),
    });
    expect(order.status).toBe(200);
    await alice.waitFor(() => alice.onRoster(ghost.id), 'ghost on roster');
    const entry = alice.mirror
      .conversation(alice.conversation)
      .entries.find((e) => e.device === ghost.id);
    expect(entry).toMatchObject({ hidden: true, suppressNotice: true });
    expect(alice.device.verifyRoster(alice.conversation).ok).toBe(false);
    alice.send('after the order');
    await ghost.waitFor(() => ghost.messages.length === 1, 'ghost reads');
    expect(ghost.texts()).toEqual(['after the order']);
    // The teacher removes Carol: her phone is no longer a recipient.
    expect(
      (await api(running, 'DELETE', `/api/classes/${code}/members/carol%2Fphone`)).status,
    ).toBe(200);
    await alice.waitFor(() => !alice.onRoster('carol/phone'), 'carol removed');
    const to = JSON.parse(alice.send('without carol')) as { wraps: { to: string }[] };
    expect(to.wraps.map((w) => w.to)).not.toContain('carol/phone');
  });

  it('in member-signed mode, the access order reaches nobody and only a member’s signed commit removes someone', async () => {
    const running = await server();
    const code = await openClass(running);
    const { alice, bob, carol } = await threePhones(running, code);
    const ghost = new Phone(kit, 'ghost', 'Ghost', code, true);
    const watcher = await Socket.open(running.wsUrl);
    cleanups.push(() => watcher.close());
    ghost.attach(watcher);
    watcher.send({ type: 'watch', code, secret: 'test-teacher-secret-0123456789', since: 0 });
    await watcher.next('welcome');
    const order = await api(running, 'POST', `/api/classes/${code}/access-order`, {
      bundle: ghost.bundleJson(),
    });
    expect(order.status).toBe(200);
    await alice.waitFor(() => alice.mirror.directory.find(ghost.id) !== undefined, 'ghost bundle');
    const after = JSON.parse(alice.send('after the order')) as { wraps: { to: string }[] };
    await carol.waitFor(() => carol.messages.length === 1, 'message');
    expect(after.wraps.map((w) => w.to)).not.toContain(ghost.id);
    expect(ghost.messages).toEqual([]);
    // The provider cannot remove a member of a signed chain…
    expect(
      (await api(running, 'DELETE', `/api/classes/${code}/members/carol%2Fphone`)).status,
    ).toBe(400);
    // …a member can, with a signed commit. A forged one (Bob replays Alice's) is refused.
    // A changed commit (its time) keeps its epoch and `prev` but not its signature.
    alice.device.removeMember(alice.conversation, 'carol/phone');
    const commit = JSON.parse(alice.lastCommit()) as { at: number };
    const bad = alice.socket.frames.length;
    alice.socket.send({ type: 'commit', commit: JSON.stringify({ ...commit, at: commit.at + 1 }) });
    expect((await alice.socket.next('error', bad)).code).toBe('bad-signature');
    alice.socket.send({ type: 'commit', commit: alice.lastCommit() });
    await bob.waitFor(() => !bob.onRoster('carol/phone'), 'carol signed out');
    const from = bob.socket.frames.length;
    bob.socket.send({ type: 'commit', commit: alice.lastCommit() });
    expect((await bob.socket.next('error', from)).code).toBe('wrong-sender');
    const to = JSON.parse(bob.send('without carol')) as { wraps: { to: string }[] };
    expect(to.wraps.map((w) => w.to)).not.toContain('carol/phone');
    await alice.waitFor(() => alice.texts().includes('without carol'), 'alice reads');
    expect([alice, bob, carol].every((p) => p.refused.length === 0)).toBe(true);
  });
});
