import type { Language } from '../../routing/routes.js';
import type { TeacherLike } from './teacher-like.js';

/**
 * Starts the real `LiveTeacher` of `@e2ee-kit/live` on this laptop, its keys
 * (teacher device, ghost, agency, Mallory) kept in IndexedDB, so that a
 * reload of the projector window resumes the same class with the same keys.
 */
export async function startLiveTeacher(secret: string, lang: Language): Promise<TeacherLike> {
  await Promise.resolve({ secret, lang });
  throw new Error('LiveTeacher is not in @e2ee-kit/live yet');
}
