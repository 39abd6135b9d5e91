/**
 * Test doubles for the connection: a WebSocket the test opens, feeds and
 * drops by hand, and a clock whose timers run only when the test says so.
 */
import type { Clock } from '../connection.js';

type Listener = (event: never) => void;

export class FakeSocket {
  static made: FakeSocket[] = [];
  static reset(): void {
    FakeSocket.made = [];
  }
  static last(): FakeSocket {
    const s = FakeSocket.made.at(-1);
    if (!s) throw new Error('no socket yet');
    return s;
  }

  readyState = 0;
  readonly sent: string[] = [];
  terminated = false;
  readonly #listeners = new Map<string, Listener[]>();

  constructor(readonly url: string) {
    FakeSocket.made.push(this);
  }

  addEventListener(type: string, listener: Listener): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }

  #emit(type: string, event: unknown): void {
    for (const l of this.#listeners.get(type) ?? []) (l as (e: unknown) => void)(event);
  }

  send(text: string): void {
    if (this.readyState !== 1) throw new Error('not open');
    this.sent.push(text);
  }

  close(): void {
    if (this.readyState === 3) return;
    this.readyState = 3;
    this.#emit('close', { code: 1000, reason: '' });
  }

  terminate(): void {
    this.terminated = true;
    this.close();
  }

  // ---- what the test does -----------------------------------------------------

  open(): void {
    this.readyState = 1;
    this.#emit('open', {});
  }

  receive(frame: unknown): void {
    this.#emit('message', { data: typeof frame === 'string' ? frame : JSON.stringify(frame) });
  }

  /** The network fails: no close handshake. */
  fail(): void {
    this.readyState = 3;
    this.#emit('error', {});
    this.#emit('close', { code: 1006, reason: '' });
  }

  frames(): Record<string, unknown>[] {
    return this.sent.map((t) => JSON.parse(t) as Record<string, unknown>);
  }

  framesOf(type: string): Record<string, unknown>[] {
    return this.frames().filter((f) => f.type === type);
  }
}

export class FakeClock implements Clock {
  time = 1_000_000;
  randomValue = 0.5;
  #timers: { at: number; run: () => void; id: number }[] = [];
  #id = 0;

  now(): number {
    return this.time;
  }

  random(): number {
    return this.randomValue;
  }

  setTimeout(run: () => void, ms: number): unknown {
    const id = ++this.#id;
    this.#timers.push({ at: this.time + ms, run, id });
    return id;
  }

  clearTimeout(handle: unknown): void {
    this.#timers = this.#timers.filter((t) => t.id !== handle);
  }

  /** Moves time on, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const next = this.#timers
        .filter((t) => t.at <= end)
        .sort((a, b) => a.at - b.at || a.id - b.id)[0];
      if (!next) break;
      this.#timers = this.#timers.filter((t) => t !== next);
      this.time = next.at;
      next.run();
    }
    this.time = end;
  }
}

/** An event target for `online` and `visibilitychange`. */
export class FakeTarget {
  visibilityState = 'visible';
  readonly #listeners = new Map<string, (() => void)[]>();
  addEventListener(type: string, listener: () => void): void {
    this.#listeners.set(type, [...(this.#listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: () => void): void {
    this.#listeners.set(
      type,
      (this.#listeners.get(type) ?? []).filter((l) => l !== listener),
    );
  }
  dispatch(type: string): void {
    for (const l of this.#listeners.get(type) ?? []) l();
  }
  count(type: string): number {
    return this.#listeners.get(type)?.length ?? 0;
  }
}
