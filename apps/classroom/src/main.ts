/**
 * `npm run start -w @e2ee-kit/classroom [-- --host]`: starts the classroom
 * server, prints the teacher secret on this terminal only, and with --host
 * the join address and its QR code.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import QRCode from 'qrcode';
import { createClassroomServer } from './server.js';

const onNetwork = process.argv.includes('--host');
const port = Number(process.env.PORT ?? 4173);
const host = process.env.HOST ?? (onNetwork ? '0.0.0.0' : '127.0.0.1');
const dataDir =
  process.env.CLASSROOM_DATA_DIR ?? fileURLToPath(new URL('../data', import.meta.url));
const staticDir =
  process.env.CLASSROOM_STATIC_DIR ?? fileURLToPath(new URL('../../lesson/dist', import.meta.url));

// The secret is kept in the data folder (owner-only), so that a restart
// mid-lesson on the same folder keeps it: the projector window, which holds
// the teacher's keys and its copy of the secret, carries on without a reload.
const secretFile = join(dataDir, 'teacher-secret');
let teacherSecret: string | undefined;
try {
  teacherSecret = readFileSync(secretFile, 'utf8').trim() || undefined;
} catch {
  teacherSecret = undefined;
}
// On the network, the address phones open: the projector shows it (the
// teacher's own window is on localhost, which a phone cannot open).
const address = ['127.0.0.1', 'localhost', '::1'].includes(host)
  ? undefined
  : Object.values(networkInterfaces())
      .flat()
      .find((i) => i && i.family === 'IPv4' && !i.internal)?.address;
const joinOrigin = address ? `http://${address}:${port}` : undefined;
const server = await createClassroomServer({
  dataDir,
  staticDir,
  logStream: process.stderr,
  ...(teacherSecret ? { teacherSecret } : {}),
  ...(joinOrigin ? { joinOrigin } : {}),
});
if (!teacherSecret) {
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(secretFile, server.teacherSecret, { mode: 0o600 });
}
await server.app.listen({ port, host });

const local = `http://localhost:${port}/`;
const lines = [
  '',
  `  Classroom server on ${local}`,
  `  Teacher's console (on this machine only): ${local}#/en/live/console`,
  `  Data folder: ${dataDir}`,
  `  Teacher secret (keep it on this machine): ${server.teacherSecret}`,
];
if (onNetwork) {
  if (joinOrigin) {
    const join = `${joinOrigin}/`;
    lines.push(`  Students join at ${join}`, '');
    lines.push(await QRCode.toString(join, { type: 'terminal', small: true }));
  } else {
    lines.push('  No network address found: is this machine on the school network?');
  }
}
process.stdout.write(`${lines.join('\n')}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void server.close().then(() => process.exit(0));
  });
}
