import type { CustomTypeOptions } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useLanguage } from '../shell/page-language.js';
import type { Translation } from './translation.js';

/** The namespaces whose words load with their pages' code, not with the first page. */
export type LazyNamespace = Exclude<keyof CustomTypeOptions['resources'], 'ui'>;

/**
 * `t` for a lazily loaded namespace, fixed to the page's language (like
 * `useUi`). The words are added to the i18next instance the first time a
 * page asks for them, so they travel in that page's chunk.
 */
export function useLazyT<N extends LazyNamespace>(
  namespace: N,
  words: {
    en: CustomTypeOptions['resources'][N];
    fr: Translation<CustomTypeOptions['resources'][N]>;
  },
) {
  const lang = useLanguage();
  const { i18n } = useTranslation();
  if (!i18n.hasResourceBundle('en', namespace)) {
    for (const [language, bundle] of Object.entries(words)) {
      i18n.addResourceBundle(language, namespace, bundle);
    }
  }
  return useTranslation(namespace, { lng: lang }).t;
}
