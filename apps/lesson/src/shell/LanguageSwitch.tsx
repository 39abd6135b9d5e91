import { useUi, useLanguage } from './page-language.js';
import { storeLanguage } from '../i18n/language.js';
import { languages, withLanguage, type Language } from '../routing/routes.js';
import { useGoTo, useRoute } from '../routing/use-route.js';

/** Each language's name, in that language: a reader looks for their own. */
const languageNames: Record<Language, string> = { en: 'English', fr: 'Français' };

/**
 * Two buttons, "English" and "Français". Switching keeps the place: same mode,
 * chapter and step. The choice is remembered for the next visit.
 */
export function LanguageSwitch() {
  const t = useUi();
  const current = useLanguage();
  const route = useRoute();
  const goTo = useGoTo();
  return (
    <div role="group" aria-label={t('language.label')} className="language-switch">
      {languages.map((lang) => (
        <button
          key={lang}
          type="button"
          lang={lang}
          className="e2k-button e2k-button--small"
          aria-pressed={lang === current}
          onClick={() => {
            storeLanguage(lang);
            if (lang !== current) goTo(withLanguage(route, lang), { replace: true });
          }}
        >
          {languageNames[lang]}
        </button>
      ))}
    </div>
  );
}
