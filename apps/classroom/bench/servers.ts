/**
 * One of the two relays of bench/relay.ts, in a process of its own so that
 * its memory and CPU time are its own (the phones run in the parent):
 *
 * - `classroom <data folder>`: the real classroom server (test/harness.ts's
 *   `startServer`: Fastify, SQLite in WAL mode, pino) on 127.0.0.1;
 * - `raw`: a plain `ws` WebSocketServer on 127.0.0.1 that sends every frame
 *   it gets, as is, to every socket of the same room (`/?room=N`), the sender
 *   included, as the classroom server does. No parsing, no checks, no storage.
 *
 * Talks to the parent over IPC: `ready {wsUrl, url}` once listening; answers
 * `memory` (after two forced garbage collections) and `cpu`; exits on `stop`
 * or when the parent goes away.
 */
import { WebSocketServer, type WebSocket } from 'ws';
import { startServer } from '../test/harness.js';

export type ToServer = { type: 'memory' } | { type: 'cpu' } | { type: 'stop' };
export type FromServer =
  | { type: 'ready'; wsUrl: string; url: string }
  | { type: 'memory'; usage: NodeJS.MemoryUsage }
  | { type: 'cpu'; usage: NodeJS.CpuUsage };

/** Log lines are written (pino still formats them) and dropped, as a terminal would take them. */
class DroppedLines extends Array<string> {
  override push(): number {
    return 0;
  }
}

const send = (message: FromServer) => process.send?.(message);
const kind = process.argv[2];
let stop: () => Promise<void>;

if (kind === 'classroom') {
  const dataDir = process.argv[3];
  if (dataDir === undefined) throw new Error('usage: servers.ts classroom <data folder>');
  const running = await startServer({
    dataDir,
    // 400 phones share 127.0.0.1: the per-address limit is for a school network.
    limits: { connectionsPerIp: 2000 },
    logs: new DroppedLines(),
  });
  stop = () => running.stop();
  send({ type: 'ready', wsUrl: running.wsUrl, url: running.url });
} else if (kind === 'raw') {
  const rooms = new Map<string, Set<WebSocket>>();
  const wss = new WebSocketServer({ host: '127.0.0.1', port: 0, perMessageDeflate: false });
  wss.on('connection', (ws, req) => {
    const room = new URL(req.url ?? '/', 'http://127.0.0.1').searchParams.get('room') ?? '';
    let peers = rooms.get(room);
    if (!peers) rooms.set(room, (peers = new Set()));
    const members = peers;
    members.add(ws);
    ws.on('message', (data: Buffer, isBinary) => {
      for (const peer of members) peer.send(data, { binary: isBinary });
    });
    ws.on('close', () => members.delete(ws));
  });
  await new Promise<void>((resolve) => wss.once('listening', resolve));
  const address = wss.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  stop = () =>
    new Promise((resolve) => {
      for (const client of wss.clients) client.terminate();
      wss.close(() => {
        resolve();
      });
    });
  send({
    type: 'ready',
    wsUrl: `ws://127.0.0.1:${address.port}`,
    url: `http://127.0.0.1:${address.port}`,
  });
} else {
  throw new Error('usage: servers.ts classroom <data folder> | raw');
}

const gc = (globalThis as { gc?: () => void }).gc;
process.on('message', (message: ToServer) => {
  if (message.type === 'memory') {
    gc?.();
    gc?.();
    send({ type: 'memory', usage: process.memoryUsage() });
  } else if (message.type === 'cpu') {
    send({ type: 'cpu', usage: process.cpuUsage() });
  } else {
    void stop().then(() => process.exit(0));
  }
});
// The parent died or closed the channel: do not linger.
process.on('disconnect', () => {
  void stop().finally(() => process.exit(0));
});
