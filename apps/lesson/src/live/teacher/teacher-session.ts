import { useEffect, useRef, useState } from 'react';
import type { Language } from '../../routing/routes.js';
import { classroomServerAnswers, fetchTeacherSecret } from './server-probe.js';
import type { TeacherLike } from './teacher-like.js';

/** Where a teacher page stands before it can show the class. */
export type TeacherSession =
  | { state: 'checking' }
  /** Not served by the classroom server (single-file build, vite preview). */
  | { state: 'no-server' }
  /** The secret did not come: not the teacher's laptop (a student's phone). */
  | { state: 'not-laptop' }
  /** Another projector window of this browser already holds the keys. */
  | { state: 'elsewhere' }
  | { state: 'starting' }
  | { state: 'failed'; error: string }
  /** The console needs no teacher of its own: the projector window holds it. */
  | { state: 'ready'; teacher: TeacherLike | null };

/** What a teacher page asks of the world; tests pass a fake one. */
export interface TeacherEnvironment {
  serverAnswers(): Promise<boolean>;
  teacherSecret(): Promise<string | null>;
  startTeacher(secret: string, lang: Language): Promise<TeacherLike>;
  /**
   * Claims the teacher's keys for this window: a release function, or null
   * when another window holds them (two projectors would run every console
   * command twice, on the same stored keys).
   */
  claimKeys(): Promise<(() => void) | null>;
}

/** The Web Locks API: one holder per browser profile and origin; granted to all without it. */
function claimKeysWithLocks(): Promise<(() => void) | null> {
  if (typeof navigator === 'undefined' || !('locks' in navigator)) {
    return Promise.resolve(() => {});
  }
  return new Promise((resolve) => {
    void navigator.locks.request('e2ee-kit:live-teacher-keys', { ifAvailable: true }, (lock) => {
      if (lock === null) {
        resolve(null);
        return undefined;
      }
      // Held until released: the promise the lock waits on.
      return new Promise<void>((release) => {
        resolve(() => {
          release();
        });
      });
    });
  });
}

export const browserTeacherEnvironment: TeacherEnvironment = {
  serverAnswers: () => classroomServerAnswers(),
  teacherSecret: () => fetchTeacherSecret(),
  startTeacher: async (secret, lang) => {
    // Loaded here, so that the live client and its crypto stay out of every other page.
    const { startLiveTeacher } = await import('./start-live-teacher.js');
    return startLiveTeacher(secret, lang);
  },
  claimKeys: claimKeysWithLocks,
};

/**
 * Checks for the server, then for the teacher's secret, then (with
 * `withTeacher`, the projector) starts the teacher's keys and connection.
 * The teacher is closed when the page goes. The language is the page's
 * first (it only sets the join address's): switching it later does not
 * restart the class.
 */
export function useTeacherSession(
  environment: TeacherEnvironment,
  lang: Language,
  withTeacher: boolean,
): TeacherSession {
  const [session, setSession] = useState<TeacherSession>({ state: 'checking' });
  const firstLang = useRef(lang);
  useEffect(() => {
    let current = true;
    let started: TeacherLike | null = null;
    let release: (() => void) | null = null;
    const set = (next: TeacherSession) => {
      if (current) setSession(next);
    };
    void (async () => {
      if (!(await environment.serverAnswers())) {
        set({ state: 'no-server' });
        return;
      }
      const secret = await environment.teacherSecret();
      if (secret === null) {
        set({ state: 'not-laptop' });
        return;
      }
      if (!withTeacher) {
        set({ state: 'ready', teacher: null });
        return;
      }
      release = await environment.claimKeys();
      // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
      if (!current) {
        release?.();
        return;
      }
      if (release === null) {
        set({ state: 'elsewhere' });
        return;
      }
      set({ state: 'starting' });
      try {
        const teacher = await environment.startTeacher(secret, firstLang.current);
        // The page may have gone while the teacher started (the lint cannot see it change).
        // eslint-disable-next-line @typescript-eslint/no-unnecessary-condition
        if (!current) {
          teacher.close();
          return;
        }
        started = teacher;
        set({ state: 'ready', teacher });
      } catch (error) {
        set({ state: 'failed', error: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      current = false;
      started?.close();
      release?.();
    };
  }, [environment, withTeacher]);
  return session;
}
