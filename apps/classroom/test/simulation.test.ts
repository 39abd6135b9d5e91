import { describe, expect, it } from 'vitest';
import { newKit, openClass, Phone, removeDir, startServer } from './harness.js';

const CLASSES = Number(process.env.SIM_CLASSES ?? 10);
const STUDENTS = 40;

describe('a school morning', () => {
  it(
    `relays for ${STUDENTS} students in each of ${CLASSES} classes at once`,
    { timeout: 240_000 },
    async () => {
      const kit = await newKit();
      const running = await startServer({ limits: { connectionsPerIp: 1000 } });
      const started = performance.now();
      const classes = await Promise.all(
        Array.from({ length: CLASSES }, async (_, c) => {
          const code = await openClass(running, 'provider-managed');
          const phones = Array.from(
            { length: STUDENTS },
            (_, s) => new Phone(kit, `c${c}s${s}`, `Student ${s}`, code),
          );
          for (const p of phones) expect((await p.join(running.wsUrl)).type).toBe('welcome');
          return phones;
        }),
      );
      const everyone = classes.flat();
      for (const p of everyone)
        await p.waitFor(
          () => p.mirror.conversations()[0]?.entries.length === STUDENTS,
          'full roster',
        );
      const joined = performance.now();
      for (const p of everyone) p.send(`hello from ${p.user}`);
      for (const p of everyone)
        await p.waitFor(() => p.messages.length === STUDENTS - 1, 'every message', 200_000);
      const relayed = performance.now();
      for (const phones of classes) {
        for (const p of phones) {
          expect(p.refused).toEqual([]);
          // Classes are independent: every sender of what a phone read is in its own class.
          expect(p.messages.every((m) => phones.some((q) => q.id === m.from.device))).toBe(true);
          expect(new Set(p.applied).size).toBe(p.applied.length);
        }
      }
      console.log(
        `${CLASSES}×${STUDENTS}: joined in ${Math.round(joined - started)} ms, ` +
          `${CLASSES * STUDENTS} messages to ${CLASSES * STUDENTS * (STUDENTS - 1)} decryptions in ${Math.round(relayed - joined)} ms`,
      );
      await Promise.all(everyone.map((p) => p.socket.close()));
      await running.server.close();
      removeDir(running.dataDir);
    },
  );
});
