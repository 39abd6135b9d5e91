/**
 * What the provider holds in a whole live class, with @e2ee-kit/live's own
 * clients (the teacher's laptop and three phones): messages, read receipts,
 * the access order, escrow, a ghost report and a vote. None of the messages'
 * text may appear in the database (nor its WAL), the logs, or any frame the
 * server sent to any client.
 */
import { LivePhone, LiveTeacher, memoryKeyStore } from '@e2ee-kit/live';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { removeDir, SECRET, startServer } from './harness.js';
import { rowOf, texts, until } from './live-clients.js';

/** Every frame text the server sent to any client of this test. */
const received: string[] = [];

/** `ws`'s WebSocket, recording what it receives. */
class RecordingWebSocket extends WebSocket {
  constructor(...args: ConstructorParameters<typeof WebSocket>) {
    super(...args);
    this.on('message', (data: Buffer) => received.push(data.toString('utf8')));
  }
}

const closers: (() => void | Promise<void>)[] = [];
afterAll(async () => {
  for (const c of closers.splice(0).reverse()) await c();
});

describe('what the provider holds in a live class', { timeout: 90_000 }, () => {
  it('never the text of a message: not in the database, its WAL, the logs, or any frame sent', async () => {
    const running = await startServer();
    closers.push(() => {
      removeDir(running.dataDir);
    });
    closers.push(() => running.stop());
    const WS = RecordingWebSocket as unknown as typeof globalThis.WebSocket;
    const teacher = await LiveTeacher.start({
      origin: running.url,
      secret: SECRET,
      store: memoryKeyStore(),
      WebSocket: WS,
    });
    closers.push(() => {
      teacher.close();
    });
    const code = await teacher.openClass('provider-managed');
    const phones: LivePhone[] = [];
    for (const name of ['Ana', 'Ben', 'Chloé']) {
      const p = await LivePhone.start({
        url: running.wsUrl,
        code,
        name,
        store: memoryKeyStore(),
        WebSocket: WS,
      });
      closers.push(() => {
        p.close();
      });
      phones.push(p);
    }
    const [ana, ben, chloe] = phones as [LivePhone, LivePhone, LivePhone];
    for (const p of phones) await until(p, (s) => s.roster.length === 4, 'everyone joined');

    const secrets = [
      'Zanzibar-Quokka-7731',
      'la réponse est 42 ⚡ pamplemousse',
      'MEET AT THE OLD MILL',
      'Ghostly-Marmalade-99',
    ];
    ana.send(secrets[0] as string);
    await teacher.accessOrder();
    ben.send(secrets[1] as string);
    await teacher.mandateEscrow();
    chloe.send(secrets[2] as string);
    teacher.steal();
    teacher.send(secrets[3] as string);
    for (const p of phones)
      await until(p, (s) => secrets.every((t) => texts(s).includes(t)), 'every message');
    // The receipts came back and the ghost, the agency and Mallory really read:
    // the test is not vacuous.
    const seen = await until(
      teacher,
      (s) =>
        phones.every((p) => rowOf(s, secrets[3] as string)?.cells[p.id] === 'read') &&
        rowOf(s, secrets[2] as string)?.cells.mallory === 'read',
      'receipts and the others’ columns',
    );
    expect(seen.ghost.reads.map((r) => r.text)).toEqual(secrets.slice(1));
    const finding = ana.checkRoster()[0];
    expect(finding).toBeDefined();
    ana.report(finding as NonNullable<typeof finding>);
    await until(teacher, (s) => s.reports.length === 1, 'the report');

    const files = readdirSync(running.dataDir).map((f) => join(running.dataDir, f));
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
    const haystacks: [string, string][] = [
      ...files.map((f): [string, string] => [
        f,
        readFileSync(f).toString('latin1') + readFileSync(f).toString('utf8'),
      ]),
      ['logs', running.logs.join('')],
      ['frames sent to the clients', received.join('\n')],
    ];
    expect(received.some((f) => f.includes('"kind":"receipt"'))).toBe(true);
    expect(received.some((f) => f.includes('"kind":"report"'))).toBe(true);
    for (const [where, text] of haystacks) {
      expect(text.length, where).toBeGreaterThan(0);
      for (const secret of secrets) {
        for (const word of [secret, ...secret.split(' ').filter((w) => w.length >= 5)]) {
          expect(text.includes(word), `"${word}" in ${where}`).toBe(false);
        }
      }
    }
  });
});
