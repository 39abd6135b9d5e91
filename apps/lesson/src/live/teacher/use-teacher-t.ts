import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../shell/page-language.js';
import { liveTeacherEn } from './strings.en.js';
import { liveTeacherFr } from './strings.fr.js';

/** The i18next namespace of the teacher's live-class words. */
export const liveTeacherNamespace = 'liveTeacher';

/** Adds the teacher pages' words to an i18next instance, once: they load with those pages, not with the first page. */
export function registerLiveTeacherStrings(instance: i18n): void {
  if (instance.hasResourceBundle('en', liveTeacherNamespace)) return;
  instance.addResourceBundle('en', liveTeacherNamespace, liveTeacherEn);
  instance.addResourceBundle('fr', liveTeacherNamespace, liveTeacherFr);
}

/** `t` for the teacher pages' words, fixed to the page's language (like `useUi`). */
export function useTeacherT() {
  const lang = useLanguage();
  registerLiveTeacherStrings(useTranslation().i18n);
  return useTranslation(liveTeacherNamespace, { lng: lang }).t;
}

export type TeacherT = ReturnType<typeof useTeacherT>;
