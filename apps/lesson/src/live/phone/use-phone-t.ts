import { useLazyT } from '../../i18n/lazy-namespace.js';
import { livePhoneEn } from './strings.en.js';
import { livePhoneFr } from './strings.fr.js';

/** `t` for the phone's words (`livePhone` namespace), fixed to the page's language. */
export function usePhoneT() {
  return useLazyT('livePhone', { en: livePhoneEn, fr: livePhoneFr });
}

/** The `t` that {@link usePhoneT} returns. */
export type PhoneT = ReturnType<typeof usePhoneT>;
