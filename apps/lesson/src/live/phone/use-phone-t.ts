import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../../shell/page-language.js';
import { livePhoneEn } from './strings.en.js';
import { livePhoneFr } from './strings.fr.js';

/** The i18next namespace of the phone's words. */
export const phoneNamespace = 'livePhone';

/**
 * Adds the phone's words to an i18next instance, once, when the phone page's
 * code arrives: they are not part of the first page load.
 */
export function registerPhoneStrings(instance: i18n): void {
  if (instance.hasResourceBundle('en', phoneNamespace)) return;
  instance.addResourceBundle('en', phoneNamespace, livePhoneEn);
  instance.addResourceBundle('fr', phoneNamespace, livePhoneFr);
}

/** `t` for the phone's words, fixed to the page's language (like `useUi`). */
export function usePhoneT() {
  const lang = useLanguage();
  registerPhoneStrings(useTranslation().i18n);
  return useTranslation(phoneNamespace, { lng: lang }).t;
}

/** The `t` that {@link usePhoneT} returns. */
export type PhoneT = ReturnType<typeof usePhoneT>;
