import type { Kit } from '@e2ee-kit/crypto-demo';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Limits } from '../src/server.js';
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

async function server(limits?: Partial<Limits>): Promise<Running> {
  const running = await startServer(limits ? { limits } : {});
  cleanups.push(() => {
    removeDir(running.dataDir);
  });
  cleanups.push(() => running.server.close());
  return running;
}

async function socket(running: Running): Promise<Socket> {
  const s = await Socket.open(running.wsUrl);
  cleanups.push(() => s.close());
  return s;
}

describe('joining', () => {
  it('checks the name: length, control characters, duplicates in any case', async () => {
    const running = await server();
    const code = await openClass(running);
    const join = async (name: string, user: string) => {
      const phone = new Phone(kit, user, name, code);
      const answer = await phone.join(running.wsUrl);
      cleanups.push(() => phone.socket.close());
      return answer.type === 'error' ? answer.code : answer.type;
    };
    expect(await join('Zoé', 's1')).toBe('welcome');
    expect(await join('ZOÉ', 's2')).toBe('name-taken');
    expect(await join('', 's3')).toBe('bad-name');
    expect(await join('x'.repeat(33), 's4')).toBe('bad-name');
    expect(await join('bad\u0007bell', 's5')).toBe('bad-name');
    expect(await join('Zoe', 's1')).toBe('device-taken');
    expect(await join('Ana', 'provider')).toBe('device-taken');
  });

  it('needs a certified v2 bundle whose name is the display name', async () => {
    const running = await server();
    const code = await openClass(running);
    const answer = async (phone: Phone, bundle?: Record<string, string>) => {
      const a = await phone.join(running.wsUrl, bundle ? { bundle } : {});
      cleanups.push(() => phone.socket.close());
      return a.type === 'error' ? a.code : a.type;
    };
    // The certificate covers the name: another name breaks it…
    const bea = new Phone(kit, 'bea', 'Bea', code);
    expect(await answer(bea, { ...bea.bundleJson(), name: 'Béa' })).toBe('bad-bundle');
    // …and so do another device's keys under Bea's certificate.
    const cy = new Phone(kit, 'cy', 'Bea', code);
    expect(await answer(cy, { ...bea.bundleJson(), signingKey: cy.bundleJson().signingKey })).toBe(
      'bad-bundle',
    );
    // A v1 bundle (no identity key, no certificate) is not a bundle any more.
    const b = bea.bundleJson();
    const v1 = {
      device: b.device,
      user: b.user,
      signingKey: b.signingKey,
      agreementKey: b.agreementKey,
    };
    expect(await answer(new Phone(kit, 'dee', 'Bea', code), v1)).toBe('malformed');
    expect(await answer(new Phone(kit, 'bea', 'Bea', code))).toBe('welcome');
  });

  it('needs the class code, and refuses a closed class', async () => {
    const running = await server();
    const code = await openClass(running);
    const other = code === 'AAAAAA' ? 'BBBBBB' : 'AAAAAA';
    const stranger = new Phone(kit, 'x', 'X', other);
    expect((await stranger.join(running.wsUrl)).code).toBe('unknown-class');
    await stranger.socket.close();
    expect((await api(running, 'POST', `/api/classes/${code}/close`)).status).toBe(200);
    const late = new Phone(kit, 'y', 'Y', code);
    expect((await late.join(running.wsUrl)).code).toBe('class-closed');
    await late.socket.close();
  });

  it('limits the class size', async () => {
    const running = await server({ classSize: 3 });
    const code = await openClass(running);
    const answers: string[] = [];
    for (let i = 0; i < 4; i++) {
      const p = new Phone(kit, `s${i}`, `Student ${i}`, code);
      const a = await p.join(running.wsUrl);
      cleanups.push(() => p.socket.close());
      answers.push(a.type === 'error' ? (a.code as string) : a.type);
    }
    expect(answers).toEqual(['welcome', 'welcome', 'welcome', 'class-full']);
  });
});

describe('teacher operations', () => {
  it('need the teacher secret', async () => {
    const running = await server();
    expect((await api(running, 'POST', '/api/classes', {}, null)).status).toBe(401);
    expect((await api(running, 'POST', '/api/classes', {}, 'guess')).status).toBe(401);
    const code = await openClass(running);
    for (const [method, path, body] of [
      ['GET', `/api/classes/${code}`, undefined],
      ['POST', `/api/classes/${code}/close`, undefined],
      ['PUT', `/api/classes/${code}/mode`, { mode: 'provider-managed' }],
      ['POST', `/api/classes/${code}/access-order`, { bundle: {} }],
      ['DELETE', `/api/classes/${code}/members/a%2Fphone`, undefined],
      ['PUT', `/api/classes/${code}/escrow`, { key: {} }],
      ['POST', `/api/classes/${code}/client-update`, { device: 'a/phone' }],
      ['POST', `/api/classes/${code}/vote`, { question: 'q', choices: ['a', 'b'] }],
      ['DELETE', `/api/classes/${code}/vote`, undefined],
    ] as const) {
      expect((await api(running, method, path, body, 'wrong')).status, `${method} ${path}`).toBe(
        401,
      );
    }
    expect((await api(running, 'GET', `/api/classes/${code}`)).json.open).toBe(true);
  });

  it('are not reachable from a student’s connection', async () => {
    const running = await server();
    const code = await openClass(running);
    const s = await socket(running);
    s.send({ type: 'watch', code, secret: 'not-it', since: 0 });
    expect((await s.next('error')).code).toBe('forbidden');
    const phone = new Phone(kit, 'eve', 'Eve', code);
    await phone.join(running.wsUrl);
    cleanups.push(() => phone.socket.close());
    const from = phone.socket.frames.length;
    phone.socket.send({ type: 'watch', code, secret: SECRET, since: 0 });
    expect((await phone.socket.next('error', from)).code).toBe('already-joined');
  });

  it('give the secret only on the teacher’s machine', async () => {
    const running = await server();
    const local = await fetch(
      `${running.url.replace('127.0.0.1', 'localhost')}/api/teacher/secret`,
    );
    expect(((await local.json()) as { secret: string }).secret).toBe(SECRET);
    // A page on another site that rebinds its name to 127.0.0.1 sends its own Host.
    const { request } = await import('node:http');
    const status = await new Promise<number>((resolve) => {
      request(`${running.url}/api/teacher/secret`, { headers: { host: 'evil.example' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      }).end();
    });
    expect(status).toBe(403);
  });
});

describe('limits', () => {
  it('answers an oversized frame with a typed error, and drops a huge one', async () => {
    const running = await server({ frameBytes: 1024, hardFrameBytes: 8192 });
    const s = await socket(running);
    s.send('x'.repeat(2000));
    expect(await s.next('error')).toMatchObject({ type: 'error', code: 'too-large' });
    s.send({ type: 'ping' });
    await s.next('pong');
    s.send('x'.repeat(10_000));
    await s.until(() => s.closed !== undefined, 'close');
    expect(s.closed?.code).toBe(1009);
  });

  it('rate-limits each connection', async () => {
    const running = await server({ burst: 5, perSecond: 1 });
    const s = await socket(running);
    for (let i = 0; i < 20; i++) s.send({ type: 'ping' });
    await s.until(() => s.frames.length === 20, '20 answers');
    expect(s.frames.filter((f) => f.type === 'pong').length).toBeLessThanOrEqual(6);
    expect(s.frames.filter((f) => f.code === 'rate-limited').length).toBeGreaterThanOrEqual(14);
  });

  it('limits connections per address', async () => {
    const running = await server({ connectionsPerIp: 2 });
    await socket(running);
    await socket(running);
    const third = await socket(running);
    expect(await third.next('error')).toMatchObject({ code: 'too-many-connections' });
    await third.until(() => third.closed !== undefined, 'close');
    expect(third.closed?.code).toBe(1008);
  });

  it('refuses a page of another origin', async () => {
    const running = await server();
    const { WebSocket } = await import('ws');
    const ws = new WebSocket(running.wsUrl, { headers: { origin: 'http://evil.example' } });
    const code = await new Promise<number>((resolve) =>
      ws.on('close', (c) => {
        resolve(c);
      }),
    );
    expect(code).toBe(1008);
  });
});

describe('fuzz', () => {
  it('answers 10,000 malformed frames with typed errors and stays up', async () => {
    const running = await server({
      burst: 1e9,
      perSecond: 1e9,
      strikes: 1e9,
      frameBytes: 4096,
      hardFrameBytes: 65_536,
    });
    const code = await openClass(running);
    const phone = new Phone(kit, 'fuzzer', 'Fuzzer', code);
    await phone.join(running.wsUrl);
    cleanups.push(() => phone.socket.close());
    let seed = 12345;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    const junk = () =>
      Array.from({ length: rand(40) }, () => String.fromCharCode(rand(0x2fff))).join('');
    const generators: (() => string)[] = [
      junk,
      () => `{"type":"${junk()}"}`,
      () => JSON.stringify({ type: 'envelope', envelope: junk() }),
      () => JSON.stringify({ type: 'envelope', envelope: { v: 1, header: { counter: -rand(9) } } }),
      () =>
        JSON.stringify({ type: 'join', code: junk(), name: junk(), bundle: { device: junk() } }),
      () => JSON.stringify({ type: 'resume', code, token: junk(), since: rand(100) }),
      () =>
        JSON.stringify({
          type: 'commit',
          commit: JSON.stringify({ v: 2, type: 'commit', epoch: rand(5), signature: junk() }),
        }),
      () =>
        JSON.stringify({ type: 'commit', op: 'add', device: 'fuzzer/phone', signature: junk() }),
      () => JSON.stringify({ type: 'ping', extra: junk() }),
      // The live class's frames: a forged receipt, a report of an unknown kind,
      // a vote when no question is open.
      () => JSON.stringify({ type: 'receipt', receipt: { v: 2, envelope: junk(), sig: junk() } }),
      () => JSON.stringify({ type: 'receipt', receipt: junk() }),
      () => JSON.stringify({ type: 'report', method: junk(), suspect: null, detail: junk() }),
      () =>
        JSON.stringify({
          type: 'report',
          method: 'roster-check',
          suspect: null,
          detail: 'z'.repeat(281 + rand(50)),
        }),
      () => JSON.stringify({ type: 'vote', question: 'access-order', choice: 'yes' }),
      () => JSON.stringify({ type: 'vote', question: junk(), choice: junk() }),
      () => '['.repeat(rand(3000)),
      () => JSON.stringify([rand(10), null, true]),
      () => `{"type":"envelope","envelope":{"v":1,"__proto__":{"x":1}}}`,
      () => 'y'.repeat(4097 + rand(100)),
      () => 'null',
      () => `"${junk()}"`,
      () => String(rand(1e9)),
    ];
    const total = 10_000;
    const s = phone.socket;
    const start = s.frames.length;
    for (let sent = 0; sent < total;) {
      const batch = Math.min(500, total - sent);
      for (let i = 0; i < batch; i++)
        s.send((generators[rand(generators.length)] as () => string)());
      sent += batch;
      await s.until(() => s.frames.length - start >= sent, `${sent} answers`);
    }
    const answers = s.frames.slice(start);
    expect(answers).toHaveLength(total);
    expect(
      answers.every(
        (f) => f.type === 'error' && typeof f.code === 'string' && f.code !== 'internal',
      ),
    ).toBe(true);
    // Still serving: a fresh student joins and the fuzzer's connection still answers.
    s.send({ type: 'ping' });
    await s.next('pong', start + total);
    const after = new Phone(kit, 'after', 'After', code);
    expect((await after.join(running.wsUrl)).type).toBe('welcome');
    await after.socket.close();
  });
});
