/** Renders a teacher page as the app would (i18next, router, page language), and runs axe. */
import '@e2ee-kit/ui/styles.css';
import '../../styles/app.css';
import axe from 'axe-core';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { expect } from 'vitest';
import { render } from 'vitest-browser-react';
import { Router } from 'wouter';
import { memoryLocation } from 'wouter/memory-location';
import { createI18n } from '../../i18n/i18n.js';
import type { Language } from '../../routing/routes.js';
import { LanguageProvider } from '../../shell/page-language.js';
import type { TeacherEnvironment } from './teacher-session.js';
import type { TeacherLike } from './teacher-like.js';

export async function renderTeacherPage(
  ui: ReactNode,
  { lang = 'en', path = `/${lang}/live/projector` }: { lang?: Language; path?: string } = {},
) {
  const location = memoryLocation({ path, record: true });
  const screen = await render(
    <I18nextProvider i18n={createI18n(lang)}>
      <Router hook={location.hook}>
        <LanguageProvider lang={lang}>{ui}</LanguageProvider>
      </Router>
    </I18nextProvider>,
  );
  return { screen, location };
}

/** A world with the server and the laptop, whose teacher is `teacher`. */
export function laptopWith(teacher: TeacherLike): TeacherEnvironment {
  return {
    serverAnswers: () => Promise.resolve(true),
    teacherSecret: () => Promise.resolve('secret'),
    startTeacher: () => Promise.resolve(teacher),
    claimKeys: () => Promise.resolve(() => {}),
  };
}

const axeTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** Axe (WCAG 2.2 AA and best practice) finds nothing in `context`. */
export async function expectAccessible(context: Element = document.body): Promise<void> {
  const results = await axe.run(context, { runOnly: { type: 'tag', values: axeTags } });
  expect(
    results.violations.map(
      (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
    ),
  ).toEqual([]);
}
