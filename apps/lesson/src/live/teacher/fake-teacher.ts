/**
 * A test fixture: a `TeacherLike` with no server and no keys, whose snapshot
 * the test sets, and which records the commands it gets. The real who-can-read
 * cells come from `LiveTeacher`'s decryptions; here they are the test's input,
 * to check what the projector draws from them.
 */
import type { TeacherSnapshot } from '@e2ee-kit/live';
import type { ClassMode, TeacherLike } from './teacher-like.js';

const emptySnapshot: TeacherSnapshot = {
  connection: { state: 'online', attempts: 1 },
  code: null,
  joinUrl: null,
  mode: null,
  open: false,
  directory: [],
  roster: [],
  traffic: [],
  columns: [],
  matrix: [],
  ghost: { ordered: false, orderedAtSeq: null, reads: [] },
  escrow: { mandated: false, stolen: false },
  reports: [],
  votes: null,
};

const t0 = Date.UTC(2026, 10, 29, 9, 0, 0);

const member = (device: string, name: string, role: 'student' | 'teacher' | 'ghost') => ({
  device,
  user: device.split('/')[0] ?? device,
  name,
  role,
});

/** A class in full swing: three students, the ghost ordered in, escrow mandated and stolen, a report, a vote. */
export function classInProgress(): TeacherSnapshot {
  const teacher = member('teacher/laptop', 'Teacher', 'teacher');
  const dana = member('s-dana0001/phone', 'Dana', 'student');
  const eli = member('s-eli00002/phone', 'Eli', 'student');
  const farah = member('s-farah003/phone', 'Farah', 'student');
  const ghost = member('ghost/device', 'Ghost', 'ghost');
  const students = [dana, eli, farah];
  return {
    ...emptySnapshot,
    code: 'K7QX2M',
    joinUrl: 'http://192.168.1.20:4173/#/en/live/join?code=K7QX2M',
    mode: 'member-signed',
    open: true,
    directory: [teacher, ...students, ghost],
    roster: [
      { ...teacher, hidden: false },
      ...students.map((m) => ({ ...m, hidden: false })),
      { ...ghost, hidden: true },
    ],
    traffic: [
      {
        seq: 7,
        from: dana.device,
        to: [teacher.device, eli.device, farah.device],
        bytes: 61,
        relayedAt: t0 + 60_000,
        ciphertextStart: 'q3Zk0vA1bW9xYz',
      },
      {
        seq: 9,
        from: eli.device,
        to: [teacher.device, dana.device, farah.device, ghost.device],
        bytes: 74,
        relayedAt: t0 + 180_000,
        ciphertextStart: 'Xr8pLm2QeT4uVb',
      },
    ],
    columns: [
      ...students.map((m) => ({ id: m.device, name: m.name, role: 'student' as const })),
      { id: 'provider', name: 'Provider', role: 'provider' },
      { id: 'ghost', name: 'Ghost', role: 'ghost' },
      { id: 'agency', name: 'Agency', role: 'agency' },
      { id: 'mallory', name: 'Mallory', role: 'mallory' },
    ],
    matrix: [
      {
        seq: 7,
        id: 'env-7',
        from: dana.device,
        text: 'See you at 6?',
        sentAt: t0 + 60_000,
        cells: {
          [dana.device]: 'read',
          [eli.device]: 'read',
          [farah.device]: 'pending',
          provider: 'unreadable',
          ghost: 'unreadable',
          agency: 'unreadable',
          mallory: 'unreadable',
        },
      },
      {
        seq: 9,
        id: 'env-9',
        from: eli.device,
        text: 'Who else reads this?',
        sentAt: t0 + 180_000,
        cells: {
          [dana.device]: 'read',
          [eli.device]: 'read',
          [farah.device]: 'read',
          provider: 'unreadable',
          ghost: 'read',
          agency: 'read',
          mallory: 'read',
        },
      },
    ],
    ghost: {
      ordered: true,
      orderedAtSeq: 8,
      reads: [{ seq: 9, from: eli.device, text: 'Who else reads this?' }],
    },
    escrow: { mandated: true, stolen: true },
    reports: [
      {
        seq: 10,
        from: farah.device,
        fromName: 'Farah',
        method: 'roster-check',
        suspect: ghost.device,
        detail: 'hidden member',
        afterOrderMs: 83_000,
      },
    ],
    votes: { question: 'access-order', tally: { all: 4, after: 11, none: 2 }, voters: 17 },
  };
}

export class FakeTeacher implements TeacherLike {
  readonly calls: string[] = [];
  private current: TeacherSnapshot;
  private readonly listeners = new Set<() => void>();
  closed = false;

  constructor(snapshot: TeacherSnapshot = emptySnapshot) {
    this.current = snapshot;
  }

  /** Replaces the snapshot and tells subscribers, as the real one does on every change. */
  set(snapshot: TeacherSnapshot): void {
    this.current = snapshot;
    for (const listener of this.listeners) listener();
  }

  snapshot(): TeacherSnapshot {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  }

  openClass(mode: ClassMode = 'member-signed'): Promise<string> {
    this.calls.push(`openClass ${mode}`);
    this.set({
      ...this.current,
      code: 'K7QX2M',
      joinUrl: 'http://192.168.1.20:4173/#/en/live/join?code=K7QX2M',
      mode,
      open: true,
    });
    return Promise.resolve('K7QX2M');
  }

  accessOrder(): Promise<void> {
    this.calls.push('access-order');
    return Promise.resolve();
  }

  clientUpdate(device: string): Promise<void> {
    this.calls.push(`clientUpdate ${device}`);
    return Promise.resolve();
  }

  mandateEscrow(): Promise<void> {
    this.calls.push('mandateEscrow');
    return Promise.reject(new Error('escrow refused by the server'));
  }

  steal(): void {
    this.calls.push('steal');
  }

  openVote(question: string, choices: string[]): Promise<void> {
    this.calls.push(`openVote ${question} ${choices.join(',')}`);
    this.set({
      ...this.current,
      votes: { question, tally: Object.fromEntries(choices.map((c) => [c, 0])), voters: 0 },
    });
    return Promise.resolve();
  }

  closeVote(): Promise<void> {
    this.calls.push('closeVote');
    this.set({ ...this.current, votes: null });
    return Promise.resolve();
  }

  remove(device: string): Promise<void> {
    this.calls.push(`remove ${device}`);
    return Promise.resolve();
  }

  close(): void {
    this.closed = true;
  }
}
