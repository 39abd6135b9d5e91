import { LiveTeacher } from '@e2ee-kit/live';
import { indexedDbKeyStore } from '@e2ee-kit/live/idb';
import type { Language } from '../../routing/routes.js';
import type { TeacherLike } from './teacher-like.js';

/**
 * Starts the real `LiveTeacher` of `@e2ee-kit/live` on this laptop, its keys
 * (teacher device, ghost, agency, Mallory) kept in IndexedDB (a database of
 * their own, apart from a phone's), so that a reload of the projector window
 * resumes the same class with the same keys. This module is loaded only by
 * the projector page: the live client and its crypto stay out of the rest.
 */
export async function startLiveTeacher(secret: string, lang: Language): Promise<TeacherLike> {
  const joinOrigin = await networkOrigin();
  return LiveTeacher.start({
    origin: location.origin,
    secret,
    lang,
    store: indexedDbKeyStore('e2ee-kit-live-teacher'),
    ...(joinOrigin ? { joinOrigin } : {}),
  });
}

/**
 * The address phones open, from the server (`joinOrigin` beside the secret,
 * on the network only): this window is on localhost, which no phone can
 * open, so the join address and QR code use the network's. Undefined when
 * the server listens on loopback only.
 */
async function networkOrigin(): Promise<string | undefined> {
  try {
    const response = await fetch('/api/teacher/secret', { cache: 'no-store' });
    const body = (await response.json()) as { joinOrigin?: unknown };
    const value = body.joinOrigin;
    if (typeof value !== 'string') return undefined;
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value
      ? value
      : undefined;
  } catch {
    return undefined;
  }
}
