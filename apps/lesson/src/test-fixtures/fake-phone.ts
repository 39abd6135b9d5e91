/**
 * A stand-in for `LivePhone` in the phone pages' tests: a snapshot the test
 * sets, and a record of what the page asked for. No crypto and no server:
 * the pages only render snapshots and call methods (the real client is
 * tested in packages/live).
 */
import type { Finding, LiveMember, PhoneSnapshot } from '@e2ee-kit/live';
import type { PhoneBackend, PhoneJoin, PhoneLike } from '../live/phone/phone-like.js';

export const dana: LiveMember = {
  device: 's-dana0001/phone',
  user: 's-dana0001',
  name: 'Dana',
  role: 'student',
};
export const eli: LiveMember = {
  device: 's-eli00002/phone',
  user: 's-eli00002',
  name: 'Eli',
  role: 'student',
};
export const teacher: LiveMember = {
  device: 'teacher/laptop',
  user: 'teacher',
  name: 'Teacher',
  role: 'teacher',
};
export const ghost: LiveMember = {
  device: 'ghost/agency',
  user: 'ghost',
  name: 'Ghost',
  role: 'ghost',
};

/** A phone that joined class K7Q2MX as Dana, online, with Eli and the teacher. */
export function phoneSnapshot(overrides: Partial<PhoneSnapshot> = {}): PhoneSnapshot {
  return {
    connection: { state: 'online', attempts: 0 },
    code: 'K7Q2MX',
    me: dana,
    mode: 'member-signed',
    roster: [teacher, dana, eli],
    messages: [],
    refused: [],
    notices: [],
    vote: null,
    escrow: false,
    ...overrides,
  };
}

/** An error like the live client's: a message and a code. */
export class CodedError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export class FakePhone implements PhoneLike {
  #snapshot: PhoneSnapshot;
  readonly #listeners = new Set<() => void>();
  readonly sent: string[] = [];
  readonly reports: Finding[] = [];
  readonly votes: string[] = [];
  /** What `checkRoster` answers. */
  findings: Finding[] = [];
  /** Set to make `send` throw. */
  sendError: Error | null = null;
  /** Digits by classmate device. */
  safetyNumbers = new Map<string, string>();
  forgotten = false;
  closed = false;

  constructor(snapshot: PhoneSnapshot = phoneSnapshot()) {
    this.#snapshot = snapshot;
  }

  /** Replaces the snapshot, as the client does on each change. */
  set(changes: Partial<PhoneSnapshot>): void {
    this.#snapshot = { ...this.#snapshot, ...changes };
    for (const listener of this.#listeners) listener();
  }

  snapshot(): PhoneSnapshot {
    return this.#snapshot;
  }

  subscribe(listener: () => void): () => void {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  }

  send(text: string): void {
    if (this.sendError) throw this.sendError;
    this.sent.push(text);
  }

  checkRoster(): Finding[] {
    return this.findings;
  }

  safetyNumberWith(device: string): { digits: string; groups: string[] } {
    const digits = this.safetyNumbers.get(device);
    if (digits === undefined) throw new CodedError('unknown-device');
    return { digits, groups: digits.match(/.{1,5}/g) ?? [] };
  }

  report(finding: Finding): void {
    this.reports.push(finding);
  }

  vote(choice: string): void {
    this.votes.push(choice);
    const vote = this.#snapshot.vote;
    if (vote) this.set({ vote: { ...vote, mine: choice } });
  }

  forget(): Promise<void> {
    this.forgotten = true;
    return Promise.resolve();
  }

  close(): void {
    this.closed = true;
  }
}

export interface FakeBackend extends PhoneBackend {
  readonly joins: PhoneJoin[];
}

/**
 * A backend whose `start` calls `answer` (a phone to hand out, or an error to
 * throw); `remembered` answers from `names`.
 */
export function fakeBackend(options: {
  server?: boolean;
  names?: Record<string, string>;
  answer?: (join: PhoneJoin) => FakePhone | Error;
}): FakeBackend {
  const joins: PhoneJoin[] = [];
  return {
    joins,
    hasServer: () => Promise.resolve(options.server ?? true),
    remembered: (code) => Promise.resolve(options.names?.[code]),
    start: (join) => {
      joins.push(join);
      const answer = options.answer?.(join) ?? new FakePhone();
      return answer instanceof Error ? Promise.reject(answer) : Promise.resolve(answer);
    },
  };
}
