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
export function startLiveTeacher(secret: string, lang: Language): Promise<TeacherLike> {
  return LiveTeacher.start({
    origin: location.origin,
    secret,
    lang,
    store: indexedDbKeyStore('e2ee-kit-live-teacher'),
  });
}
