import type { i18n } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../shell/page-language.js';
import { demosEn } from './strings.en.js';
import { demosFr } from './strings.fr.js';

/** The i18next namespace of the live demos' words. */
export const demoNamespace = 'demos';

/**
 * Adds the demos' words to an i18next instance, once. They are added here,
 * when a demo's code arrives, rather than at start-up, so that they load with
 * the demos and not with the first page.
 */
export function registerDemoStrings(instance: i18n): void {
  if (instance.hasResourceBundle('en', demoNamespace)) return;
  instance.addResourceBundle('en', demoNamespace, demosEn);
  instance.addResourceBundle('fr', demoNamespace, demosFr);
}

/** `t` for the demos' words, fixed to the page's language (like `useUi`). */
export function useDemoT() {
  const lang = useLanguage();
  registerDemoStrings(useTranslation().i18n);
  return useTranslation(demoNamespace, { lng: lang }).t;
}

/** The `t` that {@link useDemoT} returns. */
export type DemoT = ReturnType<typeof useDemoT>;
