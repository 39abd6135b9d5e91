import { useLazyT } from '../i18n/lazy-namespace.js';
import { demosEn } from './strings.en.js';
import { demosFr } from './strings.fr.js';

/**
 * `t` for the live demos' words (`demos` namespace), fixed to the page's
 * language. They load with the demos, not with the first page.
 */
export function useDemoT() {
  return useLazyT('demos', { en: demosEn, fr: demosFr });
}

/** The `t` that {@link useDemoT} returns. */
export type DemoT = ReturnType<typeof useDemoT>;
