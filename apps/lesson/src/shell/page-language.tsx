import { createContext, use, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../routing/routes.js';

const LanguageContext = createContext<Language>('en');

/** The language of the page being shown, which comes from the URL. */
export function LanguageProvider({ lang, children }: { lang: Language; children: ReactNode }) {
  return <LanguageContext value={lang}>{children}</LanguageContext>;
}

export function useLanguage(): Language {
  return use(LanguageContext);
}

/**
 * `t` for the UI strings, fixed to the page's language. Fixing it (rather than
 * following i18next's global language) means one render never mixes two
 * languages while the global language catches up with the URL.
 */
export function useUi() {
  const lang = useLanguage();
  return useTranslation('ui', { lng: lang }).t;
}
