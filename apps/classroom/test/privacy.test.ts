import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { newKit, openClass, Phone, removeDir, SECRET, Socket, startServer } from './harness.js';

describe('what the provider holds', () => {
  it('never holds the text of a message: not in the database (nor its WAL), the logs, or any frame it sent', async () => {
    const kit = await newKit();
    const running = await startServer();
    const code = await openClass(running);
    const projector = await Socket.open(running.wsUrl);
    projector.send({ type: 'watch', code, secret: SECRET, since: 0 });
    await projector.next('welcome');
    const phones = ['ana', 'ben', 'cy'].map((u) => new Phone(kit, u, u, code));
    // Ana's is the teacher's device: it alone creates the class chat.
    for (const p of phones) await p.join(running.wsUrl, p.user === 'ana' ? { secret: SECRET } : {});
    const [ana, ben, cy] = phones as [Phone, Phone, Phone];
    await ana.waitFor(() => ana.mirror.directory.find('cy/phone') !== undefined, 'directory');
    ana.create();
    await ana.waitFor(() => ana.onRoster('ana/phone'), 'created');
    ana.signIn('ben/phone');
    ana.signIn('cy/phone');
    for (const p of phones) await p.waitFor(() => p.onRoster('cy/phone'), 'roster');
    const secrets = [
      'Zanzibar-Quokka-7731',
      'la réponse est 42 ⚡ pamplemousse',
      'MEET AT THE OLD MILL',
    ];
    ana.send(secrets[0] as string);
    ben.send(secrets[1] as string);
    cy.send(secrets[2] as string);
    for (const p of phones) await p.waitFor(() => p.messages.length === 2, 'delivery');
    await projector.until(
      () => projector.frames.filter((f) => f.kind === 'envelope').length === 3,
      'projector feed',
    );
    // The phones really read them: the test is not vacuous.
    expect(phones.flatMap((p) => p.texts()).sort()).toEqual([...secrets, ...secrets].sort());

    const files = readdirSync(running.dataDir).map((f) => join(running.dataDir, f));
    expect(files.some((f) => f.endsWith('-wal'))).toBe(true);
    const haystacks: [string, string][] = [
      ...files.map((f): [string, string] => [
        f,
        readFileSync(f).toString('latin1') + readFileSync(f).toString('utf8'),
      ]),
      ['logs', running.logs.join('')],
      ...phones.map((p): [string, string] => [`frames to ${p.id}`, p.socket.texts.join('\n')]),
      ['frames to the projector', projector.texts.join('\n')],
    ];
    for (const [where, text] of haystacks) {
      expect(text.length, where).toBeGreaterThan(0);
      for (const secret of secrets) {
        for (const word of [secret, ...secret.split(' ').filter((w) => w.length >= 5)]) {
          expect(text.includes(word), `"${word}" in ${where}`).toBe(false);
        }
      }
    }
    for (const p of phones) await p.socket.close();
    await projector.close();
    await running.server.close();
    removeDir(running.dataDir);
  });
});
