import { StrictMode, useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { Router, type BaseLocationHook } from 'wouter';
import { useHashLocation } from 'wouter/use-hash-location';
import { createI18n } from '../i18n/i18n.js';
import { defaultLanguage } from '../i18n/language.js';
import { LessonDataProvider, type LessonData } from '../step/lesson-data.js';
import { AppRoutes } from './AppRoutes.js';

export interface LessonAppProps {
  data: LessonData;
  /** Location hook for the router; tests pass wouter's `memoryLocation().hook`. */
  locationHook?: BaseLocationHook;
}

/** The whole app: lesson text, translations and the hash router. */
export function LessonApp({ data, locationHook = useHashLocation }: LessonAppProps) {
  const [i18n] = useState(() => createI18n(defaultLanguage()));
  return (
    <StrictMode>
      <I18nextProvider i18n={i18n}>
        <LessonDataProvider data={data}>
          <Router hook={locationHook}>
            <AppRoutes />
          </Router>
        </LessonDataProvider>
      </I18nextProvider>
    </StrictMode>
  );
}
