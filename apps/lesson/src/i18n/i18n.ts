import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { DemoStrings } from '../demo-kit/strings.en.js';
import type { LivePhoneStrings } from '../live/phone/strings.en.js';
import type { LiveTeacherStrings } from '../live/teacher/strings.en.js';
import type { Language } from '../routing/routes.js';
import { uiEn, type UiStrings } from './ui.en.js';
import { uiFr } from './ui.fr.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'ui';
    // Only the UI strings are looked up by key; the lesson text is rendered
    // from its typed objects (see LessonDataProvider), so it is not listed here.
    // `demos` is added when the first live demo loads (demo-kit/use-demo-t.ts),
    // `livePhone` when the phone page of the live class loads (live/phone/use-phone-t.ts),
    // `liveTeacher` when the teacher's live-class pages load (live/teacher/use-teacher-t.ts).
    resources: {
      ui: UiStrings;
      demos: DemoStrings;
      livePhone: LivePhoneStrings;
      liveTeacher: LiveTeacherStrings;
    };
  }
}

/**
 * An i18next instance holding the UI strings (`ui` namespace) of every
 * language. All resources are in the bundle, so initialisation is synchronous.
 * The lesson text is not here: it is rendered from typed objects.
 */
export function createI18n(lang: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    lng: lang,
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    ns: ['ui'],
    defaultNS: 'ui',
    resources: {
      en: { ui: uiEn },
      fr: { ui: uiFr },
    },
    initAsync: false,
    interpolation: { escapeValue: false }, // React escapes.
  });
  return instance;
}
