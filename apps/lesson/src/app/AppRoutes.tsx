import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Redirect } from 'wouter';
import { useLesson } from '../step/lesson-data.js';
import { defaultLanguage } from '../i18n/language.js';
import { ContentsPage } from '../pages/ContentsPage.js';
import { HandoutPage } from '../pages/HandoutPage.js';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { NotesWindow } from '../presenter/NotesWindow.js';
import { PresenterStep } from '../presenter/PresenterStep.js';
import { allPositions, findPosition, stepRoute } from '../routing/positions.js';
import { buildPath, type Language, type Route } from '../routing/routes.js';
import { useRoute } from '../routing/use-route.js';
import { StudentStep } from '../student/StudentStep.js';
import { LanguageProvider, useUi } from '../shell/page-language.js';

// The live class's phone page loads on demand: none of it is in the first load.
const LiveJoinPage = lazy(() => import('../live/phone/LiveJoinPage.js'));

function LiveLoading() {
  const t = useUi();
  return (
    <p role="status" className="live-loading">
      {t('livePhone.loading')}
    </p>
  );
}

// The live class's teacher pages load on demand: nothing of them in the first load.
const ProjectorPage = lazy(() =>
  import('../live/teacher/ProjectorPage.js').then((m) => ({ default: m.ProjectorPage })),
);
const ConsolePage = lazy(() =>
  import('../live/teacher/ConsolePage.js').then((m) => ({ default: m.ConsolePage })),
);

/** Keeps `<html lang>` and i18next's language in step with the URL's. */
function useDocumentLanguage(lang: Language): void {
  const { i18n } = useTranslation();
  useEffect(() => {
    document.documentElement.lang = lang;
    if (i18n.language !== lang) void i18n.changeLanguage(lang);
  }, [i18n, lang]);
}

function RoutedPage({ route, lang }: { route: Exclude<Route, { kind: 'home' }>; lang: Language }) {
  const content = useLesson(lang);
  switch (route.kind) {
    case 'contents':
      return <ContentsPage />;
    case 'handout':
      return <HandoutPage />;
    case 'start': {
      const first = allPositions(content)[0];
      return first ? (
        <Redirect to={buildPath(stepRoute(lang, route.mode, first))} replace />
      ) : (
        <NotFoundPage />
      );
    }
    case 'chapter': {
      const position = findPosition(content, route.chapter);
      return position ? (
        <Redirect to={buildPath(stepRoute(lang, route.mode, position))} replace />
      ) : (
        <NotFoundPage />
      );
    }
    case 'step': {
      const position = findPosition(content, route.chapter, route.step);
      if (!position) return <NotFoundPage />;
      // Keyed by mode so that switching mode starts a fresh page (focus, timers).
      return route.mode === 'present' ? (
        <PresenterStep key="present" position={position} />
      ) : (
        <StudentStep key="student" position={position} />
      );
    }
    case 'notes': {
      const position = findPosition(content, route.chapter, route.step);
      return position ? <NotesWindow position={position} /> : <NotFoundPage />;
    }
    case 'live-join':
      return (
        <Suspense fallback={<LiveLoading />}>
          <LiveJoinPage code={route.code} />
        </Suspense>
      );
    case 'live-teacher':
      return (
        <Suspense fallback={null}>
          {route.screen === 'projector' ? <ProjectorPage /> : <ConsolePage />}
        </Suspense>
      );
    case 'unknown':
      return <NotFoundPage />;
  }
}

/** `#/`: the first step, in student mode. */
function HomeRedirect({ lang }: { lang: Language }) {
  const first = allPositions(useLesson(lang))[0];
  return (
    <Redirect
      to={buildPath(first ? stepRoute(lang, 'student', first) : { kind: 'contents', lang })}
      replace
    />
  );
}

/**
 * Maps the hash to a page. `#/` goes to the first step in student mode, in
 * the language this browser remembers or prefers.
 */
export function AppRoutes() {
  const route = useRoute();
  const lang: Language = route.kind === 'home' || !route.lang ? defaultLanguage() : route.lang;
  useDocumentLanguage(lang);
  if (route.kind === 'home') return <HomeRedirect lang={lang} />;
  return (
    <LanguageProvider lang={lang}>
      <RoutedPage route={route} lang={lang} />
    </LanguageProvider>
  );
}
