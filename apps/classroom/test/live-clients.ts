/**
 * @e2ee-kit/live's clients against the real server: a LiveTeacher and
 * LivePhones over real WebSockets (`ws`), each with its own key store.
 */
import {
  LivePhone,
  LiveTeacher,
  memoryKeyStore,
  type KeyStore,
  type PhoneSnapshot,
  type TeacherSnapshot,
} from '@e2ee-kit/live';
import { WebSocket } from 'ws';
import { SECRET, type Running } from './harness.js';

export async function teacherOf(running: Running, store: KeyStore = memoryKeyStore()) {
  return LiveTeacher.start({ origin: running.url, secret: SECRET, store, WebSocket });
}

export async function phoneOf(
  running: Running,
  code: string,
  name: string,
  store: KeyStore = memoryKeyStore(),
) {
  return LivePhone.start({ url: running.wsUrl, code, name, store, WebSocket });
}

/** Waits until `test` holds, checked at each change of `client` and every 50 ms. */
export async function until<S>(
  client: { snapshot(): S; subscribe(listener: () => void): () => void },
  test: (snapshot: S) => boolean,
  what: string,
  ms = 20_000,
): Promise<S> {
  const deadline = Date.now() + ms;
  for (;;) {
    const snapshot = client.snapshot();
    if (test(snapshot)) return snapshot;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise<void>((resolve) => {
      const off = client.subscribe(() => {
        off();
        clearTimeout(timer);
        resolve();
      });
      const timer = setTimeout(() => {
        off();
        resolve();
      }, 50);
    });
  }
}

export const texts = (s: PhoneSnapshot) => s.messages.map((m) => m.text);

/** The matrix row of the message with this text (as the teacher's device decrypted it). */
export function rowOf(s: TeacherSnapshot, text: string) {
  return s.matrix.find((r) => r.text === text);
}
