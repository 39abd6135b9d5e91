/**
 * Speed of the live classroom's relay: `npm run bench -w @e2ee-kit/classroom`
 * (and `npm run bench` at the root, after crypto-demo's).
 *
 * Clients included: every phone is a real crypto-demo v2 device (real
 * randomness) of test/harness.ts, joined over a real WebSocket to the real
 * server (Fastify, SQLite in WAL mode, pino) on 127.0.0.1 with a temporary
 * data folder. The phones run in worker threads (bench/phones.ts; student s
 * of every class in worker s mod WORKERS), so the 39 decryptions of one
 * message run in parallel as on real phones, not one after another in one
 * thread. A message's time is from the sender's `device.send` call
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
import { Worker } from 'node:worker_threads';
import { openClass, removeDir, tempDir } from '../test/harness.js';
import type { FromPhones, Side, ToPhones } from './phones.js';
import type { FromServer, ToServer } from './servers.js';
import { formatBytes, formatMs, percentile, table, verdict } from './stats.js';

const STUDENTS = 40;
const CLASSES = 10;
/** Worker threads running the phones; student s of every class is in worker s % WORKERS. */
const WORKERS = 2;
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
/** Closes every phone's sockets and ends the workers, stops both servers, deletes the data folder. */
async function cleanUp(): Promise<void> {
  await Promise.all(workers.map((w) => w.stop()));
  await Promise.all(SIDES.map((side) => servers[side]?.stop() ?? Promise.resolve()));
  removeDir(dataDir);
}

const cap = setTimeout(() => {
  console.log(`\ntime cap of ${TIME_CAP_MS / 1000} s reached: stopping. FAIL`);
  for (const side of SIDES) servers[side]?.kill();
  for (const w of workers) void w.worker.terminate();
  removeDir(dataDir);
  process.exit(1);
}, TIME_CAP_MS);
cap.unref();
process.once('SIGINT', () => {
  for (const side of SIDES) servers[side]?.kill();
  removeDir(dataDir);
  process.exit(130);
});

// ---- phones, in worker threads ------------------------------------------------------

const PHONES = fileURLToPath(new URL('./phones.ts', import.meta.url));
const TSX_API = import.meta.resolve('tsx/esm/api');
/** performance.now() on the clock that the workers' times use. */
const now = () => performance.timeOrigin + performance.now();

class PhoneWorker {
  readonly worker: Worker;
  readonly #joined = new Map<number, () => void>();
  readonly #stats: ((m: Extract<FromPhones, { type: 'stats' }>) => void)[] = [];
  #stopped: (() => void) | undefined;

  constructor() {
    // The worker loads tsx itself (a worker does not inherit the parent's loader).
    this.worker = new Worker(
      `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(
        new URL(`file://${PHONES}`).href,
      )}); })`,
      { eval: true, execArgv: ['--conditions=@e2ee-kit/source'] },
    );
    this.worker.on('message', (m: FromPhones) => {
      if (m.type === 'sent') started(m.text, m.start, m.frameBytes);
      else if (m.type === 'read') read(m.text, m.at);
      else if (m.type === 'joined') this.#joined.get(m.cls)?.();
      else if (m.type === 'stats') this.#stats.shift()?.(m);
      else if (m.type === 'stopped') this.#stopped?.();
      else {
        console.log(`phone worker failed: ${m.message}`);
        process.exitCode = 1;
        void cleanUp().then(() => process.exit(1));
      }
    });
    this.worker.on('error', (error) => {
      console.log(`phone worker crashed: ${error.message}`);
      process.exit(1);
    });
  }

  post(message: ToPhones): void {
    this.worker.postMessage(message);
  }

  join(message: Extract<ToPhones, { type: 'join' }>): Promise<void> {
    return new Promise((resolve) => {
      this.#joined.set(message.cls, resolve);
      this.post(message);
    });
  }

  stats(): Promise<Extract<FromPhones, { type: 'stats' }>> {
    return new Promise((resolve) => {
      this.#stats.push(resolve);
      this.post({ type: 'stats' });
    });
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => {
      this.#stopped = resolve;
      this.post({ type: 'stop' });
      setTimeout(resolve, 2000).unref();
    });
    await this.worker.terminate();
  }
}

const workers: PhoneWorker[] = [];
const workerOf = (student: number) => workers[student % WORKERS] as PhoneWorker;

interface Flight {
  readonly cls: number;
  /** When the sender's device.send began (set when its worker says so). */
  start: number | undefined;
  /** Workers whose phones have not all opened it yet. */
  left: number;
  /** The last decryption's time so far. */
  at: number;
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
/** Characters of the last envelope frame sent (for the set-up lines). */
let lastFrameBytes = 0;

function started(text: string, start: number, frameBytes: number): void {
  lastFrameBytes = frameBytes;
  const flight = flights.get(text);
  if (!flight) return;
  flight.start = start;
  if (flight.left === 0) finish(text, flight);
}

/** One worker's phones have all opened `text` (the last at `at`). */
function read(text: string, at: number): void {
  const flight = flights.get(text);
  if (!flight) {
    if (givenUp.has(text)) lateReads++;
    else problems.push(`phones decrypted a text nobody sent: ${text.slice(0, 8)}`);
    return;
  }
  flight.at = Math.max(flight.at, at);
  if (--flight.left === 0 && flight.start !== undefined) finish(text, flight);
}

function finish(text: string, flight: Flight): void {
  flight.into?.push(flight.at - (flight.start as number));
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

/** Wall-clock ms spent in the phones' handlers (all workers), and their problems so far. */
async function handlerTimes(): Promise<{ parse: number; open: number }> {
  const all = await Promise.all(workers.map((w) => w.stats()));
  for (const s of all) problems.push(...s.problems);
  return {
    parse: all.reduce((sum, s) => sum + s.parseMs, 0),
    open: all.reduce((sum, s) => sum + s.openMs, 0),
  };
}

/** The next phone of class `cls` (round-robin) encrypts and sends through `side`. */
function send(side: Side, cls: number, into: number[] | null): string {
  const student = (nextSender[cls] = ((nextSender[cls] ?? 0) + 1) % STUDENTS);
  const text = `${side === 'classroom' ? 'C' : 'R'}${String(++serial).padStart(6, '0')} ${FILLER}`;
  flights.set(text, { cls, start: undefined, left: WORKERS, at: 0, into });
  inFlight[cls] = (inFlight[cls] ?? 0) + 1;
  workerOf(student).post({ type: 'send', side, cls, student, text });
  return text;
}

async function joinClass(cls: number): Promise<void> {
  const classroom = server('classroom');
  const raw = server('raw');
  const code = await openClass(classroom, 'provider-managed');
  await Promise.all(
    workers.map((w, k) =>
      w.join({
        type: 'join',
        cls,
        code,
        students: Array.from({ length: STUDENTS }, (_, s) => s).filter((s) => s % WORKERS === k),
        classSize: STUDENTS,
        classroomWs: classroom.wsUrl,
        rawWs: raw.wsUrl,
      }),
    ),
  );
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
  const handlersStart = await handlerTimes();
  const phonesStart = process.cpuUsage();
  const t0 = now() + 20;
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
    const wait = at - now();
    if (wait > 0) await sleep(wait);
    const deadline = now() + DRAIN_CAP_MS;
    while ((inFlight[cls] ?? 0) >= MAX_IN_FLIGHT && now() < deadline)
      await nextDelivery(deadline - now());
    into?.late.push(Math.max(0, now() - at));
    texts.push(send(side, cls, into ? into.latencies : null));
  }
  const deadline = now() + DRAIN_CAP_MS;
  while (texts.some((t) => flights.has(t)) && now() < deadline)
    await nextDelivery(deadline - now());
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
  const handlers = await handlerTimes();
  const serverCpu = (await relay.cpu()) - cpuStart;
  if (into) {
    into.messages += texts.length;
    into.lost += lost;
    into.serverCpu += serverCpu;
    into.phonesCpu += (phonesUsed.user + phonesUsed.system) / 1000;
    into.parseMs += handlers.parse - handlersStart.parse;
    into.openMs += handlers.open - handlersStart.open;
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
  `          classroom server, one to the raw server; the phones run in ${WORKERS} worker threads of this process`,
);
console.log(
  `          (student s of every class in worker s mod ${WORKERS}, so one message's decryptions run in parallel,`,
);
console.log(
  '          as on real phones), each server in a process of its own; the 2 cores are shared by all.',
);
console.log(
  `text      ${new TextEncoder().encode(`C000000 ${FILLER}`).length} bytes; each envelope has ${STUDENTS} wraps (39 readers + the sender)`,
);
console.log(
  `timing    from the sender's device.send (encryption included) to the last of the ${STUDENTS - 1} other phones'`,
);
console.log(
  '          device.open (signature, unwrap, decryption); timeOrigin + performance.now(), one clock for all threads.',
);
console.log(
  `pacing    senders round-robin in each class; open loop on a fixed schedule; a class's next send waits`,
);
console.log(
  `          while ${MAX_IN_FLIGHT} of its messages are unread, so queues cannot just pile up; blocks of each side alternate.`,
);

for (let k = 0; k < WORKERS; k++) workers.push(new PhoneWorker());
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
// cached): every phone sends one message through the raw broadcast, opened by
// its 39 classmates. Code paths: then 5 messages per class through each server.
const everyClass = Array.from({ length: CLASSES }, (_, i) => i);
const warmStarted = performance.now();
await runBlock('raw', everyClass, STUDENTS, 100, null);
for (const side of SIDES) await runBlock(side, everyClass, 5, 100, null);
console.log(
  `warm-up   ${((performance.now() - warmStarted) / 1000).toFixed(1)} s: each phone's first message through the raw broadcast, opened by its 39 classmates (pair keys), then ${CLASSES * 5} messages through each server; not measured`,
);
console.log(
  `envelope  ${(lastFrameBytes - '{"type":"envelope","envelope":}'.length).toLocaleString('en-US')} characters of JSON for a class of ${STUDENTS} (what the server stores and relays ${STUDENTS} times)`,
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
