/**
 * A worker thread of bench/relay.ts that runs some of the simulated phones:
 * in every class, the students the parent gives it (with 2 workers, each
 * holds half of every class). So the 39 decryptions of one message run on
 * two threads at once, as they would on 39 phones, instead of one after
 * another in one thread.
 *
 * Every phone is test/harness.ts's `Phone`: a crypto-demo v2 device (real
 * randomness) with its own mirror of directory and roster, joined over a
 * real WebSocket to the classroom server, plus one socket to the raw
 * broadcast. Times are `performance.timeOrigin + performance.now()`, which
 * every thread of the process reads on the same clock.
 *
 * Messages (see `ToPhones` / `FromPhones`): `join` a class's students →
 * `joined`; `send` (one phone encrypts and sends) → `sent {start}`; when all
 * of this worker's phones addressed by a message have opened it → `read
 * {at}` (the last decryption's time); `stats` → handler times and problems;
 * `stop` closes every socket.
 */
import { parseEnvelope, serializeEnvelope } from '@e2ee-kit/crypto-demo';
import { performance } from 'node:perf_hooks';
import { parentPort } from 'node:worker_threads';
import { WebSocket } from 'ws';
import { newKit, Phone } from '../test/harness.js';

export type Side = 'classroom' | 'raw';

export type ToPhones =
  | {
      type: 'join';
      cls: number;
      code: string;
      students: readonly number[];
      /** Phones in the class (all workers): the roster each waits for. */
      classSize: number;
      classroomWs: string;
      rawWs: string;
    }
  | { type: 'send'; side: Side; cls: number; student: number; text: string }
  | { type: 'stats' }
  | { type: 'stop' };

export type FromPhones =
  | { type: 'joined'; cls: number }
  | { type: 'sent'; text: string; start: number; frameBytes: number }
  | { type: 'read'; text: string; at: number }
  | { type: 'stats'; parseMs: number; openMs: number; problems: string[] }
  | { type: 'stopped' }
  | { type: 'failed'; message: string };

const port = parentPort;
if (!port) throw new Error('bench/phones.ts runs as a worker of bench/relay.ts');
const post = (message: FromPhones) => {
  port.postMessage(message);
};
const now = () => performance.timeOrigin + performance.now();

interface Member {
  readonly phone: Phone;
  raw?: WebSocket;
}

/** This worker's phones, by class and student number. */
const classes = new Map<number, Map<number, Member>>();
/** This worker's device ids, by class. */
const ids = new Map<number, Set<string>>();
/** Per text: how many of this worker's phones still have to open it. */
const waiting = new Map<string, number>();
const handlerMs = { parse: 0, open: 0 };
const problems: string[] = [];

/** What a phone does with a frame, the same on both sides (as before the workers). */
function receive(cls: number, member: Member, side: Side, data: Buffer): void {
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
  const sender = envelope.header.senderDevice;
  if (sender === id || !envelope.wraps.some((w) => w.to === id)) return;
  let text: string;
  try {
    text = member.phone.device.open(envelope).text;
  } catch (error) {
    problems.push(`${id}: ${(error as Error).message}`);
    return;
  }
  handlerMs.open += performance.now() - t1;
  // The first of this worker's phones to open it: its phones of that class wait, but the sender.
  let left =
    waiting.get(text) ??
    (classes.get(cls)?.size ?? 0) - (ids.get(cls)?.has(sender) === true ? 1 : 0);
  if (--left > 0) {
    waiting.set(text, left);
    return;
  }
  waiting.delete(text);
  post({ type: 'read', text, at: now() });
}

async function join(message: Extract<ToPhones, { type: 'join' }>): Promise<void> {
  const kit = await newKit();
  const mine = new Map<number, Member>();
  classes.set(message.cls, mine);
  for (const s of message.students) {
    const phone = new Phone(kit, `c${message.cls}s${s}`, `Student ${s + 1}`, message.code);
    const answer = await phone.join(message.classroomWs);
    if (answer.type !== 'welcome') throw new Error(`join: ${JSON.stringify(answer)}`);
    mine.set(s, { phone });
  }
  ids.set(message.cls, new Set([...mine.values()].map((m) => m.phone.id)));
  for (const { phone } of mine.values())
    await phone.waitFor(
      () => phone.mirror.conversations()[0]?.entries.length === message.classSize,
      'full roster',
      60_000,
    );
  for (const member of mine.values()) {
    // From here on the phone keeps no frame: the harness's listeners go, a lean one comes.
    const socket = member.phone.socket;
    socket.ws.removeAllListeners('message');
    socket.frames.length = 0;
    socket.texts.length = 0;
    socket.ws.on('message', (data: Buffer) => {
      receive(message.cls, member, 'classroom', data);
    });
    const ws = new WebSocket(`${message.rawWs}/?room=${message.cls}`);
    await new Promise((resolve, reject) => {
      ws.once('open', resolve);
      ws.once('error', reject);
    });
    ws.on('message', (data: Buffer) => {
      receive(message.cls, member, 'raw', data);
    });
    member.raw = ws;
  }
}

function send(message: Extract<ToPhones, { type: 'send' }>): void {
  const member = classes.get(message.cls)?.get(message.student);
  if (!member) throw new Error(`no phone ${message.cls}/${message.student} in this worker`);
  const start = now();
  const envelope = member.phone.device.send(member.phone.conversation, message.text);
  const frame = `{"type":"envelope","envelope":${serializeEnvelope(envelope)}}`;
  if (message.side === 'classroom') member.phone.socket.ws.send(frame);
  else member.raw?.send(frame);
  post({ type: 'sent', text: message.text, start, frameBytes: frame.length });
}

port.on('message', (message: ToPhones) => {
  try {
    if (message.type === 'join') {
      join(message).then(
        () => {
          post({ type: 'joined', cls: message.cls });
        },
        (error: unknown) => {
          post({ type: 'failed', message: (error as Error).message });
        },
      );
    } else if (message.type === 'send') {
      send(message);
    } else if (message.type === 'stats') {
      post({
        type: 'stats',
        parseMs: handlerMs.parse,
        openMs: handlerMs.open,
        problems: problems.splice(0),
      });
    } else {
      for (const mine of classes.values())
        for (const m of mine.values()) {
          m.phone.socket.ws.terminate();
          m.raw?.terminate();
        }
      post({ type: 'stopped' });
    }
  } catch (error) {
    post({ type: 'failed', message: (error as Error).message });
  }
});
