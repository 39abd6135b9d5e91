import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ConnectionStatus } from './api.js';
import { Connection, MAX_RETRY_MS, retryDelay } from './connection.js';
import type { ClientFrame, ServerFrame } from './protocol.js';
import { FakeClock, FakeSocket, FakeTarget } from './testing/fakes.js';

const welcome = {
  type: 'welcome',
  code: 'ABCDEF',
  conversation: 'class:ABCDEF',
  mode: 'member-signed',
  open: true,
  lastSeq: 0,
  vote: null,
};

function setup() {
  const clock = new FakeClock();
  const window = new FakeTarget();
  const document = new FakeTarget();
  const statuses: ConnectionStatus[] = [];
  const frames: ServerFrame[] = [];
  let since = 0;
  const connection = new Connection({
    url: 'ws://test/ws',
    WebSocket: FakeSocket,
    clock,
    wake: { window, document },
    hello: (): ClientFrame => ({ type: 'resume', code: 'ABCDEF', token: 't', since }),
    onFrame: (f) => frames.push(f),
    onStatus: (s) => statuses.push(s),
  });
  connection.start();
  return {
    clock,
    window,
    document,
    statuses,
    frames,
    connection,
    setSince: (n: number) => {
      since = n;
    },
  };
}

/** Opens the latest socket and welcomes it. */
function online(): FakeSocket {
  const s = FakeSocket.last();
  s.open();
  s.receive(welcome);
  return s;
}

beforeEach(() => {
  FakeSocket.reset();
});
afterEach(() => {
  FakeSocket.reset();
});

describe('retryDelay', () => {
  it('doubles from 0.5 s up to 8 s, with jitter of ±25 % and never above 8 s', () => {
    expect([1, 2, 3, 4, 5, 6, 7].map((n) => retryDelay(n, 0.5))).toEqual([
      500, 1000, 2000, 4000, 8000, 8000, 8000,
    ]);
    expect(retryDelay(1, 0)).toBe(375);
    expect(retryDelay(1, 0.999)).toBe(625);
    expect(retryDelay(3, 0)).toBe(1500);
    for (let n = 1; n < 40; n++)
      for (const r of [0, 0.3, 0.999]) expect(retryDelay(n, r)).toBeLessThanOrEqual(MAX_RETRY_MS);
  });
});

describe('Connection', () => {
  it('sends the hello made at each open, and backs off 0.5, 1, 2, 4, 8, 8 s while the server is down', () => {
    const t = setup();
    expect(FakeSocket.made).toHaveLength(1);
    const first = online();
    expect(first.frames()[0]).toEqual({ type: 'resume', code: 'ABCDEF', token: 't', since: 0 });
    expect(t.connection.status).toEqual({ state: 'online', attempts: 0 });
    t.setSince(7);
    first.fail();
    const waits: number[] = [];
    for (let i = 0; i < 6; i++) {
      const status = t.connection.status;
      expect(status.state).toBe('retrying');
      const wait = status.retryInMs as number;
      waits.push(wait);
      const before = FakeSocket.made.length;
      t.clock.advance(wait - 1);
      expect(FakeSocket.made).toHaveLength(before);
      t.clock.advance(1);
      expect(FakeSocket.made).toHaveLength(before + 1);
      FakeSocket.last().fail();
    }
    expect(waits).toEqual([500, 1000, 2000, 4000, 8000, 8000]);
    t.clock.advance(8000);
    const back = online();
    expect(back.frames()[0]).toMatchObject({ type: 'resume', since: 7 });
    expect(t.connection.status).toEqual({ state: 'online', attempts: 0 });
  });

  it('tries at once when the network comes back or the page is shown again', () => {
    const t = setup();
    online().fail();
    expect(t.connection.status.state).toBe('retrying');
    t.window.dispatch('online');
    expect(FakeSocket.made).toHaveLength(2);
    FakeSocket.last().fail();
    t.document.visibilityState = 'hidden';
    t.document.dispatch('visibilitychange');
    expect(FakeSocket.made).toHaveLength(2);
    t.document.visibilityState = 'visible';
    t.document.dispatch('visibilitychange');
    expect(FakeSocket.made).toHaveLength(3);
    t.connection.close();
    expect(t.window.count('online')).toBe(0);
    expect(t.document.count('visibilitychange')).toBe(0);
  });

  it('pings after 15 s of silence and drops a socket that does not answer within 10 s', () => {
    const t = setup();
    const s = online();
    t.clock.advance(15_000);
    expect(s.framesOf('ping')).toHaveLength(1);
    t.clock.advance(5_000);
    s.receive({ type: 'pong' });
    t.clock.advance(14_999);
    expect(s.framesOf('ping')).toHaveLength(1);
    expect(t.connection.status.state).toBe('online');
    t.clock.advance(1); // 15 s after the pong: another ping
    expect(s.framesOf('ping')).toHaveLength(2);
    t.clock.advance(10_000);
    expect(s.terminated).toBe(true);
    expect(t.connection.status.state).toBe('retrying');
    expect(t.frames.filter((f) => f.type === 'pong')).toEqual([]);
  });

  it('holds frames until the welcome and sends again what a dead socket may have lost, but not what a pong confirmed', () => {
    const t = setup();
    t.connection.send({ type: 'vote', question: 'q', choice: 'a' });
    const s = FakeSocket.last();
    s.open();
    expect(s.framesOf('vote')).toHaveLength(0);
    s.receive(welcome);
    expect(s.framesOf('vote')).toHaveLength(1);
    t.clock.advance(100);
    expect(s.framesOf('ping')).toHaveLength(1);
    s.receive({ type: 'pong' }); // confirms the vote
    t.connection.send({ type: 'vote', question: 'q', choice: 'b' });
    expect(s.framesOf('vote')).toHaveLength(2);
    s.fail(); // no pong for the second vote
    t.clock.advance(500);
    const next = online();
    expect(next.framesOf('vote')).toEqual([{ type: 'vote', question: 'q', choice: 'b' }]);
  });

  it('finds a socket that died silently after a send, and sends the frame again on the next one', () => {
    const t = setup();
    const s = online();
    t.connection.send({ type: 'report', method: 'roster-check', suspect: null, detail: 'x' });
    t.clock.advance(100); // the confirming ping…
    t.clock.advance(10_000); // …never answered
    expect(s.terminated).toBe(true);
    t.clock.advance(500);
    expect(online().framesOf('report')).toHaveLength(1);
  });

  it('sends at most 20 frames at once, then 8 a second', () => {
    const t = setup();
    const s = online();
    for (let i = 0; i < 40; i++) t.connection.send({ type: 'vote', question: 'q', choice: 'a' });
    expect(s.framesOf('vote')).toHaveLength(20);
    t.clock.advance(1000);
    const count = s.framesOf('vote').length;
    expect(count).toBeGreaterThanOrEqual(26);
    expect(count).toBeLessThanOrEqual(29);
    t.clock.advance(5000);
    expect(s.framesOf('vote')).toHaveLength(40);
  });

  it('stops for good on a refusal no retry can fix, and retries one that may pass', () => {
    const t = setup();
    const s = FakeSocket.last();
    s.open();
    s.receive({ type: 'error', code: 'rate-limited', message: 'slow down' });
    expect(t.connection.status.state).toBe('retrying');
    t.clock.advance(1000);
    const again = FakeSocket.last();
    again.open();
    again.receive({ type: 'error', code: 'bad-token', message: 'unknown phone' });
    expect(t.connection.status).toMatchObject({
      state: 'refused',
      error: { code: 'bad-token', message: 'unknown phone' },
    });
    t.clock.advance(60_000);
    expect(FakeSocket.made).toHaveLength(2);
    expect(t.connection.send({ type: 'ping' })).toBe(false);
  });
});
