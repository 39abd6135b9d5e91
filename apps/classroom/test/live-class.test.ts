/**
 * A live class end to end with @e2ee-kit/live's own clients: the teacher's
 * laptop (LiveTeacher) and three phones (LivePhone), real server, real
 * WebSockets, real keys (no seed). Who can read each message comes from
 * the phones' signed receipts and the teacher's browser really trying the
 * ghost's, the agency's and Mallory's keys.
 */
import { memoryKeyStore, type KeyStore, type LivePhone } from '@e2ee-kit/live';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, startServer, type Running } from './harness.js';
import { phoneOf, rowOf, teacherOf, texts, until } from './live-clients.js';

const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

/** A server whose `running` changes at a restart. */
async function server(): Promise<{ running: Running }> {
  const box = { running: await startServer() };
  const dir = box.running.dataDir;
  cleanups.push(() => {
    removeDir(dir);
  });
  cleanups.push(() => box.running.stop());
  return box;
}

async function phone(running: Running, code: string, name: string, store: KeyStore) {
  const p = await phoneOf(running, code, name, store);
  cleanups.push(() => {
    p.close();
  });
  return p;
}

/** A class with the teacher and three phones, everyone on everyone's roster. */
async function liveClass(running: Running, mode?: 'member-signed' | 'provider-managed') {
  const teacher = await teacherOf(running);
  cleanups.push(() => {
    teacher.close();
  });
  const code = await teacher.openClass(mode);
  const stores = [memoryKeyStore(), memoryKeyStore(), memoryKeyStore()] as const;
  const phones = [
    await phone(running, code, 'Ana', stores[0]),
    await phone(running, code, 'Ben', stores[1]),
    await phone(running, code, 'Chloé', stores[2]),
  ] as const;
  for (const p of phones) await until(p, (s) => s.roster.length === 4, `${p.id} sees everyone`);
  return { teacher, code, phones, stores };
}

function noDuplicateNorRefused(p: LivePhone): void {
  const seqs = p.snapshot().messages.map((m) => m.seq);
  expect(new Set(seqs).size).toBe(seqs.length);
  expect(p.snapshot().refused).toEqual([]);
}

describe('a live class with @e2ee-kit/live', () => {
  it('joins, chats, and fills the who-can-read matrix from signed receipts and real trials', async () => {
    const box = await server();
    const { teacher, code, phones } = await liveClass(box.running);
    const [ana] = phones;
    expect(teacher.snapshot()).toMatchObject({ code, mode: 'member-signed' });
    expect(
      ana
        .snapshot()
        .roster.map((m) => m.name)
        .sort(),
    ).toEqual(['Ana', 'Ben', 'Chloé', 'Teacher']);
    ana.send('hello class');
    for (const p of phones) await until(p, (s) => texts(s).includes('hello class'), 'hello');
    const students = phones.map((p) => p.id);
    const filled = await until(
      teacher,
      (s) => students.every((id) => rowOf(s, 'hello class')?.cells[id] === 'read'),
      'receipts',
    );
    expect(rowOf(filled, 'hello class')?.cells).toMatchObject({
      'teacher/laptop': 'read',
      provider: 'unreadable',
      ghost: 'unreadable',
      agency: 'unreadable',
      mallory: 'unreadable',
    });
    expect(filled.traffic.at(-1)).toMatchObject({
      from: ana.id,
      bytes: 'hello class'.length + 16,
    });
  });

  it('survives a server restart and a phone reload: nothing lost, nothing twice, same identity', async () => {
    const box = await server();
    const { teacher, code, phones, stores } = await liveClass(box.running);
    const [ana, ben, chloe] = phones;
    ana.send('hello class');
    for (const p of phones) await until(p, (s) => texts(s).includes('hello class'), 'hello');

    // The server restarts in the middle of the lesson: everyone comes back by themselves.
    box.running = await box.running.restart();
    await until(ben, (s) => s.connection.state === 'online', 'Ben back online', 15_000);
    ben.send('after the restart');
    for (const p of phones)
      await until(p, (s) => texts(s).includes('after the restart'), 'after restart', 15_000);
    await until(
      teacher,
      (s) => rowOf(s, 'after the restart') !== undefined,
      'the teacher back online',
      15_000,
    );
    // Chloé reloads the page: a new LivePhone on the same store is the same device.
    const before = texts(chloe.snapshot());
    await chloe.flush();
    chloe.close();
    const again = await phone(box.running, code, 'ignored on resume', stores[2]);
    expect(again.id).toBe(chloe.id);
    expect(texts(again.snapshot())).toEqual(before);
    await until(again, (s) => s.connection.state === 'online', 'reloaded phone online');
    ana.send('welcome back');
    await until(again, (s) => texts(s).includes('welcome back'), 'reloaded phone reads');
    for (const p of [ana, ben, again]) noDuplicateNorRefused(p);
    expect(texts(again.snapshot())).toEqual(['hello class', 'after the restart', 'welcome back']);
    expect(texts(ben.snapshot())).toEqual(['hello class', 'after the restart', 'welcome back']);
  });
});
