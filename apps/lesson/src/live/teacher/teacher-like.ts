import type { TeacherSnapshot } from '@e2ee-kit/live';
import type { SnapshotSource } from '../use-live-snapshot.js';

/** How a class's roster changes: signed by a member (default), or by the server alone. */
export type ClassMode = 'member-signed' | 'provider-managed';

/**
 * What the teacher's pages need of `LiveTeacher` (`@e2ee-kit/live`): its
 * snapshot and its commands. The pages code against this, so that their tests
 * can drive a fake (`test-fixtures/fake-teacher.ts`) without a server.
 */
export interface TeacherLike extends SnapshotSource<TeacherSnapshot> {
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
