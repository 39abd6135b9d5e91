/**
 * Test harness: a real server on a loopback port with a temporary data
 * folder, and phones that are real crypto-demo devices over real WebSockets.
 */
import {
  createKit,
  fromBase64url,
  parseEnvelope,
  serializeEnvelope,
  toBase64url,
  type Device,
  type DeviceBundle,
  type GroupMode,
  type Kit,
  type Provider,
  type ReceivedMessage,
} from '@e2ee-kit/crypto-demo';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { WebSocket } from 'ws';
import { createClassroomServer, type ClassroomServer, type Limits } from '../src/server.js';

export const SECRET = 'test-teacher-secret-0123456789';

export interface Running {
  readonly server: ClassroomServer;
  readonly url: string;
  readonly wsUrl: string;
  readonly dataDir: string;
  /** Every log line the server wrote. */
  readonly logs: string[];
  stop(): Promise<void>;
  /** Stops the server and starts a new one on the same data folder and port. */
  restart(): Promise<Running>;
}

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'classroom-test-'));
}

export async function startServer(
  options: {
    dataDir?: string;
    limits?: Partial<Limits>;
    port?: number;
    logs?: string[];
    staticDir?: string;
  } = {},
): Promise<Running> {
  const dataDir = options.dataDir ?? tempDir();
  const logs = options.logs ?? [];
  const logStream = new Writable({
    write(chunk: Buffer, _enc, done) {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const server = await createClassroomServer({
    dataDir,
    teacherSecret: SECRET,
    logStream,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.staticDir ? { staticDir: options.staticDir } : {}),
  });
  await server.app.listen({ host: '127.0.0.1', port: options.port ?? 0 });
  const address = server.app.server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  const url = `http://127.0.0.1:${address.port}`;
  const running: Running = {
    server,
    url,
    wsUrl: `ws://127.0.0.1:${address.port}/ws`,
    dataDir,
    logs,
    stop: () => server.close(),
    async restart() {
      await server.close();
      return startServer({ ...options, dataDir, port: address.port, logs });
    },
  };
  return running;
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Calls the teacher API. */
export async function api(
  running: { url: string },
  method: string,
  path: string,
  body?: unknown,
  secret: string | null = SECRET,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const headers: Record<string, string> = {};
  if (secret !== null) headers.authorization = `Bearer ${secret}`;
  if (body !== undefined) headers['content-type'] = 'application/json';
  const res = await fetch(`${running.url}${path}`, {
    method,
    headers,
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, json: (await res.json()) as Record<string, unknown> };
}

export async function openClass(running: { url: string }, mode?: string): Promise<string> {
  const r = await api(running, 'POST', '/api/classes', mode ? { mode } : {});
  if (r.status !== 201) throw new Error(`open class: ${r.status}`);
  return r.json.code as string;
}

export type Frame = Record<string, unknown> & { type: string };

/** A raw WebSocket client that records every frame the server sent. */
export class Socket {
  readonly frames: Frame[] = [];
  readonly texts: string[] = [];
  closed: { code: number; reason: string } | undefined;
  #waiters: (() => void)[] = [];

  private constructor(readonly ws: WebSocket) {
    ws.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      this.texts.push(text);
      this.frames.push(JSON.parse(text) as Frame);
      this.#wake();
    });
    ws.on('close', (code, reason) => {
      this.closed = { code, reason: reason.toString() };
      this.#wake();
    });
  }

  static open(url: string): Promise<Socket> {
    return new Promise((resolve, reject) => {
      const ws = new WebSocket(url);
      const socket = new Socket(ws);
      ws.once('open', () => {
        resolve(socket);
      });
      ws.once('error', reject);
    });
  }

  send(value: unknown): void {
    this.ws.send(typeof value === 'string' ? value : JSON.stringify(value));
  }

  #wake(): void {
    const waiters = this.#waiters;
    this.#waiters = [];
    for (const w of waiters) w();
  }

  /** Waits until `test` holds (checked at each frame and at close). */
  async until(test: () => boolean, what = 'condition', ms = 10_000): Promise<void> {
    const deadline = Date.now() + ms;
    while (!test()) {
      if (this.closed && !test()) throw new Error(`closed (${this.closed.code}) before ${what}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.#waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** The next frame of `type` after index `from`. */
  async next(type: string, from = 0): Promise<Frame> {
    let found: Frame | undefined;
    await this.until(
      () => (found = this.frames.slice(from).find((f) => f.type === type)) !== undefined,
      `a ${type} frame`,
    );
    return found as Frame;
  }

  close(): Promise<void> {
    if (this.closed) return Promise.resolve();
    return new Promise((resolve) => {
      this.ws.once('close', () => {
        resolve();
      });
      this.ws.close();
    });
  }
}

/**
 * A student's phone: a real crypto-demo v2 device whose keys never leave it,
 * with a local mirror of the directory (certified bundles) and of the roster
 * (the provider's list in provider-managed mode, the signed commit chain in
 * member-signed mode) built from the server's ordered events. The device
 * itself checks certificates, commits and envelopes, as a real phone would.
 */
export class Phone {
  readonly mirror: Provider;
  readonly device: Device;
  socket!: Socket;
  token = '';
  lastSeq = 0;
  conversation = '';
  /** Every sequence number this phone applied: a repeat would be a duplicate. */
  readonly applied: number[] = [];
  readonly messages: ReceivedMessage[] = [];
  readonly refused: Error[] = [];

  constructor(
    kit: Kit,
    readonly user: string,
    readonly name: string,
    readonly code: string,
    ghost = false,
  ) {
    this.mirror = kit.provider('mirror');
    // The name is certified in the bundle. A name crypto-demo refuses (empty,
    // control characters) is still sent in the join frame, so that the
    // server's own name checks are tested; the bundle then carries another.
    const certified = isId(name) ? name : 'Unnamed';
    this.device = ghost
      ? kit.ghost(this.mirror, { device: `${user}/agency`, name: certified })
      : kit.device(this.mirror, { user, name: certified, device: `${user}/phone` });
  }

  get id(): string {
    return this.device.id;
  }

  bundleJson() {
    const b = this.device.bundle;
    return {
      device: b.device,
      user: b.user,
      name: b.name,
      identityKey: toBase64url(b.identityKey),
      signingKey: toBase64url(b.signingKey),
      agreementKey: toBase64url(b.agreementKey),
      certificate: toBase64url(b.certificate),
    };
  }

  /** Joins the class; with `secret`, as the teacher's device (it alone may create the class chat). */
  async join(
    wsUrl: string,
    override: { bundle?: Record<string, string>; secret?: string } = {},
  ): Promise<Frame> {
    this.socket = await Socket.open(wsUrl);
    this.#listen(0);
    this.socket.send({
      type: 'join',
      code: this.code,
      name: this.name,
      bundle: override.bundle ?? this.bundleJson(),
      ...(override.secret !== undefined ? { secret: override.secret } : {}),
    });
    const first = await this.#firstAnswer();
    if (first.type === 'welcome') this.token = first.token as string;
    return first;
  }

  async resume(wsUrl: string): Promise<Frame> {
    this.socket = await Socket.open(wsUrl);
    this.#listen(0);
    this.socket.send({ type: 'resume', code: this.code, token: this.token, since: this.lastSeq });
    return this.#firstAnswer();
  }

  /** Listens to a watcher socket as if it were this phone (the ghost reads the projector's feed). */
  attach(socket: Socket): void {
    this.socket = socket;
    this.#listen(0);
  }

  async #firstAnswer(): Promise<Frame> {
    await this.socket.until(
      () => this.socket.frames.some((f) => f.type === 'welcome' || f.type === 'error'),
      'welcome',
    );
    return this.socket.frames.find((f) => f.type === 'welcome' || f.type === 'error') as Frame;
  }

  #listen(from: number): void {
    let index = from;
    this.socket.ws.on('message', () => {
      for (; index < this.socket.frames.length; index++)
        this.#apply(this.socket.frames[index] as Frame);
    });
  }

  /** The class's group mode, from the welcome. */
  mode: GroupMode = 'member-signed';

  #apply(frame: Frame): void {
    if (frame.type === 'welcome') {
      this.conversation = frame.conversation as string;
      this.mode = frame.mode as GroupMode;
      return;
    }
    if (frame.type !== 'event') return;
    const seq = frame.seq as number;
    if (seq <= this.lastSeq)
      throw new Error(`${this.id}: event ${seq} again or out of order (last ${this.lastSeq})`);
    this.lastSeq = seq;
    this.applied.push(seq);
    const exists = this.mirror.conversations().some((c) => c.id === this.conversation);
    if (frame.kind === 'device') {
      const b = frame.device as Record<string, string>;
      const bytes = (field: string) => fromBase64url(b[field] as string) as Uint8Array;
      if (!this.mirror.directory.find(b.device as string)) {
        // Directory.register checks the certificate: an uncertified bundle throws here.
        this.mirror.register({
          device: b.device as string,
          user: b.user as string,
          name: b.name as string,
          identityKey: bytes('identityKey'),
          signingKey: bytes('signingKey'),
          agreementKey: bytes('agreementKey'),
          certificate: bytes('certificate'),
        } satisfies DeviceBundle);
      }
    } else if (frame.kind === 'roster' && frame.op === 'commit') {
      // A member-signed commit: the mirror applies it with every chain check
      // (the genesis creates the conversation; one already applied is skipped).
      this.mirror.importCommit(this.conversation, frame.commit as string);
    } else if (frame.kind === 'roster') {
      const device = frame.device as string;
      const op = frame.op as 'add' | 'remove';
      // An access order before anyone joined reaches no conversation yet.
      if (frame.accessOrder === true && !exists) return;
      this.mirror.importRosterChange(this.conversation, {
        op,
        device,
        hidden: frame.hidden === true,
        suppressNotice: frame.suppressNotice === true,
        accessOrder: frame.accessOrder === true,
      });
    } else if (frame.kind === 'envelope') {
      if (frame.fromDevice === this.id) return;
      const envelope = parseEnvelope(frame.envelope);
      if (!envelope.wraps.some((w) => w.to === this.id)) return;
      try {
        this.messages.push(this.device.open(envelope));
      } catch (error) {
        this.refused.push(error as Error);
      }
    }
  }

  /** Creates the member-signed class conversation on this phone: its signed genesis commit. */
  create(): void {
    this.device.createConversation(this.conversation, [], { mode: 'member-signed' });
    this.#sendLastCommit();
  }

  /** Signs `other` into the class roster (member-signed mode): a signed `add` commit. */
  signIn(other: string): void {
    this.device.addMember(this.conversation, other);
    this.#sendLastCommit();
  }

  /** Signs `other` out of the class roster (member-signed mode): a signed `remove` commit. */
  signOut(other: string): void {
    this.device.removeMember(this.conversation, other);
    this.#sendLastCommit();
  }

  /** The last commit of the local chain, as the server would get it. */
  lastCommit(): string {
    const text = this.mirror.commits(this.conversation).at(-1);
    if (text === undefined) throw new Error('no commit');
    return text;
  }

  #sendLastCommit(): void {
    this.socket.send({ type: 'commit', commit: this.lastCommit() });
  }

  /** Encrypts on this phone and sends the envelope; returns its JSON text. */
  send(text: string): string {
    const envelope = this.device.send(this.conversation, text);
    const json = serializeEnvelope(envelope);
    this.socket.send(`{"type":"envelope","envelope":${json}}`);
    return json;
  }

  onRoster(device: string): boolean {
    return (
      this.mirror.conversations().some((c) => c.id === this.conversation) &&
      this.mirror.conversation(this.conversation).entries.some((e) => e.device === device)
    );
  }

  async waitFor(test: () => boolean, what: string, ms = 10_000): Promise<void> {
    await this.socket.until(test, `${this.id}: ${what}`, ms);
  }

  texts(): string[] {
    return this.messages.map((m) => m.text);
  }
}

// Control characters are exactly what crypto-demo refuses in a name (protocol §3.1).
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f]/;

/** What crypto-demo accepts as a name (1 to 128 bytes, no control characters). */
function isId(name: string): boolean {
  return name.length > 0 && new TextEncoder().encode(name).length <= 128 && !CONTROL.test(name);
}

export async function newKit(): Promise<Kit> {
  return createKit();
}
