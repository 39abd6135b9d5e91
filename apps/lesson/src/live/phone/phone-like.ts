/**
 * What the phone pages need of a live phone: the part of `LivePhone` (from
 * `@e2ee-kit/live`) they use. Pages take this interface, so tests can give
 * them a fake (`test-fixtures/fake-phone.ts`) and no classroom server.
 */
import type { Finding, PhoneSnapshot } from '@e2ee-kit/live';

export interface PhoneLike {
  /** The same object until the next change (for `useSyncExternalStore`). */
  snapshot(): PhoneSnapshot;
  subscribe(listener: () => void): () => void;
  /** Throws an error with a `code` (e.g. `offline`) when it cannot send. */
  send(text: string): void;
  checkRoster(): Finding[];
  safetyNumberWith(device: string): { digits: string; groups: string[] };
  report(finding: Finding): void;
  vote(choice: string): void;
  /** Leaves for good: deletes this phone's keys for the class. */
  forget(): Promise<void>;
  close(): void;
}

export interface PhoneJoin {
  /** Upper case, as the server gives it. */
  code: string;
  /** The display name of a first join; a phone that holds keys for `code` resumes and ignores it. */
  name: string;
}

/**
 * Where the phone pages get their classroom: the real one
 * (`live-backend.ts`), or a fake in tests.
 */
export interface PhoneBackend {
  /** Whether a classroom server serves this page (see `../server.ts`). */
  hasServer(): Promise<boolean>;
  /** The name this browser joined class `code` with, when it still holds its keys; else `undefined`. */
  remembered(code: string): Promise<string | undefined>;
  /** Loads or makes the keys and connects (join or resume). */
  start(join: PhoneJoin): Promise<PhoneLike>;
}

/** The code of an error thrown by the live client (`LiveError.code`, an `ErrorCode`…), if it has one. */
export function errorCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}
