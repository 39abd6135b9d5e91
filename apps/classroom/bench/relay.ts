/**
 * Speed of the live classroom's relay: `npm run bench -w @e2ee-kit/classroom`
 * (and `npm run bench` at the root, after crypto-demo's).
 *
 * Clients included: every phone is a real crypto-demo v2 device (real
 * randomness) of test/harness.ts, joined over a real WebSocket to the real
 * server (Fastify, SQLite in WAL mode, pino) on 127.0.0.1 with a temporary
 * data folder. A message's time is from the sender's `device.send` call
 * (encryption included) to the moment the last of the 39 other phones of its
 * class has decrypted it (`device.open`: signature, key unwrap, body).
 *
 * Side by side, in the same run and with the same devices, a raw broadcast:
 * a plain `ws` WebSocketServer that sends each envelope frame as is to the
 * 40 sockets of its room, and the same 40 devices open it. The ratio of the
 * medians is the classroom server's overhead (checks, SQLite, logs) over a
 * relay that does nothing but relay. Blocks of each side alternate.
 *
 * (a) one class of 40; (b) 10 classes of 40 at once; (c) memory per class.
 * Budgets: (a) p95 ≤ 100 ms; (b) p95 ≤ 250 ms; p50 ≤ 2× the raw broadcast's;
 * every message decrypted by all 39 other phones. Exits with code 1 if a
 * budget fails. Loopback only; a fixed number of messages; stops by itself
 * (time cap below); the data folder is deleted at the end.
 */
import { fork, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { parseEnvelope, serializeEnvelope } from '@e2ee-kit/crypto-demo';
import { WebSocket } from 'ws';
import { newKit, openClass, Phone, removeDir, tempDir } from '../test/harness.js';
import type { FromServer, ToServer } from './servers.js';
import { formatBytes, formatMs, percentile, table, verdict } from './stats.js';

const STUDENTS = 40;
const CLASSES = 10;
/** (a): blocks per side, messages per block, one message every … ms: 120 per side, 3 per phone. */
const ONE = { blocks: 12, messages: 10, intervalMs: 100 };
/** (b): blocks per side, messages per class per block, each class one message every … ms: 30 per class per side. */
const MANY = { blocks: 6, messages: 5, intervalMs: 500 };
/** A class's next send waits while this many of its messages are not yet read by all. */
const MAX_IN_FLIGHT = 4;
/** A message not read by all 39 within this time after its block's last send is lost. */
const DRAIN_CAP_MS = 15_000;
/** No block starts after this: what was measured is printed, and the run fails. */
const SOFT_CAP_MS = 240_000;
/** The whole run stops (and fails) after this, printing nothing more. */
const TIME_CAP_MS = 300_000;
const BUDGET_ONE_P95 = 100;
const BUDGET_MANY_P95 = 250;
const BUDGET_RATIO = 2;
/** Chat-sized text after an 8-character tag: 56 UTF-8 bytes in all, as in crypto-demo's bench. */
const FILLER = 'Vote tonight at 21:00 — meet at the café after?';

type Side = 'classroom' | 'raw';
const SIDES: readonly Side[] = ['classroom', 'raw'];
const LABEL: Record<Side, string> = { classroom: 'classroom server', raw: 'raw ws broadcast' };

const runStarted = performance.now();
const loads: string[] = [];
const load = (when: string) => {
  const text = os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ');
  loads.push(`${when} ${text}`);
  return text;
};

// ---- the two relays, each in a process of its own --------------------------------

const SERVERS = fileURLToPath(new URL('./servers.ts', import.meta.url));

class ServerProcess {
  readonly #child: ChildProcess;
  readonly #pending: ((message: FromServer) => void)[] = [];
  wsUrl = '';
  url = '';

  private constructor(child: ChildProcess) {
    this.#child = child;
    child.on('message', (message: FromServer) => {
      this.#pending.shift()?.(message);
    });
  }

  static async start(args: string[]): Promise<ServerProcess> {
    const child = fork(SERVERS, args, {
      execArgv: ['--import', 'tsx', '--conditions=@e2ee-kit/source', '--expose-gc'],
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    });
    const server = new ServerProcess(child);
    const ready = await new Promise<FromServer>((resolve, reject) => {
      server.#pending.push(resolve);
      child.once('exit', (code) => {
        reject(new Error(`${args.join(' ')}: exited with ${String(code)}`));
      });
    });
    if (ready.type !== 'ready') throw new Error('no ready message');
    server.wsUrl = ready.wsUrl;
    server.url = ready.url;
    return server;
  }

  #ask(message: ToServer): Promise<FromServer> {
    return new Promise((resolve) => {
      this.#pending.push(resolve);
      this.#child.send(message);
    });
  }

  async memory(): Promise<NodeJS.MemoryUsage> {
    const answer = await this.#ask({ type: 'memory' });
    if (answer.type !== 'memory') throw new Error('unexpected answer');
    return answer.usage;
  }

  async cpu(): Promise<number> {
    const answer = await this.#ask({ type: 'cpu' });
    if (answer.type !== 'cpu') throw new Error('unexpected answer');
    return (answer.usage.user + answer.usage.system) / 1000;
  }

  stop(): Promise<void> {
    if (this.#child.exitCode !== null) return Promise.resolve();
    return new Promise((resolve) => {
      this.#child.once('exit', () => {
        resolve();
      });
      this.#child.send({ type: 'stop' } satisfies ToServer);
    });
  }

  kill(): void {
    this.#child.kill();
  }
}

const dataDir = tempDir();
const servers: Partial<Record<Side, ServerProcess>> = {};
function server(side: Side): ServerProcess {
  const found = servers[side];
  if (!found) throw new Error(`the ${side} server is not running`);
  return found;
}
const members: Member[][] = [];

/** Closes every socket, stops both servers, deletes the data folder. */
async function cleanUp(): Promise<void> {
  for (const m of members.flat()) {
    m.phone.socket.ws.terminate();
    m.raw?.terminate();
  }
  await Promise.all(SIDES.map((side) => servers[side]?.stop() ?? Promise.resolve()));
  removeDir(dataDir);
}

const cap = setTimeout(() => {
  console.log(`\ntime cap of ${TIME_CAP_MS / 1000} s reached: stopping. FAIL`);
  for (const side of SIDES) servers[side]?.kill();
  removeDir(dataDir);
  process.exit(1);
}, TIME_CAP_MS);
cap.unref();
process.once('SIGINT', () => {
  for (const side of SIDES) servers[side]?.kill();
  removeDir(dataDir);
  process.exit(130);
});

// ---- phones ----------------------------------------------------------------------

interface Member {
  readonly phone: Phone;
  readonly cls: number;
  raw?: WebSocket;
}

interface Flight {
  readonly cls: number;
  readonly start: number;
  left: number;
  readonly into: number[] | null;
}

/** Messages sent and not yet decrypted by all 39 other phones of their class, by text. */
const flights = new Map<string, Flight>();
const inFlight = new Array<number>(CLASSES).fill(0);
const nextSender = new Array<number>(CLASSES).fill(0);
const problems: string[] = [];
/** Messages counted as lost (not read by all in time); a read of one later is only counted. */
const givenUp = new Set<string>();
let lateReads = 0;
/** Set when the soft time cap stopped a scenario early. */
const timing = { cutShort: false };
let serial = 0;
let wakers: (() => void)[] = [];

function delivered(text: string): void {
  const flight = flights.get(text);
  if (!flight) {
    if (givenUp.has(text)) lateReads++;
    else problems.push(`a phone decrypted a text nobody sent: ${text.slice(0, 8)}`);
    return;
  }
  if (--flight.left > 0) return;
  flight.into?.push(performance.now() - flight.start);
  flights.delete(text);
  inFlight[flight.cls] = (inFlight[flight.cls] ?? 0) - 1;
  const waiting = wakers;
  wakers = [];
  for (const wake of waiting) wake();
}

/** Resolves at the next completed delivery, or after `ms`. */
function nextDelivery(ms: number): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, Math.max(1, ms));
    wakers.push(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * What a phone does with a frame, the same on both sides: parse the frame,
 * read the envelope with crypto-demo's parser, skip its own, open the others.
 */
function receive(member: Member, side: Side, data: Buffer): void {
  const t0 = performance.now();
  const frame = JSON.parse(data.toString('utf8')) as Record<string, unknown>;
  if (side === 'classroom') {
    if (frame.type === 'error') {
      problems.push(`${member.phone.id}: error frame ${String(frame.code)}`);
      return;
    }
    if (frame.type !== 'event' || frame.kind !== 'envelope') return;
  } else if (frame.type !== 'envelope') return;
  const envelope = parseEnvelope(frame.envelope);
  const t1 = performance.now();
  handlerMs.parse += t1 - t0;
  const id = member.phone.id;
  if (envelope.header.senderDevice === id || !envelope.wraps.some((w) => w.to === id)) return;
  try {
    const text = member.phone.device.open(envelope).text;
    handlerMs.open += performance.now() - t1;
    delivered(text);
  } catch (error) {
    problems.push(`${id}: ${(error as Error).message}`);
  }
}

/** Wall-clock ms spent in the phones' handlers: reading frames (JSON + parseEnvelope), opening. */
const handlerMs = { parse: 0, open: 0 };

/** The next phone of class `cls` (round-robin) encrypts and sends through `side`. */
function send(side: Side, cls: number, into: number[] | null): string {
  const list = members[cls] as Member[];
  const member = list[(nextSender[cls] = (nextSender[cls] ?? 0) + 1) % list.length] as Member;
  const text = `${side === 'classroom' ? 'C' : 'R'}${String(++serial).padStart(6, '0')} ${FILLER}`;
  flights.set(text, { cls, start: performance.now(), left: STUDENTS - 1, into });
  inFlight[cls] = (inFlight[cls] ?? 0) + 1;
  const envelope = member.phone.device.send(member.phone.conversation, text);
  const frame = `{"type":"envelope","envelope":${serializeEnvelope(envelope)}}`;
  if (side === 'classroom') member.phone.socket.ws.send(frame);
  else member.raw?.send(frame);
  return text;
}

async function joinClass(cls: number): Promise<void> {
  const classroom = server('classroom');
  const raw = server('raw');
  const code = await openClass(classroom, 'provider-managed');
  const kit = await newKit();
  const list: Member[] = [];
  for (let s = 0; s < STUDENTS; s++) {
    const phone = new Phone(kit, `c${cls}s${s}`, `Student ${s + 1}`, code);
    const answer = await phone.join(classroom.wsUrl);
    if (answer.type !== 'welcome') throw new Error(`join: ${JSON.stringify(answer)}`);
    list.push({ phone, cls });
  }
  members[cls] = list;
  for (const { phone } of list)
    await phone.waitFor(
      () => phone.mirror.conversations()[0]?.entries.length === STUDENTS,
      'full roster',
      60_000,
    );
  for (const member of list) {
    // From here on the phone keeps no frame: the harness's listeners go, a lean one comes.
    const socket = member.phone.socket;
    socket.ws.removeAllListeners('message');
    socket.frames.length = 0;
    socket.texts.length = 0;
    socket.ws.on('message', (data: Buffer) => {
      receive(member, 'classroom', data);
    });
    const ws = new WebSocket(`${raw.wsUrl}/?room=${cls}`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.on('message', (data: Buffer) => {
      receive(member, 'raw', data);
    });
    member.raw = ws;
  }
}

interface Tally {
  readonly latencies: number[];
  /** How late each send left after its scheduled time (ms). */
  readonly late: number[];
  messages: number;
  lost: number;
  serverCpu: number;
  phonesCpu: number;
  parseMs: number;
  openMs: number;
}
const tally = (): Tally => ({
  latencies: [],
  late: [],
  messages: 0,
  lost: 0,
  serverCpu: 0,
  phonesCpu: 0,
  parseMs: 0,
  openMs: 0,
});

/**
 * One block: `perClass` messages in each class of `classes`, through `side`.
 * Open loop on a fixed schedule (one message per class every `intervalMs`,
 * the classes' schedules evenly staggered), except that a class's send waits
 * while MAX_IN_FLIGHT of its messages are undelivered. Then waits until all
 * are read (at most DRAIN_CAP_MS). `into` null: warm-up, nothing recorded.
 */
async function runBlock(
  side: Side,
  classes: readonly number[],
  perClass: number,
  intervalMs: number,
  into: Tally | null,
): Promise<void> {
  const relay = server(side);
  const cpuStart = await relay.cpu();
  const phonesStart = process.cpuUsage();
  const handlersStart = { ...handlerMs };
  const t0 = performance.now() + 20;
  const schedule = classes
    .flatMap((cls, i) =>
      Array.from({ length: perClass }, (_, k) => ({
        at: t0 + (i * intervalMs) / classes.length + k * intervalMs,
        cls,
      })),
    )
    .sort((a, b) => a.at - b.at);
  const texts: string[] = [];
  for (const { at, cls } of schedule) {
    const wait = at - performance.now();
    if (wait > 0) await sleep(wait);
    const deadline = performance.now() + DRAIN_CAP_MS;
    while ((inFlight[cls] ?? 0) >= MAX_IN_FLIGHT && performance.now() < deadline)
      await nextDelivery(deadline - performance.now());
    into?.late.push(Math.max(0, performance.now() - at));
    texts.push(send(side, cls, into ? into.latencies : null));
  }
  const deadline = performance.now() + DRAIN_CAP_MS;
  while (texts.some((t) => flights.has(t)) && performance.now() < deadline)
    await nextDelivery(deadline - performance.now());
  let lost = 0;
  for (const text of texts) {
    const flight = flights.get(text);
    if (!flight) continue;
    flights.delete(text);
    givenUp.add(text);
    inFlight[flight.cls] = (inFlight[flight.cls] ?? 0) - 1;
    lost++;
  }
  if (lost > 0) problems.push(`${lost} ${side} messages not read by all within the cap`);
  const phonesUsed = process.cpuUsage(phonesStart);
  const serverCpu = (await relay.cpu()) - cpuStart;
  if (into) {
    into.messages += texts.length;
    into.lost += lost;
    into.serverCpu += serverCpu;
    into.phonesCpu += (phonesUsed.user + phonesUsed.system) / 1000;
    into.parseMs += handlerMs.parse - handlersStart.parse;
    into.openMs += handlerMs.open - handlersStart.open;
  }
}

/** Runs `blocks` blocks per side, alternating classroom, raw, classroom, … */
async function scenario(
  classes: readonly number[],
  plan: { blocks: number; messages: number; intervalMs: number },
): Promise<Record<Side, Tally>> {
  const result: Record<Side, Tally> = { classroom: tally(), raw: tally() };
  const started = performance.now();
  for (let b = 0; b < plan.blocks; b++)
    for (const side of SIDES) {
      if (performance.now() - runStarted > SOFT_CAP_MS) {
        timing.cutShort = true;
        break;
      }
      await runBlock(side, classes, plan.messages, plan.intervalMs, result[side]);
      await sleep(100);
    }
  const seconds = (performance.now() - started) / 1000;
  const late = SIDES.flatMap((side) => result[side].late);
  console.log(
    `    took ${seconds.toFixed(1)} s; sends behind their schedule (busy process, or ${MAX_IN_FLIGHT} unread): median ${formatMs(percentile(late, 50))}, p95 ${formatMs(percentile(late, 95))}, max ${formatMs(percentile(late, 100))}`,
  );
  return result;
}

/** Prints a scenario's table; returns the classroom server's p95, the ratio of p50s, and whether all arrived. */
function report(result: Record<Side, Tally>): { p95: number; ratio: number; complete: boolean } {
  const rows = SIDES.map((side) => {
    const t = result[side];
    const l = t.latencies;
    return [
      LABEL[side],
      formatMs(percentile(l, 50)),
      formatMs(percentile(l, 95)),
      formatMs(percentile(l, 99)),
      formatMs(percentile(l, 100)),
      `${l.length}/${t.messages}`,
      formatMs(t.serverCpu / t.messages),
      formatMs(t.phonesCpu / t.messages),
    ];
  });
  console.log(
    table(
      ['', 'p50', 'p95', 'p99', 'max', 'read by all', 'server CPU/msg', 'phones CPU/msg'],
      rows,
    ),
  );
  const per = (f: (t: Tally) => number) =>
    formatMs(
      SIDES.reduce((sum, s) => sum + f(result[s]), 0) /
        SIDES.reduce((sum, s) => sum + result[s].messages, 0),
    );
  console.log(
    `    in the phones' handlers per message (both sides): reading the frame and parseEnvelope ${per((t) => t.parseMs)} (${STUDENTS} phones), open ${per((t) => t.openMs)} (${STUDENTS - 1} phones)`,
  );
  const p50 = (side: Side) => percentile(result[side].latencies, 50);
  const ratio = p50('classroom') / p50('raw');
  console.log(
    `    server overhead: ratio of p50s ${ratio.toFixed(2)}× (${formatMs(Math.abs(p50('classroom') - p50('raw')))} ${p50('classroom') >= p50('raw') ? 'more' : 'less'} per message)`,
  );
  return {
    p95: percentile(result.classroom.latencies, 95),
    ratio,
    complete: SIDES.every((s) => result[s].lost === 0 && result[s].latencies.length > 0),
  };
}

// ---- the run -----------------------------------------------------------------------

const cpus = os.cpus();
console.log('classroom relay benchmark');
console.log(`date      ${new Date().toISOString()}`);
console.log(`node      ${process.version} (${process.platform} ${process.arch})`);
console.log(`cpus      ${os.availableParallelism()} × ${cpus[0]?.model.trim() ?? 'unknown'}`);
console.log(`load      ${load('start')} (1, 5, 15 min): wall-clock figures grow on a busy machine`);
console.log(
  `set-up    ${CLASSES} provider-managed classes of ${STUDENTS} phones; every phone is a crypto-demo v2 device`,
);
console.log(
  '          (real randomness) with its own mirror of directory and roster, holding two sockets: one to the',
);
console.log(
  '          classroom server, one to the raw server; all phones run in this process, each server in a',
);
console.log(
  '          process of its own (so the 2 cores are shared by phones and server, as on a laptop in class).',
);
console.log(
  `text      ${new TextEncoder().encode(`C000000 ${FILLER}`).length} bytes; each envelope has ${STUDENTS} wraps (39 readers + the sender)`,
);
console.log(
  `timing    from the sender's device.send (encryption included) to the last of the ${STUDENTS - 1} other phones'`,
);
console.log(
  '          device.open (signature, unwrap, decryption); performance.now() in this process.',
);
console.log(
  `pacing    senders round-robin in each class; open loop on a fixed schedule; a class's next send waits`,
);
console.log(
  `          while ${MAX_IN_FLIGHT} of its messages are unread, so queues cannot just pile up; blocks of each side alternate.`,
);

servers.classroom = await ServerProcess.start(['classroom', dataDir]);
servers.raw = await ServerProcess.start(['raw']);
const memory = async (): Promise<Record<Side, NodeJS.MemoryUsage>> => ({
  classroom: await server('classroom').memory(),
  raw: await server('raw').memory(),
});
const m0 = await memory();
const setupStarted = performance.now();
await joinClass(0);
const m1 = await memory();
await Promise.all(Array.from({ length: CLASSES - 1 }, (_, i) => joinClass(i + 1)));
const m10 = await memory();
console.log(
  `joined    ${CLASSES * STUDENTS} phones in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s (every roster full on every phone)`,
);

// Warm-up, not measured. Pair keys (one X25519 per sender and reader, then
// cached): every phone encrypts one message that the 39 others open at once,
// in this process, with no relay. Code paths: 5 messages per class through each server.
const everyClass = Array.from({ length: CLASSES }, (_, i) => i);
const warmStarted = performance.now();
for (const list of members)
  for (const sender of list) {
    const envelope = sender.phone.device.send(sender.phone.conversation, `warm-up ${FILLER}`);
    for (const reader of list) if (reader !== sender) reader.phone.device.open(envelope);
  }
for (const side of SIDES) await runBlock(side, everyClass, 5, 100, null);
const sample = (members[0] as Member[])[0] as Member;
const wire = serializeEnvelope(
  sample.phone.device.send(sample.phone.conversation, `C000000 ${FILLER}`),
);
console.log(
  `warm-up   ${((performance.now() - warmStarted) / 1000).toFixed(1)} s: each phone's first message opened by its 39 classmates in-process (pair keys), then ${CLASSES * 5} messages through each server; not measured`,
);
console.log(
  `envelope  ${wire.length.toLocaleString('en-US')} characters of JSON for a class of ${STUDENTS} (what the server stores and relays ${STUDENTS} times)`,
);

console.log(
  `\n(a) One class of ${STUDENTS}: ${ONE.blocks} blocks of ${ONE.messages} messages per side, alternating (${ONE.blocks * ONE.messages} per side, ${(ONE.blocks * ONE.messages) / STUDENTS} per phone), one message every ${ONE.intervalMs} ms`,
);
console.log(`    load at start ${load('(a)')}`);
const one = report(await scenario([0], ONE));

console.log(
  `\n(b) ${CLASSES} classes of ${STUDENTS} at once: ${MANY.blocks} blocks of ${MANY.messages} messages per class per side, alternating (${MANY.blocks * MANY.messages * CLASSES} per side), each class one message every ${MANY.intervalMs} ms`,
);
console.log(
  `    (${((CLASSES * 1000) / MANY.intervalMs).toFixed(0)} messages/s in all, class schedules staggered by ${MANY.intervalMs / CLASSES} ms); load at start ${load('(b)')}`,
);
const many = report(await scenario(everyClass, MANY));

const mEnd = await memory();
console.log(
  `\n(c) Memory per class of ${STUDENTS}, server process only (process.memoryUsage() after two forced GCs)`,
);
const memRows = SIDES.map((side) => {
  const at = (m: typeof m0) => m[side];
  return [
    LABEL[side],
    formatBytes(at(m0).rss),
    `${formatBytes((at(m10).rss - at(m0).rss) / CLASSES)} / ${formatBytes((at(m10).heapUsed - at(m0).heapUsed) / CLASSES)}`,
    `${formatBytes((at(m10).rss - at(m1).rss) / (CLASSES - 1))} / ${formatBytes((at(m10).heapUsed - at(m1).heapUsed) / (CLASSES - 1))}`,
    formatBytes(at(mEnd).rss),
  ];
});
console.log(
  table(
    [
      '',
      'RSS at start',
      `(after ${CLASSES} − start) / ${CLASSES}: RSS / heap`,
      `(after ${CLASSES} − after 1) / ${CLASSES - 1}: RSS / heap`,
      'RSS at end',
    ],
    memRows,
  ),
);
console.log(
  `    "after N": N classes opened, ${STUDENTS} students joined in each, every roster full on every phone, no message yet.`,
);
console.log(
  '    The first column includes first-use costs (code compiled, statements prepared); the second does not.',
);

const oneP95Ok = one.p95 <= BUDGET_ONE_P95;
const manyP95Ok = many.p95 <= BUDGET_MANY_P95;
const ratioOk = one.ratio <= BUDGET_RATIO && many.ratio <= BUDGET_RATIO;
const completeOk = one.complete && many.complete && problems.length === 0 && !timing.cutShort;
console.log('\nbudgets');
console.log(`    (a) p95 ${formatMs(one.p95)} ≤ ${BUDGET_ONE_P95} ms: ${verdict(oneP95Ok)}`);
console.log(`    (b) p95 ${formatMs(many.p95)} ≤ ${BUDGET_MANY_P95} ms: ${verdict(manyP95Ok)}`);
console.log(
  `    p50 ratio to the raw broadcast ≤ ${BUDGET_RATIO}×: (a) ${one.ratio.toFixed(2)}×, (b) ${many.ratio.toFixed(2)}×: ${verdict(ratioOk)}`,
);
console.log(
  `    every message read by all ${STUDENTS - 1} other phones, no error frame: ${verdict(completeOk)}`,
);
for (const problem of problems.slice(0, 10)) console.log(`      ${problem}`);
if (lateReads > 0)
  console.log(`      ${lateReads} decryptions of messages already counted as lost came later`);
if (timing.cutShort)
  console.log(
    `      cut short: no block starts after ${SOFT_CAP_MS / 1000} s (a busy machine); the figures above are partial`,
  );

await cleanUp();
clearTimeout(cap);
console.log(
  `\nload      ${loads.join(' · ')} · end ${os
    .loadavg()
    .map((l) => l.toFixed(2))
    .join(' ')}`,
);
console.log(
  `run time  ${((performance.now() - runStarted) / 1000).toFixed(1)} s; data folder deleted`,
);
console.log(
  `\nsummary: (a) p95 ${verdict(oneP95Ok)}, (b) p95 ${verdict(manyP95Ok)}, overhead ratio ${verdict(ratioOk)}, completeness ${verdict(completeOk)}`,
);
if (!oneP95Ok || !manyP95Ok || !ratioOk || !completeOk) process.exitCode = 1;
