import { useLazyT } from '../../i18n/lazy-namespace.js';
import { liveTeacherEn } from './strings.en.js';
import { liveTeacherFr } from './strings.fr.js';

/** `t` for the teacher pages' words (`liveTeacher` namespace), fixed to the page's language. */
export function useTeacherT() {
  return useLazyT('liveTeacher', { en: liveTeacherEn, fr: liveTeacherFr });
}

export type TeacherT = ReturnType<typeof useTeacherT>;
