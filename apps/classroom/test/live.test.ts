/**
 * The live classroom's frames beyond the relay: the teacher's device,
 * watcher-only events (reports, receipts), votes, escrow, the ordered client
 * update and the provider's own read attempt. Real server, real WebSockets,
 * raw frames.
 */
import {
  envelopeId,
  parseEnvelope,
  receiptToJson,
  toBase64url,
  type Envelope,
  type Kit,
} from '@e2ee-kit/crypto-demo';
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
  type Frame,
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

async function watcher(running: Running, code: string, since = 0): Promise<Socket> {
  const s = await Socket.open(running.wsUrl);
  cleanups.push(() => s.close());
  s.send({ type: 'watch', code, secret: SECRET, since });
  await s.next('welcome');
  return s;
}

/** The teacher's device creates the class chat and signs each student in (member-signed). */
async function memberSignedClass(running: Running, code: string, students = ['bob', 'carol']) {
  const teacher = new Phone(kit, 'teacher', 'Teacher', code);
  expect(await teacher.join(running.wsUrl, { secret: SECRET })).toMatchObject({
    type: 'welcome',
    role: 'teacher',
  });
  cleanups.push(() => teacher.socket.close());
  const phones: Phone[] = [];
  for (const u of students) {
    const p = new Phone(kit, u, u.toUpperCase(), code);
    expect(await p.join(running.wsUrl)).toMatchObject({ type: 'welcome', role: 'student' });
    cleanups.push(() => p.socket.close());
    phones.push(p);
  }
  const last = phones.at(-1) as Phone;
  await teacher.waitFor(() => teacher.mirror.directory.find(last.id) !== undefined, 'directory');
  teacher.create();
  for (const p of phones) teacher.signIn(p.id);
  for (const p of [teacher, ...phones])
    await p.waitFor(() => phones.every((q) => p.onRoster(q.id)), 'roster');
  return { teacher, phones };
}

/** Sends a raw frame and returns the first answer of `type` after it. */
async function answer(socket: Socket, frame: unknown, type = 'error'): Promise<Frame> {
  const from = socket.frames.length;
  socket.send(frame);
  return socket.next(type, from);
}

const events = (s: Socket, kind: string) =>
  s.frames.filter((f) => f.type === 'event' && f.kind === kind);

describe('the teacher’s device', () => {
  it('joins with the secret; only it may create the chat; a wrong secret or a second one is refused', async () => {
    const running = await server();
    const code = await openClass(running);
    // A student's genesis is refused, even well signed (her local chain is then hers alone).
    const mallory = new Phone(kit, 'mallory', 'Mallory', code);
    await mallory.join(running.wsUrl);
    await mallory.waitFor(() => mallory.applied.length === 1, 'own bundle');
    mallory.device.createConversation(mallory.conversation, [], { mode: 'member-signed' });
    expect(
      (await answer(mallory.socket, { type: 'commit', commit: mallory.lastCommit() })).code,
    ).toBe('forbidden');
    await mallory.socket.close();
    const impostor = new Phone(kit, 'eve', 'Eve', code);
    expect((await impostor.join(running.wsUrl, { secret: 'not-the-secret' })).code).toBe(
      'forbidden',
    );
    await impostor.socket.close();
    const { teacher, phones } = await memberSignedClass(running, code, ['carol']);
    // The genesis is the teacher's: every phone's chain starts with it.
    const carol = phones[0] as Phone;
    expect(carol.mirror.commits(carol.conversation)).toHaveLength(2);
    expect(JSON.parse(carol.mirror.commits(carol.conversation)[0] as string)).toMatchObject({
      action: 'create',
      committer: 'teacher/phone',
    });
    const second = new Phone(kit, 'teacher2', 'Teacher 2', code);
    expect((await second.join(running.wsUrl, { secret: SECRET })).code).toBe('device-taken');
    await second.socket.close();
    // The teacher's laptop reloads: it resumes with its token, still the teacher.
    await teacher.socket.close();
    expect(await teacher.resume(running.wsUrl)).toMatchObject({
      type: 'welcome',
      role: 'teacher',
    });
    const info = await api(running, 'GET', `/api/classes/${code}`);
    const directory = info.json.directory as { device: string; role: string }[];
    expect(directory.find((d) => d.device === 'teacher/phone')?.role).toBe('teacher');
    // The teacher does not count as a student.
    expect(info.json.students).toBe(2);
  });

  it('is added to a provider-managed roster like everyone', async () => {
    const running = await server();
    const code = await openClass(running, 'provider-managed');
    const teacher = new Phone(kit, 'teacher', 'Teacher', code);
    await teacher.join(running.wsUrl, { secret: SECRET });
    cleanups.push(() => teacher.socket.close());
    await teacher.waitFor(() => teacher.onRoster('teacher/phone'), 'on roster');
  });
});

describe('what only the projector sees', () => {
  it('sends the provider’s read attempt with each envelope to watchers, not to phones', async () => {
    const running = await server();
    const code = await openClass(running);
    const projector = await watcher(running, code);
    const { teacher, phones } = await memberSignedClass(running, code);
    const [bob] = phones as [Phone];
    teacher.send('hello');
    await bob.waitFor(() => bob.texts().includes('hello'), 'message');
    await projector.until(() => events(projector, 'envelope').length === 1, 'envelope');
    expect(events(projector, 'envelope')[0]).toMatchObject({
      fromDevice: 'teacher/phone',
      provider: { readable: false, reason: 'no-key' },
    });
    const toBob = events(bob.socket, 'envelope')[0] as Frame;
    expect(toBob.fromDevice).toBe('teacher/phone');
    expect(toBob).not.toHaveProperty('provider');
    // A projector that starts watching later gets the same, from the log.
    const late = await watcher(running, code);
    await late.until(() => events(late, 'envelope').length === 1, 'envelope');
    expect(events(late, 'envelope')[0]).toMatchObject({
      provider: { readable: false, reason: 'no-key' },
    });
  });

  it('stores reports and sends them to watchers only; phones catch up around them with no gap problem', async () => {
    const running = await server();
    const code = await openClass(running);
    const projector = await watcher(running, code);
    const { teacher, phones } = await memberSignedClass(running, code);
    const [bob, carol] = phones as [Phone, Phone];
    const report = {
      type: 'report',
      method: 'roster-check',
      suspect: 'ghost/agency',
      detail: 'someone I do not know is on the roster',
    };
    bob.socket.send(report);
    await projector.until(() => events(projector, 'report').length === 1, 'report');
    expect(events(projector, 'report')[0]).toMatchObject({
      kind: 'report',
      from: 'bob/phone',
      method: 'roster-check',
      suspect: 'ghost/agency',
      detail: 'someone I do not know is on the roster',
    });
    // Carol was away: she resumes after the report and a message; she gets the message only.
    await carol.socket.close();
    bob.socket.send({ ...report, method: 'safety-number', suspect: null });
    teacher.send('after the report');
    await projector.until(() => events(projector, 'report').length === 2, 'second report');
    expect((await carol.resume(running.wsUrl)).type).toBe('welcome');
    await carol.waitFor(() => carol.texts().includes('after the report'), 'catch-up');
    for (const p of [teacher, bob, carol]) {
      expect(events(p.socket, 'report')).toEqual([]);
      expect(p.socket.texts.join('\n')).not.toContain('someone I do not know');
      expect(new Set(p.applied).size).toBe(p.applied.length);
    }
    // A fresh watcher catches up with both reports, in sequence order.
    const late = await watcher(running, code);
    await late.until(() => events(late, 'report').length === 2, 'reports from the log');
    const seqs = late.frames.filter((f) => f.type === 'event').map((f) => f.seq as number);
    expect(seqs).toEqual([...seqs].sort((a, b) => a - b));
    // A watcher cannot report; a connection that has not joined cannot either.
    expect((await answer(projector, report)).code).toBe('forbidden');
    const stranger = await Socket.open(running.wsUrl);
    cleanups.push(() => stranger.close());
    expect((await answer(stranger, report)).code).toBe('not-joined');
    // Typed refusals: a method that does not exist, a too-long detail.
    expect((await answer(bob.socket, { ...report, method: 'guess' })).code).toBe('malformed');
    expect((await answer(bob.socket, { ...report, detail: 'x'.repeat(281) })).code).toBe(
      'malformed',
    );
  });

  it('limits the reports of one phone', async () => {
    const running = await startServer({ limits: { reportsPerDevice: 2 } });
    cleanups.push(() => {
      removeDir(running.dataDir);
    });
    cleanups.push(() => running.server.close());
    const code = await openClass(running);
    const bob = new Phone(kit, 'bob', 'Bob', code);
    await bob.join(running.wsUrl);
    cleanups.push(() => bob.socket.close());
    const report = { type: 'report', method: 'recipient-check', suspect: null, detail: '' };
    bob.socket.send(report);
    bob.socket.send(report);
    expect((await answer(bob.socket, report)).code).toBe('rate-limited');
  });

  it('lets a burst of receipts through beyond the frame rate, not other frames', async () => {
    const running = await startServer({
      limits: { burst: 5, perSecond: 0.01, receiptBurst: 20, receiptsPerSecond: 0.01 },
    });
    cleanups.push(() => {
      removeDir(running.dataDir);
    });
    cleanups.push(() => running.server.close());
    const code = await openClass(running);
    const bob = new Phone(kit, 'bob', 'Bob', code);
    await bob.join(running.wsUrl);
    cleanups.push(() => bob.socket.close());
    const from = bob.socket.frames.length;
    // 4 frames of burst left after the join, and 20 more for receipts: 24 receipts at once are read (and refused for what they are).
    for (let i = 0; i < 24; i++) bob.socket.send({ type: 'receipt', receipt: { n: i } });
    const errors = () => bob.socket.frames.slice(from).filter((f) => f.type === 'error');
    await bob.socket.until(() => errors().length === 24, 'answers');
    expect(new Set(errors().map((f) => f.code))).toEqual(new Set(['bad-receipt']));
    bob.socket.send({ type: 'ping' });
    bob.socket.send({ type: 'receipt', receipt: {} });
    await bob.socket.until(() => errors().length === 26, 'two more answers');
    expect(
      errors()
        .slice(24)
        .map((f) => f.code),
    ).toEqual(['rate-limited', 'rate-limited']);
  });

  it('refuses receipts from a watcher, before joining, and malformed ones', async () => {
    const running = await server();
    const code = await openClass(running);
    const projector = await watcher(running, code);
    expect((await answer(projector, { type: 'receipt', receipt: {} })).code).toBe('forbidden');
    const stranger = await Socket.open(running.wsUrl);
    cleanups.push(() => stranger.close());
    expect((await answer(stranger, { type: 'receipt', receipt: {} })).code).toBe('not-joined');
    const bob = new Phone(kit, 'bob', 'Bob', code);
    await bob.join(running.wsUrl);
    cleanups.push(() => bob.socket.close());
    expect((await answer(bob.socket, { type: 'receipt', receipt: { reader: 1 } })).code).toBe(
      'bad-receipt',
    );
    expect((await answer(bob.socket, { type: 'receipt' })).code).toBe('malformed');
  });
});

describe('read receipts', () => {
  it('checks a signed receipt, stores it and tells watchers only; refuses one signed by someone else, a forged one, a repeat, and one for an envelope not addressed to the reader', async () => {
    const running = await server();
    const code = await openClass(running);
    const projector = await watcher(running, code);
    const { teacher, phones } = await memberSignedClass(running, code);
    const [bob, carol] = phones as [Phone, Phone];
    const json = teacher.send('hello');
    await bob.waitFor(() => bob.texts().includes('hello'), 'message');
    const envelope = parseEnvelope(json);
    const id = envelopeId(envelope);
    const receiptOf = (p: Phone, e: Envelope, readable: boolean) =>
      JSON.parse(receiptToJson(p.device.readReceipt(e, readable))) as Record<string, unknown>;
    const bobs = receiptOf(bob, envelope, true);
    bob.socket.send({ type: 'receipt', receipt: bobs });
    await projector.until(() => events(projector, 'receipt').length === 1, 'receipt');
    expect(events(projector, 'receipt')[0]).toMatchObject({
      kind: 'receipt',
      reader: bob.id,
      envelope: id,
      readable: true,
    });
    // Once per reader and envelope.
    expect((await answer(bob.socket, { type: 'receipt', receipt: bobs })).code).toBe('duplicate');
    // Carol sends Bob's receipt: signed by someone else.
    expect((await answer(carol.socket, { type: 'receipt', receipt: bobs })).code).toBe(
      'wrong-sender',
    );
    // Carol puts her name on Bob's signature: it does not check out.
    expect(
      (await answer(carol.socket, { type: 'receipt', receipt: { ...bobs, reader: carol.id } }))
        .code,
    ).toBe('bad-signature');
    // Bob flips his own receipt to "not readable": the signature no longer matches.
    expect(
      (await answer(bob.socket, { type: 'receipt', receipt: { ...bobs, readable: false } })).code,
    ).toBe('bad-signature');
    // An envelope never relayed in this class.
    const unsent = teacher.device.send(teacher.conversation, 'never relayed');
    expect(
      (await answer(bob.socket, { type: 'receipt', receipt: receiptOf(bob, unsent, false) })).code,
    ).toBe('bad-receipt');
    // An envelope not addressed to the reader: Dave joined but nobody signed him in.
    const dave = new Phone(kit, 'dave', 'Dave', code);
    await dave.join(running.wsUrl);
    cleanups.push(() => dave.socket.close());
    expect(envelope.wraps.map((w) => w.to)).not.toContain(dave.id);
    expect(
      (await answer(dave.socket, { type: 'receipt', receipt: receiptOf(dave, envelope, false) }))
        .code,
    ).toBe('bad-receipt');
    // Carol's honest receipt goes through too.
    carol.socket.send({ type: 'receipt', receipt: receiptOf(carol, envelope, true) });
    await projector.until(() => events(projector, 'receipt').length === 2, 'second receipt');
    // Phones never see receipts, live or on catch-up; a late watcher gets both from the log.
    const fromBob = parseEnvelope(bob.send('from bob'));
    await carol.waitFor(() => carol.texts().includes('from bob'), 'bob’s message');
    await bob.socket.close();
    carol.socket.send({ type: 'receipt', receipt: receiptOf(carol, fromBob, true) });
    teacher.send('while bob was away');
    await projector.until(() => events(projector, 'receipt').length === 3, 'third receipt');
    expect((await bob.resume(running.wsUrl)).type).toBe('welcome');
    await bob.waitFor(() => bob.texts().includes('while bob was away'), 'catch-up');
    for (const p of [teacher, bob, carol, dave]) expect(events(p.socket, 'receipt')).toEqual([]);
    const late = await watcher(running, code);
    await late.until(() => events(late, 'receipt').length === 3, 'receipts from the log');
  });
});

describe('votes', () => {
  it('opens a question, counts one vote per phone (which may change), tells watchers the tally only, and closes', async () => {
    const running = await server();
    const code = await openClass(running, 'provider-managed');
    const projector = await watcher(running, code);
    const phones = ['ann', 'ben', 'cat'].map((u) => new Phone(kit, u, u.toUpperCase(), code));
    for (const p of phones) {
      await p.join(running.wsUrl);
      cleanups.push(() => p.socket.close());
    }
    const [ann, ben, cat] = phones as [Phone, Phone, Phone];
    // No question open yet.
    expect(
      (await answer(ann.socket, { type: 'vote', question: 'who-reads', choice: 'nobody' })).code,
    ).toBe('no-vote');
    // Students cannot open or close a vote: the API wants the teacher secret.
    const body = { question: 'who-reads', choices: ['nobody', 'the-ghost', 'everyone'] };
    expect((await api(running, 'POST', `/api/classes/${code}/vote`, body, null)).status).toBe(401);
    expect((await api(running, 'POST', `/api/classes/${code}/vote`, body, 'guess')).status).toBe(
      401,
    );
    expect(
      (await api(running, 'DELETE', `/api/classes/${code}/vote`, undefined, null)).status,
    ).toBe(401);
    // Bad questions are refused.
    for (const bad of [
      { question: 'Who reads?', choices: ['a', 'b'] },
      { question: 'q', choices: ['only-one'] },
      { question: 'q', choices: ['same', 'same'] },
      { question: 'q', choices: ['a', 'b'], extra: 1 },
    ])
      expect((await api(running, 'POST', `/api/classes/${code}/vote`, bad)).status).toBe(400);
    expect((await api(running, 'POST', '/api/classes/ZZZZZZ/vote', body)).status).toBe(404);

    expect((await api(running, 'POST', `/api/classes/${code}/vote`, body)).status).toBe(200);
    for (const s of [ann.socket, projector])
      await s.until(
        () => s.frames.some((f) => f.type === 'class' && f.vote !== null),
        'class frame with the vote',
      );
    expect(ann.socket.frames.find((f) => f.type === 'class')).toMatchObject({
      vote: { question: 'who-reads', choices: ['nobody', 'the-ghost', 'everyone'] },
    });
    await projector.next('votes');
    const cast = (p: Phone, choice: string) => {
      p.socket.send({ type: 'vote', question: 'who-reads', choice });
    };
    cast(ann, 'nobody');
    cast(ben, 'the-ghost');
    cast(cat, 'the-ghost');
    cast(ann, 'the-ghost'); // Ann changes her mind: still one vote.
    const last = () => projector.frames.filter((f) => f.type === 'votes').at(-1) as Frame;
    await projector.until(
      () => (last().tally as Record<string, number>)['the-ghost'] === 3,
      'tally',
    );
    expect(last()).toEqual({
      type: 'votes',
      question: 'who-reads',
      tally: { nobody: 0, 'the-ghost': 3, everyone: 0 },
      voters: 3,
    });
    // Never who chose what: no device id in any votes frame, and phones get no tally.
    for (const f of projector.texts.filter((t) => t.includes('"votes"')))
      expect(f).not.toMatch(/ann|ben|cat/);
    for (const p of phones) expect(p.socket.frames.some((f) => f.type === 'votes')).toBe(false);
    // Typed refusals: another question, a choice not offered, a watcher voting.
    expect(
      (await answer(ben.socket, { type: 'vote', question: 'other', choice: 'nobody' })).code,
    ).toBe('no-vote');
    expect(
      (await answer(ben.socket, { type: 'vote', question: 'who-reads', choice: 'maybe' })).code,
    ).toBe('no-vote');
    expect(
      (await answer(projector, { type: 'vote', question: 'who-reads', choice: 'nobody' })).code,
    ).toBe('forbidden');
    expect(
      (await answer(ben.socket, { type: 'vote', question: 'who-reads', choice: 'Not A Slug' }))
        .code,
    ).toBe('malformed');
    // A projector that starts watching now gets the tally at once.
    const late = await watcher(running, code);
    expect((await late.next('votes')).voters).toBe(3);
    // Closed: the class frame says so, and votes are refused.
    expect((await api(running, 'DELETE', `/api/classes/${code}/vote`)).status).toBe(200);
    await cat.socket.until(
      () => cat.socket.frames.filter((f) => f.type === 'class').at(-1)?.vote === null,
      'closed',
    );
    expect(
      (await answer(cat.socket, { type: 'vote', question: 'who-reads', choice: 'nobody' })).code,
    ).toBe('no-vote');
  });
});

describe('escrow', () => {
  it('checks the key, then sends it to everyone as a sequenced, stored event', async () => {
    const running = await server();
    const code = await openClass(running);
    const projector = await watcher(running, code);
    const { phones } = await memberSignedClass(running, code);
    const [bob] = phones as [Phone];
    const authority = kit.escrowAuthority({ id: 'agency', name: 'The Agency' });
    const key = {
      id: authority.escrowKey.id,
      name: authority.escrowKey.name,
      publicKey: toBase64url(authority.escrowKey.publicKey),
    };
    const put = (body: unknown, secret: string | null = SECRET) =>
      api(running, 'PUT', `/api/classes/${code}/escrow`, body, secret);
    expect((await put({ key }, null)).status).toBe(401);
    for (const bad of [
      { key: { ...key, publicKey: toBase64url(new Uint8Array(31)) } },
      { key: { ...key, publicKey: 'not base64url!' } },
      { key: { id: key.id, publicKey: key.publicKey } },
      { key: { ...key, id: '' } },
      { key: { ...key, name: 'bell\u0007' } },
      { key: { ...key, extra: true } },
      key,
    ])
      expect((await put(bad)).status).toBe(400);
    const first = await put({ key });
    expect(first.status).toBe(200);
    // The same key again changes nothing; another one is refused.
    expect((await put({ key })).json.seq).toBe(first.json.seq);
    expect((await put({ key: { ...key, name: 'Someone else' } })).status).toBe(400);
    for (const s of [bob.socket, projector])
      await s.until(() => events(s, 'escrow').length === 1, 'escrow event');
    expect(events(bob.socket, 'escrow')[0]).toMatchObject({ seq: first.json.seq, key });
    // Stored: a restart, then a phone catching up from the start, gets it again.
    const restarted = await running.restart();
    cleanups.push(() => restarted.server.close());
    const fresh = await Socket.open(restarted.wsUrl);
    cleanups.push(() => fresh.close());
    fresh.send({ type: 'resume', code, token: bob.token, since: 0 });
    await fresh.until(() => events(fresh, 'escrow').length === 1, 'escrow from the log');
    expect(events(fresh, 'escrow')[0]).toMatchObject({ key });
  });
});

describe('the ordered client update', () => {
  it('goes to one connected phone only, which then signs the ghost in for everyone to see', async () => {
    const running = await server();
    const code = await openClass(running);
    const { teacher, phones } = await memberSignedClass(running, code);
    const [bob, carol] = phones as [Phone, Phone];
    const post = (body: unknown, secret: string | null = SECRET) =>
      api(running, 'POST', `/api/classes/${code}/client-update`, body, secret);
    expect((await post({ device: bob.id }, null)).status).toBe(401);
    // No access order yet.
    expect((await post({ device: bob.id })).status).toBe(400);
    const ghost = new Phone(kit, 'ghost', 'Ghost', code, true);
    const projector = await watcher(running, code);
    ghost.attach(projector);
    expect(
      (
        await api(running, 'POST', `/api/classes/${code}/access-order`, {
          bundle: ghost.bundleJson(),
        })
      ).status,
    ).toBe(200);
    expect((await post({ device: 'nobody/phone' })).status).toBe(404);
    expect((await post({ device: ghost.id })).status).toBe(404);
    expect((await post({})).status).toBe(400);
    await carol.socket.close();
    expect((await post({ device: carol.id })).status).toBe(409);
    const update = await post({ device: bob.id });
    expect(update).toMatchObject({ status: 200, json: { ghost: ghost.id } });
    expect(await bob.socket.next('client-update')).toEqual({
      type: 'client-update',
      ghost: ghost.id,
    });
    // Bob's client carries it out: a signed commit adding the ghost, made by Bob.
    await bob.waitFor(() => bob.mirror.directory.find(ghost.id) !== undefined, 'ghost bundle');
    const before = events(teacher.socket, 'roster').length;
    bob.signIn(ghost.id);
    await teacher.waitFor(
      () => events(teacher.socket, 'roster').length > before,
      'the commit signing the ghost in',
    );
    expect(events(teacher.socket, 'roster').at(-1)).toMatchObject({ op: 'commit', device: bob.id });
    expect(teacher.onRoster(ghost.id)).toBe(true);
    for (const s of [teacher.socket, projector])
      expect(s.frames.some((f) => f.type === 'client-update')).toBe(false);
    teacher.send('the ghost reads this');
    await ghost.waitFor(() => ghost.texts().includes('the ghost reads this'), 'ghost reads');
  });

  it('is refused in a provider-managed class', async () => {
    const running = await server();
    const code = await openClass(running, 'provider-managed');
    const bob = new Phone(kit, 'bob', 'Bob', code);
    await bob.join(running.wsUrl);
    cleanups.push(() => bob.socket.close());
    expect(
      (await api(running, 'POST', `/api/classes/${code}/client-update`, { device: bob.id })).status,
    ).toBe(400);
  });
});
