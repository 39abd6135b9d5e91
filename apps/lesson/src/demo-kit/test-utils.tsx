/** Renders a live demo as the app would: with i18next, the page's language and the real lesson text. */
import type { ComponentType } from 'react';
import { I18nextProvider } from 'react-i18next';
import { render } from 'vitest-browser-react';
import { LanguageProvider } from '../shell/page-language.js';
import { lessons } from '../content/lessons.js';
import type { DemoId } from '../content/types.js';
import { createI18n } from '../i18n/i18n.js';
import type { Language } from '../routing/routes.js';
import type { DemoProps } from './demo-props.js';

export async function renderDemo(
  Demo: ComponentType<DemoProps>,
  id: DemoId,
  lang: Language = 'en',
) {
  const i18n = createI18n(lang);
  return render(
    <I18nextProvider i18n={i18n}>
      <LanguageProvider lang={lang}>
        <Demo id={id} lang={lang} mode="student" content={lessons[lang]} />
      </LanguageProvider>
    </I18nextProvider>,
  );
}
