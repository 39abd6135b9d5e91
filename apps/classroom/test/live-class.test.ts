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

// Real keys, a server and four clients per test: generous limits for a busy 2-core machine.
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

describe('a live class with @e2ee-kit/live', { timeout: 90_000 }, () => {
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
    await until(ben, (s) => s.connection.state === 'online', 'Ben back online', 30_000);
    ben.send('after the restart');
    for (const p of phones)
      await until(p, (s) => texts(s).includes('after the restart'), 'after restart', 30_000);
    // The teacher's laptop came back too, and the receipts still fill its table.
    const students = phones.map((p) => p.id);
    await until(
      teacher,
      (s) => students.every((id) => rowOf(s, 'after the restart')?.cells[id] === 'read'),
      'receipts after the restart',
      30_000,
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
    const last = await until(
      teacher,
      (s) => rowOf(s, 'welcome back')?.cells[again.id] === 'read',
      'the reloaded phone’s receipt',
    );
    expect(last.matrix.map((r) => r.text)).toEqual([
      'hello class',
      'after the restart',
      'welcome back',
    ]);
  });
});

describe('the teacher’s laptop with @e2ee-kit/live', { timeout: 90_000 }, () => {
  it('reloads: the same teacher device and ghost, the table rebuilt from the watcher’s log', async () => {
    const box = await server();
    const store = memoryKeyStore();
    const teacher = await teacherOf(box.running, store);
    const code = await teacher.openClass('provider-managed');
    const ana = await phone(box.running, code, 'Ana', memoryKeyStore());
    const ben = await phone(box.running, code, 'Ben', memoryKeyStore());
    await until(ben, (s) => s.roster.length === 3, 'roster');
    await teacher.accessOrder();
    await until(ana, () => ana.checkRoster().length > 0, 'the ghost on Ana’s roster');
    ana.send('read by the ghost');
    await until(teacher, (s) => s.ghost.reads.length === 1, 'the ghost reads');
    await teacher.flush();
    teacher.close();
    const again = await teacherOf(box.running, store);
    cleanups.push(() => {
      again.close();
    });
    const s = await until(
      again,
      (x) =>
        x.connection.state === 'online' && rowOf(x, 'read by the ghost')?.cells[ben.id] === 'read',
      'the table again',
    );
    expect(s.code).toBe(code);
    expect(again.device?.id).toBe('teacher/laptop');
    expect(s.ghost.reads.map((r) => r.text)).toEqual(['read by the ghost']);
    expect(rowOf(s, 'read by the ghost')?.cells['teacher/laptop']).toBe('read');
    // Its device resumed (no second teacher join): it can still talk.
    again.send('still the teacher');
    await until(ben, (x) => texts(x).includes('still the teacher'), 'the teacher’s message');
  });
});

describe('removing a student with @e2ee-kit/live', { timeout: 90_000 }, () => {
  for (const mode of ['member-signed', 'provider-managed'] as const) {
    it(`${mode}: the student leaves every roster and reads nothing after`, async () => {
      const box = await server();
      const { teacher, phones } = await liveClass(box.running, mode);
      const [ana, ben, chloe] = phones;
      await teacher.remove(chloe.id);
      for (const p of [ana, ben])
        await until(p, (s) => s.roster.length === 3, `${p.id}: Chloé gone`);
      await until(teacher, (s) => s.roster.every((e) => e.device !== chloe.id), 'teacher roster');
      ana.send('without Chloé');
      await until(ben, (s) => texts(s).includes('without Chloé'), 'Ben reads');
      const row = await until(teacher, (s) => rowOf(s, 'without Chloé') !== undefined, 'row');
      expect(row.traffic.at(-1)?.to).not.toContain(chloe.id);
      expect(texts(chloe.snapshot())).not.toContain('without Chloé');
      // The teacher does not sign her back in.
      await new Promise((r) => setTimeout(r, 200));
      expect(ben.snapshot().roster).toHaveLength(3);
    });
  }
});

describe('the ghost, escrow and votes with @e2ee-kit/live', { timeout: 90_000 }, () => {
  it('provider-managed: after the access order the ghost reads only later messages; a careful phone reports it', async () => {
    const box = await server();
    const { teacher, phones } = await liveClass(box.running, 'provider-managed');
    const [ana, ben] = phones;
    ana.send('before the order');
    await until(ben, (s) => texts(s).includes('before the order'), 'first message');
    await teacher.accessOrder();
    await until(teacher, (s) => s.ghost.ordered, 'the order');
    for (const p of phones)
      await until(p, () => p.checkRoster().some((f) => f.suspect === 'ghost/agency'), 'hidden');
    // No notice on any screen, and the ghost is not listed.
    expect(ben.snapshot().notices.some((n) => n.device === 'ghost/agency')).toBe(false);
    expect(ben.snapshot().roster.some((m) => m.device === 'ghost/agency')).toBe(false);
    ben.send('after the order');
    await until(ana, (s) => texts(s).includes('after the order'), 'second message');
    const seen = await until(
      teacher,
      (s) => rowOf(s, 'after the order') !== undefined,
      'the teacher sees it',
    );
    expect(seen.ghost.reads.map((r) => r.text)).toEqual(['after the order']);
    expect(rowOf(seen, 'before the order')?.cells.ghost).toBe('unreadable');
    expect(rowOf(seen, 'after the order')?.cells.ghost).toBe('read');
    expect(seen.roster.find((e) => e.device === 'ghost/agency')?.hidden).toBe(true);
    // Ana's careful client found it twice: roster check, and recipient check of Ben's message.
    const findings = ana.checkRoster();
    expect(findings.map((f) => f.method).sort()).toEqual(['recipient-check', 'roster-check']);
    ana.report(findings[0] as (typeof findings)[number]);
    const reported = await until(teacher, (s) => s.reports.length === 1, 'the report');
    expect(reported.reports[0]).toMatchObject({
      from: ana.id,
      fromName: 'Ana',
      suspect: 'ghost/agency',
    });
    expect(reported.reports[0]?.afterOrderMs).toBeGreaterThanOrEqual(0);
  });

  it('member-signed: phones refuse the access order until one phone gets the client update and signs the ghost in', async () => {
    const box = await server();
    const { teacher, phones } = await liveClass(box.running);
    const [ana, ben, chloe] = phones;
    await teacher.accessOrder();
    await until(teacher, (s) => s.ghost.ordered, 'the order');
    ana.send('still private');
    await until(ben, (s) => texts(s).includes('still private'), 'message');
    await until(teacher, (s) => rowOf(s, 'still private') !== undefined, 'teacher row');
    expect(rowOf(teacher.snapshot(), 'still private')?.cells.ghost).toBe('unreadable');
    // The ordered update reaches Ben's phone only: his client signs the ghost in.
    await teacher.clientUpdate(ben.id);
    await until(
      chloe,
      (s) => s.notices.some((n) => n.device === 'ghost/agency' && n.kind === 'member-added'),
      'Chloé sees the signed change',
    );
    // Ben's own screen hides it; everyone else's roster lists it, added by Ben.
    expect(ben.snapshot().notices.some((n) => n.device === 'ghost/agency')).toBe(false);
    expect(chloe.snapshot().roster.some((m) => m.device === 'ghost/agency')).toBe(true);
    chloe.send('now with the ghost');
    await until(ana, (s) => texts(s).includes('now with the ghost'), 'message 2');
    const after = await until(
      teacher,
      (s) => rowOf(s, 'now with the ghost') !== undefined,
      'teacher row 2',
    );
    expect(rowOf(after, 'now with the ghost')?.cells.ghost).toBe('read');
    expect(after.ghost.reads.map((r) => r.text)).toEqual(['now with the ghost']);
  });

  it('escrow: every phone wraps for the agency; Mallory reads everything escrowed once she steals the key', async () => {
    const box = await server();
    const { teacher, phones } = await liveClass(box.running);
    const [ana, ben] = phones;
    await teacher.mandateEscrow();
    for (const p of phones) await until(p, (s) => s.escrow, 'escrow mandated');
    ana.send('escrowed');
    await until(ben, (s) => texts(s).includes('escrowed'), 'message');
    const row = await until(teacher, (s) => rowOf(s, 'escrowed') !== undefined, 'row');
    expect(rowOf(row, 'escrowed')?.cells).toMatchObject({
      agency: 'read',
      mallory: 'unreadable',
      provider: 'unreadable',
    });
    expect(row.escrow).toEqual({ mandated: true, stolen: false });
    teacher.steal();
    const stolen = teacher.snapshot();
    expect(stolen.escrow.stolen).toBe(true);
    expect(rowOf(stolen, 'escrowed')?.cells.mallory).toBe('read');
  });

  it('votes: phones vote on the open question, the projector gets the tally', async () => {
    const box = await server();
    const { teacher, phones } = await liveClass(box.running);
    await teacher.openVote('access-order', ['yes', 'no']);
    for (const p of phones) await until(p, (s) => s.vote !== null, 'vote open');
    const [ana, ben, chloe] = phones;
    ana.vote('yes');
    ben.vote('no');
    chloe.vote('yes');
    const tallied = await until(teacher, (s) => s.votes?.voters === 3, 'three votes');
    expect(tallied.votes?.tally).toEqual({ yes: 2, no: 1 });
    expect(() => {
      ana.vote('maybe');
    }).toThrow(/choice/);
    await teacher.closeVote();
    await until(ana, (s) => s.vote === null, 'vote closed');
  });
});
