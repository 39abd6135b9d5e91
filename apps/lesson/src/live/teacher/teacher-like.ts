import type { TeacherSnapshot } from '@e2ee-kit/live';
import { useSyncExternalStore } from 'react';

/** How a class's roster changes: signed by a member (default), or by the server alone. */
export type ClassMode = 'member-signed' | 'provider-managed';

/**
 * What the teacher's pages need of `LiveTeacher` (`@e2ee-kit/live`): its
 * snapshot and its commands. The pages code against this, so that their tests
 * can drive a fake (`fake-teacher.ts`) without a server.
 */
export interface TeacherLike {
  snapshot(): TeacherSnapshot;
  subscribe(listener: () => void): () => void;
  openClass(mode?: ClassMode): Promise<string>;
  accessOrder(): Promise<void>;
  /** Member-signed: the ordered client update, to one phone. */
  clientUpdate(device: string): Promise<void>;
  mandateEscrow(): Promise<void>;
  /** Mallory steals the escrow master key (in the teacher's browser). */
  steal(): void;
  openVote(question: string, choices: string[]): Promise<void>;
  closeVote(): Promise<void>;
  remove(device: string): Promise<void>;
  close(): void;
}

/** The teacher's snapshot, re-rendering on every change. */
export function useTeacherSnapshot(teacher: TeacherLike): TeacherSnapshot {
  return useSyncExternalStore(
    (listener) => teacher.subscribe(listener),
    () => teacher.snapshot(),
  );
}
