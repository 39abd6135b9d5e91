/**
 * HTTP and WebSocket on one origin and port (Fastify): the built lesson as
 * static files, the teacher's API under /api, and the relay at /ws. The
 * lesson's Content-Security-Policy can then stay `connect-src 'self'`.
 */
import fastifyStatic from '@fastify/static';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, {
  LogController,
  type FastifyBaseLogger,
  type FastifyInstance,
  type FastifyRequest,
} from 'fastify';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { pino, type DestinationStream, type Logger } from 'pino';
import * as v from 'valibot';
import type { WebSocket } from 'ws';
import { Classroom, ClassroomError, type Peer } from './classroom.js';
import { BundleSchema, readFrame, type ErrorCode } from '@e2ee-kit/live/protocol';
import { loadProviderCrypto } from './provider/crypto.js';
import { TokenBucket } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { Store } from './store.js';

export interface Limits {
  /** Bytes of one frame the server reads; a longer one gets a `too-large` error frame. */
  readonly frameBytes: number;
  /** Bytes at which the WebSocket layer drops the connection (close 1009) without reading. */
  readonly hardFrameBytes: number;
  /** Frames a connection may send at once… */
  readonly burst: number;
  /** …and per second after that. */
  readonly perSecond: number;
  /** Receipts a connection may send at once beyond `burst`… */
  readonly receiptBurst: number;
  /** …and per second after that. */
  readonly receiptsPerSecond: number;
  /** Refused frames in a row after which the connection is closed (1008). */
  readonly strikes: number;
  /** Students per class. */
  readonly classSize: number;
  /** `report` frames one device may send in a class. */
  readonly reportsPerDevice: number;
  /** Open WebSockets per IP address. */
  readonly connectionsPerIp: number;
  /** Bytes queued to a slow client before it is disconnected. */
  readonly sendQueueBytes: number;
}

export const DEFAULT_LIMITS: Limits = {
  frameBytes: 64 * 1024,
  hardFrameBytes: 1024 * 1024,
  burst: 30,
  perSecond: 10,
  receiptBurst: 120,
  receiptsPerSecond: 60,
  strikes: 100,
  classSize: 60,
  reportsPerDevice: 20,
  connectionsPerIp: 16,
  sendQueueBytes: 8 * 1024 * 1024,
};

export interface ServerOptions {
  /** The SQLite folder. */
  readonly dataDir: string;
  /** Folder of the built lesson to serve, if any. */
  readonly staticDir?: string | undefined;
  /** Made at random when omitted. */
  readonly teacherSecret?: string;
  /**
   * The origin phones open (`http://<network address>:<port>`), which the
   * teacher's projector puts in its join address and QR code. Omitted when
   * the server listens on loopback only (phones cannot reach it).
   */
  readonly joinOrigin?: string;
  readonly limits?: Partial<Limits>;
  /** Where the JSON logs go (default: stdout). */
  readonly logStream?: DestinationStream;
  readonly logLevel?: string;
}

export interface ClassroomServer {
  readonly app: FastifyInstance;
  readonly classroom: Classroom;
  readonly teacherSecret: string;
  readonly limits: Limits;
  readonly log: Logger;
  /** Stops listening, closes every socket and the database. */
  close(): Promise<void>;
}

const ModeSchema = v.picklist(['member-signed', 'provider-managed']);
const OpenClassBody = v.optional(v.strictObject({ mode: v.optional(ModeSchema) }));
const ModeBody = v.strictObject({ mode: ModeSchema });
const GhostBody = v.strictObject({ bundle: BundleSchema });
/** Vote questions and choices: lowercase words joined by dashes (the lesson's i18n keys). */
const Slug = v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/), v.maxLength(64));
const VoteBody = v.strictObject({
  question: Slug,
  choices: v.pipe(
    v.array(Slug),
    v.minLength(2),
    v.maxLength(8),
    v.check((c) => new Set(c).size === c.length, 'choices must differ'),
  ),
});
/** crypto-demo's EscrowKeyInfo as JSON (the key's length is checked after decoding). */
const EscrowBody = v.strictObject({
  key: v.strictObject({
    id: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._:-]{1,64}$/)),
    name: v.pipe(
      v.string(),
      v.minLength(1),
      v.maxLength(64),
      // eslint-disable-next-line no-control-regex
      v.regex(/^[^\u0000-\u001f\u007f]*$/),
    ),
    publicKey: v.pipe(v.string(), v.maxLength(64), v.regex(/^[A-Za-z0-9_-]+$/)),
  }),
});
const ClientUpdateBody = v.strictObject({
  device: v.pipe(v.string(), v.regex(/^[A-Za-z0-9._:/-]{1,64}$/)),
});

const HTTP_STATUS: Partial<Record<ClassroomError['code'], number>> = {
  'not-found': 404,
  'bad-request': 400,
  'bad-bundle': 400,
  'device-taken': 409,
  'not-connected': 409,
  forbidden: 403,
};

const isLoopback = (address: string | undefined) =>
  address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';

/** Builds the server (not listening yet: call `app.listen`). */
export async function createClassroomServer(options: ServerOptions): Promise<ClassroomServer> {
  const limits: Limits = { ...DEFAULT_LIMITS, ...options.limits };
  const teacherSecret = options.teacherSecret ?? randomBytes(24).toString('base64url');
  const log = pino(
    {
      level: options.logLevel ?? 'info',
      // Belt and braces: nothing secret is logged on purpose, and these paths never are.
      redact: ['req.headers.authorization', 'secret', 'token'],
    },
    options.logStream,
  );
  // Fastify's own logger type: pino's is wider, and Fastify's generics would follow it everywhere.
  const fastifyLog: FastifyBaseLogger = log;
  const store = new Store(options.dataDir);
  const crypto = await loadProviderCrypto();
  const classroom = new Classroom({ store, crypto, log, limits, teacherSecret });
  const app = Fastify({
    loggerInstance: fastifyLog,
    // The server logs its own events; per-request lines would add URLs and nothing useful.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit: 64 * 1024,
  });

  app.addHook('onSend', (_req, reply, payload, done) => {
    for (const [name, value] of Object.entries(securityHeaders)) reply.header(name, value);
    done(null, payload);
  });

  await app.register(fastifyWebsocket, {
    options: { maxPayload: limits.hardFrameBytes, perMessageDeflate: false },
  });

  const perIp = new Map<string, number>();
  let nextPeerId = 1;

  app.register((scope, _opts, registered) => {
    scope.get('/ws', { websocket: true }, (socket: WebSocket, req: FastifyRequest) => {
      const ip = req.socket.remoteAddress ?? 'unknown';
      const peerId = nextPeerId++;
      const send = (frame: string | Buffer) => {
        if (socket.readyState !== socket.OPEN) return;
        if (socket.bufferedAmount > limits.sendQueueBytes) {
          log.warn({ event: 'slow-client', peer: peerId }, 'send queue full: disconnecting');
          socket.close(1013, 'too slow');
          return;
        }
        // A Buffer holds a text frame's UTF-8 bytes, sent as they are.
        socket.send(frame, { binary: false });
      };
      const error = (code: ErrorCode, message: string) => {
        send(JSON.stringify({ type: 'error', code, message }));
      };

      // Cross-site WebSocket hijacking: a page of another origin may not open the relay.
      const origin = req.headers.origin;
      if (origin !== undefined && !sameOrigin(origin, req.headers.host)) {
        error('forbidden', 'Open the class from the server address.');
        socket.close(1008, 'origin');
        return;
      }
      const count = (perIp.get(ip) ?? 0) + 1;
      if (count > limits.connectionsPerIp) {
        log.warn({ event: 'too-many-connections', ip }, 'connection refused');
        error(
          'too-many-connections',
          `At most ${limits.connectionsPerIp} connections per address.`,
        );
        socket.close(1008, 'too many connections');
        return;
      }
      perIp.set(ip, count);
      const peer: Peer = { id: peerId, send };
      const bucket = new TokenBucket(limits.burst, limits.perSecond);
      const receiptBucket = new TokenBucket(limits.receiptBurst, limits.receiptsPerSecond);
      let strikes = 0;
      const refuse = (code: ErrorCode, message: string) => {
        log.info({ event: 'refused', peer: peerId, code }, 'frame refused');
        error(code, message);
        if (++strikes >= limits.strikes) {
          log.warn({ event: 'closed-abusive', peer: peerId }, 'too many refused frames: closing');
          socket.close(1008, 'too many refused frames');
        }
      };

      socket.on('message', (data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => {
        try {
          const size = Array.isArray(data)
            ? data.reduce((n, b) => n + b.length, 0)
            : data.byteLength;
          const readable = size <= limits.frameBytes && !isBinary;
          const text = () =>
            Array.isArray(data)
              ? Buffer.concat(data).toString('utf8')
              : Buffer.from(new Uint8Array(data)).toString('utf8');
          let read: ReturnType<typeof readFrame> | undefined;
          if (!bucket.take()) {
            // A phone answers each message addressed to it with a receipt,
            // so a burst of messages brings a burst of receipts: they may
            // overflow into a bucket of their own. Only then is the frame
            // read before the rate check (the strikes bound that work).
            read = readable ? readFrame(text()) : undefined;
            if (!(read?.ok && read.frame.type === 'receipt' && receiptBucket.take())) {
              refuse('rate-limited', 'Too many frames: slow down.');
              return;
            }
          }
          if (size > limits.frameBytes) {
            refuse('too-large', `Frames are at most ${limits.frameBytes} bytes.`);
            return;
          }
          if (isBinary) {
            refuse('malformed', 'Frames are JSON text.');
            return;
          }
          read ??= readFrame(text());
          if (!read.ok) {
            refuse(read.code, read.message);
            return;
          }
          classroom.handle(peer, read.frame);
          strikes = 0;
        } catch (err) {
          if (err instanceof ClassroomError) {
            const code: ErrorCode =
              err.code === 'not-found' || err.code === 'bad-request' || err.code === 'not-connected'
                ? 'unknown-class'
                : err.code;
            refuse(code, err.message);
            return;
          }
          log.error({ event: 'internal-error', peer: peerId, err }, 'frame handling failed');
          refuse('internal', 'The server could not handle this frame.');
        }
      });
      socket.on('error', (err) => {
        log.info(
          { event: 'socket-error', peer: peerId, code: (err as { code?: string }).code },
          'socket error',
        );
      });
      socket.on('close', () => {
        classroom.disconnect(peer);
        const left = (perIp.get(ip) ?? 1) - 1;
        if (left <= 0) perIp.delete(ip);
        else perIp.set(ip, left);
      });
    });
    registered();
  });

  // ---- the teacher's API ----------------------------------------------------

  const teacherOnly = (req: FastifyRequest, _reply: unknown, done: (err?: Error) => void) => {
    const header = req.headers.authorization;
    const secret = header?.startsWith('Bearer ') ? header.slice(7) : undefined;
    if (!classroom.isTeacher(secret)) {
      log.warn(
        { event: 'teacher-auth-failed', ip: req.socket.remoteAddress },
        'teacher secret refused',
      );
      done(
        Object.assign(new Error('The teacher secret is missing or wrong.'), { statusCode: 401 }),
      );
      return;
    }
    done();
  };
  const body = <T extends v.GenericSchema>(schema: T, value: unknown): v.InferOutput<T> => {
    const r = v.safeParse(schema, value);
    if (!r.success) throw Object.assign(new Error('Bad request body.'), { statusCode: 400 });
    return r.output;
  };
  app.setErrorHandler((err: Error & { statusCode?: number }, _req, reply) => {
    if (err instanceof ClassroomError) {
      return reply
        .code(HTTP_STATUS[err.code] ?? 409)
        .send({ error: err.code, message: err.message });
    }
    const status = err.statusCode ?? 500;
    if (status >= 500) log.error({ event: 'http-error', err }, 'request failed');
    return reply.code(status).send({
      error: status === 401 ? 'unauthorized' : 'bad-request',
      message: status >= 500 ? 'Internal error.' : err.message,
    });
  });

  app.get('/api/health', () => ({ ok: true }));

  // The teacher's console, opened on the teacher's own machine, reads the
  // secret here. Loopback only, and only under a loopback host name, so a
  // page on another site cannot reach it by DNS rebinding.
  app.get('/api/teacher/secret', (req, reply) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    if (
      !isLoopback(req.socket.remoteAddress) ||
      !['localhost', '127.0.0.1', '[::1]'].includes(host)
    ) {
      return reply
        .code(403)
        .send({ error: 'forbidden', message: 'Only on the teacher’s machine.' });
    }
    reply.header('Cache-Control', 'no-store');
    return { secret: teacherSecret, joinOrigin: options.joinOrigin ?? null };
  });

  app.post('/api/classes', { preHandler: teacherOnly }, (req, reply) => {
    const { mode } = body(OpenClassBody, req.body) ?? {};
    const row = classroom.openClass(mode);
    return reply.code(201).send({ code: row.code, conversation: row.conversation, mode: row.mode });
  });
  app.get<{ Params: { code: string } }>('/api/classes/:code', { preHandler: teacherOnly }, (req) =>
    classroom.classInfo(req.params.code),
  );
  app.post<{ Params: { code: string } }>(
    '/api/classes/:code/close',
    { preHandler: teacherOnly },
    (req) => {
      classroom.setOpen(req.params.code, false);
      return { ok: true };
    },
  );
  app.post<{ Params: { code: string } }>(
    '/api/classes/:code/reopen',
    { preHandler: teacherOnly },
    (req) => {
      classroom.setOpen(req.params.code, true);
      return { ok: true };
    },
  );
  app.put<{ Params: { code: string } }>(
    '/api/classes/:code/mode',
    { preHandler: teacherOnly },
    (req) => {
      classroom.setMode(req.params.code, body(ModeBody, req.body).mode);
      return { ok: true };
    },
  );
  app.post<{ Params: { code: string } }>(
    '/api/classes/:code/access-order',
    { preHandler: teacherOnly },
    (req) => classroom.accessOrder(req.params.code, body(GhostBody, req.body).bundle),
  );
  app.delete<{ Params: { code: string; device: string } }>(
    '/api/classes/:code/members/:device',
    { preHandler: teacherOnly },
    (req) => classroom.removeMember(req.params.code, req.params.device),
  );

  app.put<{ Params: { code: string } }>(
    '/api/classes/:code/escrow',
    { preHandler: teacherOnly },
    (req) => classroom.mandateEscrow(req.params.code, body(EscrowBody, req.body).key),
  );
  app.post<{ Params: { code: string } }>(
    '/api/classes/:code/client-update',
    { preHandler: teacherOnly },
    (req) => classroom.clientUpdate(req.params.code, body(ClientUpdateBody, req.body).device),
  );
  app.post<{ Params: { code: string } }>(
    '/api/classes/:code/vote',
    { preHandler: teacherOnly },
    (req) => {
      classroom.setVote(req.params.code, body(VoteBody, req.body));
      return { ok: true };
    },
  );
  app.delete<{ Params: { code: string } }>(
    '/api/classes/:code/vote',
    { preHandler: teacherOnly },
    (req) => {
      classroom.setVote(req.params.code, null);
      return { ok: true };
    },
  );

  if (options.staticDir && existsSync(options.staticDir)) {
    await app.register(fastifyStatic, { root: options.staticDir, index: 'index.html' });
  } else {
    app.get('/', (_req, reply) =>
      reply
        .type('text/plain; charset=utf-8')
        .send(
          'The classroom server is running. Build the lesson (npm run build) to serve it here.\n',
        ),
    );
  }

  return {
    app,
    classroom,
    teacherSecret,
    limits,
    log,
    async close() {
      for (const client of app.websocketServer.clients) client.terminate();
      await app.close();
      store.close();
    },
  };
}

function sameOrigin(origin: string, host: string | undefined): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
