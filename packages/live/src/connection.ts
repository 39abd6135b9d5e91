/**
 * One reconnecting WebSocket to the classroom server. It sends the owner's
 * first frame (join, resume or watch) on each new socket, hands over every
 * frame the server sends, and when the socket is lost tries again after
 * 0.5 s, 1 s, 2 s, … up to 8 s, with jitter so that thirty phones do not all
 * come back in the same millisecond after a server restart. It tries at once
 * when the browser says the network is back (`online`) or the page is shown
 * again (`visibilitychange`), and pings to find a socket that died without a
 * close (a phone that slept, a Wi-Fi that changed).
 */
import type { ConnectionStatus } from './api.js';
import type { ClientFrame, ErrorCode, ErrorFrame, ServerFrame } from './protocol.js';

/** What this uses of a WebSocket: the browser's and Node's `ws` both have it. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(code?: number, reason?: string): void;
  /** `ws` only: drops the socket at once, without the close handshake. */
  terminate?(): void;
  addEventListener(type: string, listener: (event: never) => void): void;
}

/** A WebSocket class: the browser's `WebSocket`, or `ws`'s in Node. */
export type WebSocketClass = new (url: string) => object;

/** Timers and randomness, replaced in tests. */
export interface Clock {
  now(): number;
  setTimeout(run: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
  /** A number in [0, 1). */
  random(): number;
}

/** Where `online` and `visibilitychange` come from (the window and the document in a browser). */
export interface WakeSources {
  readonly window?: EventTargetLike | undefined;
  readonly document?: (EventTargetLike & { readonly visibilityState?: string }) | undefined;
}

interface EventTargetLike {
  addEventListener(type: string, listener: () => void): void;
  removeEventListener(type: string, listener: () => void): void;
}

export interface ConnectionOptions {
  readonly url: string;
  /** Default: `globalThis.WebSocket`. In Node, pass `ws`'s `WebSocket`. */
  readonly WebSocket?: WebSocketClass | undefined;
  /** The first frame of each new socket, made when it opens (a resume names the last event held then). */
  readonly hello: () => ClientFrame;
  /** Every frame from the server after the hello's answer, the welcome included. */
  readonly onFrame: (frame: ServerFrame) => void;
  readonly onStatus?: (status: ConnectionStatus) => void;
  readonly clock?: Clock;
  /** Default: the global window and document, when they exist. */
  readonly wake?: WakeSources;
  /** A ping after this much silence (default 15 s)… */
  readonly pingAfterMs?: number;
  /** …and the socket is dead if nothing comes back within this (default 10 s). */
  readonly pongWithinMs?: number;
}

/** First retry after 0.5 s, then doubling… */
export const FIRST_RETRY_MS = 500;
/** …up to 8 s. */
export const MAX_RETRY_MS = 8000;

/**
 * The wait before retry number `attempt` (1, 2, 3…): 0.5 s doubling up to
 * 8 s, times a jitter factor between 0.75 and 1.25, never above 8 s.
 */
export function retryDelay(attempt: number, random: number): number {
  const base = Math.min(MAX_RETRY_MS, FIRST_RETRY_MS * 2 ** Math.max(0, attempt - 1));
  return Math.round(Math.min(MAX_RETRY_MS, base * (0.75 + 0.5 * random)));
}

/** Errors before the welcome that no retry can fix: the owner must act. */
const FINAL: ReadonlySet<ErrorCode> = new Set<ErrorCode>([
  'unknown-class',
  'class-closed',
  'class-full',
  'bad-name',
  'name-taken',
  'device-taken',
  'bad-bundle',
  'bad-token',
  'forbidden',
  'malformed',
]);

/** At most this many frames at once, then `SEND_PER_SECOND` (the server allows 30, then 10 a second). */
const SEND_BURST = 20;
const SEND_PER_SECOND = 8;
/** The confirming ping waits this long, to cover a burst of frames at once. */
const CONFIRM_AFTER_MS = 100;

const OPEN = 1;

const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (run, ms) => setTimeout(run, ms),
  clearTimeout: (handle) => {
    clearTimeout(handle as ReturnType<typeof setTimeout>);
  },
  random: () => Math.random(),
};

function defaultWake(): WakeSources {
  const g = globalThis as {
    addEventListener?: unknown;
    removeEventListener?: unknown;
    document?: WakeSources['document'];
  };
  return {
    window:
      typeof g.addEventListener === 'function' && typeof g.removeEventListener === 'function'
        ? (g as unknown as EventTargetLike)
        : undefined,
    document: g.document,
  };
}

/** A reconnecting socket; see the module comment. Start it with {@link Connection.start}. */
export class Connection {
  readonly #o: ConnectionOptions;
  readonly #clock: Clock;
  readonly #WebSocket: WebSocketClass;
  #status: ConnectionStatus = { state: 'connecting', attempts: 0 };
  #socket: SocketLike | undefined;
  /** Increases with each socket: events of an older one are ignored. */
  #generation = 0;
  #welcomed = false;
  #stopped = false;
  #retryTimer: unknown;
  #pingTimer: unknown;
  #deadTimer: unknown;
  /** Frames waiting for a welcome or for the send budget. */
  readonly #outbox: string[] = [];
  /**
   * Frames written to the current socket that the server may not have read:
   * a socket can die with them in flight. The server answers frames in
   * order, so the pong of a later ping confirms them; the others are sent
   * again on the next socket (the server refuses an envelope or a receipt
   * twice as `duplicate`, which changes nothing).
   */
  #inflight: { text: string; pings: number }[] = [];
  #pingsSent = 0;
  #pongs = 0;
  #tokens = SEND_BURST;
  #refilledAt: number;
  #flushTimer: unknown;
  #confirmTimer: unknown;
  readonly #unwake: (() => void)[] = [];

  constructor(options: ConnectionOptions) {
    this.#o = options;
    this.#clock = options.clock ?? systemClock;
    const ctor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketClass }).WebSocket;
    if (!ctor) throw new Error('No WebSocket here: pass one (in Node, `ws`).');
    this.#WebSocket = ctor;
    this.#refilledAt = this.#clock.now();
    const wake = options.wake ?? defaultWake();
    const onWake = () => {
      this.wake();
    };
    const onVisible = () => {
      if (wake.document?.visibilityState !== 'hidden') this.wake();
    };
    if (wake.window) {
      const target = wake.window;
      target.addEventListener('online', onWake);
      this.#unwake.push(() => {
        target.removeEventListener('online', onWake);
      });
    }
    if (wake.document) {
      const target = wake.document;
      target.addEventListener('visibilitychange', onVisible);
      this.#unwake.push(() => {
        target.removeEventListener('visibilitychange', onVisible);
      });
    }
  }

  /** Opens the first socket. */
  start(): void {
    this.#open();
  }

  get status(): ConnectionStatus {
    return this.#status;
  }

  /** Whether the server has welcomed the current socket. */
  get online(): boolean {
    return this.#status.state === 'online';
  }

  /**
   * Sends a frame once welcomed, at most 20 at once then 8 a second; frames
   * sent while offline wait for the next welcome. `false` if the connection
   * was closed or refused for good.
   */
  send(frame: ClientFrame): boolean {
    if (this.#stopped) return false;
    this.#outbox.push(JSON.stringify(frame));
    this.#flush();
    return true;
  }

  /** Try now: the network is back, or the page is visible again. */
  wake(): void {
    if (this.#stopped) return;
    if (this.#status.state === 'retrying') {
      this.#clock.clearTimeout(this.#retryTimer);
      this.#open();
    } else if (this.#welcomed) {
      // Probably fine, but a sleeping phone's socket may be dead: ask.
      this.#ping();
    }
  }

  /** Closes for good. */
  close(): void {
    if (this.#stopped) return;
    this.#stopped = true;
    this.#clearTimers();
    for (const off of this.#unwake.splice(0)) off();
    const socket = this.#socket;
    this.#socket = undefined;
    this.#generation++;
    try {
      socket?.close(1000, 'bye');
    } catch {
      // Already closing.
    }
    this.#outbox.length = 0;
    this.#inflight = [];
    this.#set({ state: 'closed', attempts: this.#status.attempts });
  }

  #set(status: ConnectionStatus): void {
    this.#status = status;
    this.#o.onStatus?.(status);
  }

  #clearTimers(): void {
    this.#clock.clearTimeout(this.#retryTimer);
    this.#clock.clearTimeout(this.#pingTimer);
    this.#clock.clearTimeout(this.#deadTimer);
    this.#clock.clearTimeout(this.#flushTimer);
    this.#flushTimer = undefined;
    this.#clock.clearTimeout(this.#confirmTimer);
    this.#confirmTimer = undefined;
  }

  #open(): void {
    const generation = ++this.#generation;
    this.#welcomed = false;
    this.#set({ state: 'connecting', attempts: this.#status.attempts });
    let socket: SocketLike;
    try {
      socket = new this.#WebSocket(this.#o.url) as SocketLike;
    } catch {
      this.#lost(generation);
      return;
    }
    this.#socket = socket;
    // A socket that never opens (a half-dead network) is dropped like a silent one.
    this.#deadTimer = this.#clock.setTimeout(() => {
      this.#drop(generation);
    }, this.#o.pongWithinMs ?? 10_000);
    const current = () => generation === this.#generation && !this.#stopped;
    socket.addEventListener('open', () => {
      if (!current()) return;
      this.#heard();
      socket.send(JSON.stringify(this.#o.hello()));
    });
    socket.addEventListener('message', (event: { data: unknown }) => {
      if (!current()) return;
      this.#heard();
      const data = event.data;
      const text =
        typeof data === 'string'
          ? data
          : data instanceof ArrayBuffer || ArrayBuffer.isView(data)
            ? new TextDecoder().decode(data)
            : '';
      let frame: ServerFrame;
      try {
        frame = JSON.parse(text) as ServerFrame;
      } catch {
        return;
      }
      this.#frame(frame, generation);
    });
    socket.addEventListener('close', () => {
      if (current()) this.#lost(generation);
    });
    socket.addEventListener('error', () => {
      // A `close` follows; `ws` may also fail before opening, with no close.
      if (current() && socket.readyState !== OPEN) this.#lost(generation);
    });
  }

  #frame(frame: ServerFrame, generation: number): void {
    if (frame.type === 'pong') {
      this.#pongs++;
      this.#inflight = this.#inflight.filter((f) => f.pings >= this.#pongs);
      return;
    }
    if (!this.#welcomed) {
      if (frame.type === 'welcome') {
        this.#welcomed = true;
        this.#set({ state: 'online', attempts: 0 });
        this.#o.onFrame(frame);
        if (generation === this.#generation) this.#flush();
        return;
      }
      if (frame.type === 'error') {
        if (FINAL.has(frame.code)) {
          this.#refuse(frame);
          return;
        }
        // rate-limited, too many connections, internal: the retry may work.
        this.#drop(generation);
        return;
      }
    }
    this.#o.onFrame(frame);
  }

  #refuse(error: ErrorFrame): void {
    const attempts = this.#status.attempts;
    this.close();
    this.#set({
      state: 'refused',
      attempts,
      error: { code: error.code, message: error.message },
    });
  }

  /** Gives up on the current socket and schedules the next one. */
  #drop(generation: number): void {
    const socket = this.#socket;
    this.#lost(generation);
    try {
      // `ws` waits up to 30 s for a dead peer's close handshake: cut it short.
      if (socket?.terminate) socket.terminate();
      else socket?.close(4000, 'no answer');
    } catch {
      // Already closed.
    }
  }

  #lost(generation: number): void {
    if (generation !== this.#generation || this.#stopped) return;
    this.#generation++;
    this.#socket = undefined;
    this.#welcomed = false;
    this.#clearTimers();
    this.#outbox.unshift(...this.#inflight.map((f) => f.text));
    this.#inflight = [];
    this.#pingsSent = 0;
    this.#pongs = 0;
    const attempts = this.#status.attempts + 1;
    const delay = retryDelay(attempts, this.#clock.random());
    this.#set({ state: 'retrying', attempts, retryInMs: delay });
    this.#retryTimer = this.#clock.setTimeout(() => {
      this.#open();
    }, delay);
  }

  /** Something came from the server: the socket lives; ping again after the next silence. */
  #heard(): void {
    this.#clock.clearTimeout(this.#deadTimer);
    this.#clock.clearTimeout(this.#pingTimer);
    this.#pingTimer = this.#clock.setTimeout(() => {
      this.#ping();
    }, this.#o.pingAfterMs ?? 15_000);
  }

  #ping(): void {
    const socket = this.#socket;
    if (!socket || socket.readyState !== OPEN) return;
    const generation = this.#generation;
    try {
      socket.send('{"type":"ping"}');
      this.#pingsSent++;
    } catch {
      this.#drop(generation);
      return;
    }
    this.#clock.clearTimeout(this.#deadTimer);
    this.#deadTimer = this.#clock.setTimeout(() => {
      this.#drop(generation);
    }, this.#o.pongWithinMs ?? 10_000);
  }

  /**
   * Soon after frames were written, one ping (a frame of the send budget
   * like the others): its pong confirms all of them, and its absence finds
   * a dead socket.
   */
  #askConfirmation(): void {
    if (this.#confirmTimer !== undefined) return;
    const last = this.#inflight.at(-1);
    if (last?.pings !== this.#pingsSent) return;
    this.#confirmTimer = this.#clock.setTimeout(() => {
      this.#confirmTimer = undefined;
      this.#refill();
      if (this.#tokens >= 1 && this.#outbox.length === 0) {
        this.#tokens -= 1;
        this.#ping();
      } else {
        this.#askConfirmation();
      }
    }, CONFIRM_AFTER_MS);
  }

  #refill(): void {
    const now = this.#clock.now();
    this.#tokens = Math.min(
      SEND_BURST,
      this.#tokens + ((now - this.#refilledAt) / 1000) * SEND_PER_SECOND,
    );
    this.#refilledAt = now;
  }

  #flush(): void {
    const socket = this.#socket;
    if (!this.#welcomed || !socket || socket.readyState !== OPEN) return;
    this.#refill();
    while (this.#outbox.length > 0 && this.#tokens >= 1) {
      const text = this.#outbox.shift() as string;
      try {
        socket.send(text);
      } catch {
        this.#outbox.unshift(text);
        return;
      }
      this.#inflight.push({ text, pings: this.#pingsSent });
      this.#tokens -= 1;
    }
    this.#askConfirmation();
    if (this.#outbox.length > 0 && this.#flushTimer === undefined) {
      this.#flushTimer = this.#clock.setTimeout(
        () => {
          this.#flushTimer = undefined;
          this.#flush();
        },
        Math.ceil(1000 / SEND_PER_SECOND),
      );
    }
  }
}
