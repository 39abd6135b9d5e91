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

describe('the teacher’s laptop reloads mid-class (member-signed)', { timeout: 90_000 }, () => {
  it('keeps the agency and Mallory’s theft; a new student is signed in after; receipts accepted', async () => {
    const box = await server();
    const store = memoryKeyStore();
    const teacher = await teacherOf(box.running, store);
    cleanups.push(() => {
      teacher.close();
    });
    const code = await teacher.openClass();
    const ana = await phone(box.running, code, 'Ana', memoryKeyStore());
    const ben = await phone(box.running, code, 'Ben', memoryKeyStore());
    await until(ben, (s) => s.roster.length === 3, 'roster');
    await teacher.mandateEscrow();
    for (const p of [ana, ben]) await until(p, (s) => s.escrow, 'escrow');
    ana.send('escrowed');
    await until(teacher, (s) => rowOf(s, 'escrowed')?.cells.agency === 'read', 'agency reads');
    teacher.steal();
    await teacher.flush();
    teacher.close();
    const again = await teacherOf(box.running, store);
    cleanups.push(() => {
      again.close();
    });
    const s = await until(
      again,
      (x) => x.connection.state === 'online' && rowOf(x, 'escrowed')?.cells[ben.id] === 'read',
      'the table again',
    );
    expect(s.escrow).toEqual({ mandated: true, stolen: true });
    expect(rowOf(s, 'escrowed')?.cells).toMatchObject({ agency: 'read', mallory: 'read' });
    // A new student joins after the reload: the resumed teacher device signs her in.
    const chloe = await phone(box.running, code, 'Chloé', memoryKeyStore());
    for (const p of [ana, ben, chloe])
      await until(p, (x) => x.roster.length === 4, `${p.id} sees Chloé`);
    chloe.send('after the reload');
    const students = [ana.id, ben.id, chloe.id];
    const row = await until(
      again,
      (x) => students.every((id) => rowOf(x, 'after the reload')?.cells[id] === 'read'),
      'every receipt',
    );
    expect(rowOf(row, 'after the reload')?.cells).toMatchObject({
      agency: 'read',
      mallory: 'read',
    });
    // Nothing refused along the way: no bad commit, no bad receipt.
    expect(row.lastError).toBeNull();
    for (const p of [ana, ben, chloe]) expect(p.snapshot().lastError).toBeNull();
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
  it('a reloaded phone keeps its notices and its careful findings (provider-managed, hidden ghost)', async () => {
    const box = await server();
    const { teacher, code, phones, stores } = await liveClass(box.running, 'provider-managed');
    const [ana, ben] = phones;
    const dan = await phone(box.running, code, 'Dan', memoryKeyStore());
    await until(ana, (s) => s.notices.length >= 1 && s.roster.length === 5, 'Dan joined');
    await teacher.accessOrder();
    await until(ana, () => ana.checkRoster().some((f) => f.method === 'roster-check'), 'hidden');
    ben.send('after the order');
    await until(ana, (s) => texts(s).includes('after the order'), 'message');
    await until(ana, () => ana.checkRoster().length === 2, 'both findings');
    const notices = ana.snapshot().notices;
    const findings = ana.checkRoster();
    expect(findings.map((f) => f.method).sort()).toEqual(['recipient-check', 'roster-check']);
    expect(findings.every((f) => f.suspect === 'ghost/agency')).toBe(true);
    await ana.flush();
    ana.close();
    const again = await phone(box.running, code, 'ignored', stores[0]);
    await until(again, (s) => s.connection.state === 'online', 'online again');
    expect(again.snapshot().notices).toEqual(notices);
    expect(again.checkRoster()).toEqual(findings);
    // And it still finds the ghost in what arrives after the reload.
    dan.send('after the reload');
    await until(again, (s) => texts(s).includes('after the reload'), 'message after reload');
    const unexpected = (x: { notices: readonly { kind: string; device: string }[] }) =>
      x.notices.filter((n) => n.kind === 'unexpected-recipient' && n.device === 'ghost/agency');
    await until(again, (x) => unexpected(x).length === 2, 'a second recipient finding');
    expect(again.checkRoster()).toEqual(findings);
    expect(again.rosterCheckLimits()).toBeNull();
  });

  it('a phone that joins after the access order finds the hidden ghost too (provider-managed)', async () => {
    const box = await server();
    const { teacher, code, phones } = await liveClass(box.running, 'provider-managed');
    const [ana] = phones;
    await teacher.accessOrder();
    await until(ana, () => ana.checkRoster().length > 0, 'Ana finds it');
    const dan = await phone(box.running, code, 'Dan', memoryKeyStore());
    await until(dan, (s) => s.roster.length === 5, 'Dan sees the class');
    await until(dan, () => dan.checkRoster().length > 0, 'Dan finds it');
    expect(dan.checkRoster()).toEqual([
      expect.objectContaining({ method: 'roster-check', suspect: 'ghost/agency' }),
    ]);
    expect(dan.snapshot().roster.some((m) => m.device === 'ghost/agency')).toBe(false);
  });

  it('a phone that joins after the client update finds who signed the ghost in (member-signed)', async () => {
    const box = await server();
    const { teacher, code, phones } = await liveClass(box.running);
    const [, ben] = phones;
    await teacher.accessOrder();
    await teacher.clientUpdate(ben.id);
    await until(teacher, (s) => s.roster.some((e) => e.device === 'ghost/agency'), 'ghost in');
    const dan = await phone(box.running, code, 'Dan', memoryKeyStore());
    await until(dan, (s) => s.roster.length === 6, 'Dan sees the class and the ghost');
    expect(dan.checkRoster()).toEqual([
      expect.objectContaining({ method: 'roster-check', suspect: 'ghost/agency' }),
    ]);
    expect(teacher.snapshot().roster.filter((e) => e.device === 'ghost/agency')).toHaveLength(1);
  });

  it('a reloaded phone keeps its notices (member-signed)', async () => {
    const box = await server();
    const { code, phones, stores } = await liveClass(box.running);
    const [ana] = phones;
    await phone(box.running, code, 'Dan', memoryKeyStore());
    const before = await until(ana, (s) => s.roster.length === 5, 'Dan on Ana’s roster');
    expect(before.notices.map((n) => n.kind)).toContain('member-added');
    expect(before.notices.length).toBeGreaterThanOrEqual(3);
    await ana.flush();
    ana.close();
    const again = await phone(box.running, code, 'ignored', stores[0]);
    await until(again, (s) => s.connection.state === 'online', 'online again');
    expect(again.snapshot().notices).toEqual(before.notices);
  });

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
    expect(findings.map((f) => f.reason).sort()).toEqual(['hidden', 'unexpected-recipient']);
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
    // The teacher's roster lists the ghost once: on the chain, shown.
    const ghosts = after.roster.filter((e) => e.device === 'ghost/agency');
    expect(ghosts).toEqual([expect.objectContaining({ device: 'ghost/agency', hidden: false })]);
    // A careful classmate's roster check finds who signed it in: Ben's phone, not the teacher's.
    for (const p of [ana, chloe]) {
      const found = p.checkRoster().filter((f) => f.suspect === 'ghost/agency');
      expect(found.map((f) => f.method)).toEqual(['roster-check']);
      expect(found[0]).toMatchObject({ reason: 'signed-by-classmate', by: ben.id });
      expect(found[0]?.detail).toContain(ben.id);
    }
    // Ben's updated client hides the ghost from its own user (protocol §12): it says so.
    expect(ben.checkRoster()).toEqual([]);
    expect(ben.rosterCheckLimits()).toMatch(/client update/);
    expect(chloe.rosterCheckLimits()).toBeNull();
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
