/**
 * The lesson's URLs, as pure data. Everything lives in the hash so that the
 * app works from `file://`:
 *
 * - `#/`                                  → home: redirects to the default language
 * - `#/en`, `#/en/student`                → table of contents
 * - `#/en/handout`                        → the printable handout
 * - `#/en/present`                        → presenter mode, first step
 * - `#/en/student/ghost`                  → first step of a chapter
 * - `#/en/present/ghost/access-order`     → one step, in a mode
 * - `#/en/notes/ghost/access-order`       → the speaker-notes window for that step
 * - `#/en/live/join?code=K7Q2MX`          → a student's phone in the live class (the projector's QR code)
 * - `#/en/live/projector`, `#/en/live/console` → the live class, teacher's side
 *
 * Slugs are checked against the content elsewhere: here a route only has the
 * right shape.
 */

/** Languages the lesson is written in. */
export const languages = ['en', 'fr'] as const;
export type Language = (typeof languages)[number];

/** How a step is shown: by the teacher on a projector, or by a student alone. */
export const modes = ['present', 'student'] as const;
export type Mode = (typeof modes)[number];

/** The teacher's two live-class windows. */
export type LiveTeacherScreen = 'projector' | 'console';

export type Route =
  | { kind: 'home' }
  | { kind: 'contents'; lang: Language }
  | { kind: 'handout'; lang: Language }
  /** A mode with no chapter yet: starts at the first step. */
  | { kind: 'start'; lang: Language; mode: Mode }
  /** A chapter with no step: starts at its first step. */
  | { kind: 'chapter'; lang: Language; mode: Mode; chapter: string }
  | { kind: 'step'; lang: Language; mode: Mode; chapter: string; step: string }
  | { kind: 'notes'; lang: Language; chapter: string; step: string }
  /** A student's phone in the live class; `code` comes from the query (`?code=`), as typed in the QR code. */
  | { kind: 'live-join'; lang: Language; code?: string }
  /** The live class on the teacher's laptop: the projected screen, or its console window. */
  | { kind: 'live-teacher'; lang: Language; screen: LiveTeacherScreen }
  /** Anything else. `lang` is kept when the first segment was a language. */
  | { kind: 'unknown'; lang?: Language };

const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (languages as readonly string[]).includes(value);
}

export function isMode(value: unknown): value is Mode {
  return typeof value === 'string' && (modes as readonly string[]).includes(value);
}

/** True for a lowercase, dash-separated URL segment such as `access-order`. */
export function isSlug(value: unknown): value is string {
  return typeof value === 'string' && slugPattern.test(value);
}

/**
 * Reads a path (what wouter's hash location gives, e.g. `/fr/present/ghost/access-order`).
 * A trailing slash and a query string are ignored.
 */
export function parseRoute(path: string): Route {
  const [withoutQuery = '', query = ''] = path.split('?');
  const segments = withoutQuery.split('/').filter((segment) => segment !== '');
  if (segments.length === 0) return { kind: 'home' };

  const [first, second, third, fourth, ...rest] = segments;
  if (!isLanguage(first)) return { kind: 'unknown' };
  const lang = first;
  const unknown: Route = { kind: 'unknown', lang };
  if (rest.length > 0) return unknown;

  if (second === undefined) return { kind: 'contents', lang };
  if (second === 'handout') return third === undefined ? { kind: 'handout', lang } : unknown;
  if (second === 'notes') {
    return isSlug(third) && isSlug(fourth)
      ? { kind: 'notes', lang, chapter: third, step: fourth }
      : unknown;
  }
  if (second === 'live' && (third === 'projector' || third === 'console')) {
    return fourth === undefined ? { kind: 'live-teacher', lang, screen: third } : unknown;
  }
  if (second === 'live' && third === 'join') {
    if (fourth !== undefined) return unknown;
    const code = new URLSearchParams(query).get('code');
    return code ? { kind: 'live-join', lang, code } : { kind: 'live-join', lang };
  }
  if (!isMode(second)) return unknown;
  const mode = second;

  if (third === undefined) {
    // The student's landing page is the table of contents; a presenter starts at once.
    return mode === 'student' ? { kind: 'contents', lang } : { kind: 'start', lang, mode };
  }
  if (!isSlug(third)) return unknown;
  if (fourth === undefined) return { kind: 'chapter', lang, mode, chapter: third };
  if (!isSlug(fourth)) return unknown;
  return { kind: 'step', lang, mode, chapter: third, step: fourth };
}

/** The path for a route, the inverse of {@link parseRoute} for every route it returns. */
export function buildPath(route: Route): string {
  switch (route.kind) {
    case 'home':
      return '/';
    case 'contents':
      return `/${route.lang}/student`;
    case 'handout':
      return `/${route.lang}/handout`;
    case 'start':
      return `/${route.lang}/${route.mode}`;
    case 'chapter':
      return `/${route.lang}/${route.mode}/${route.chapter}`;
    case 'step':
      return `/${route.lang}/${route.mode}/${route.chapter}/${route.step}`;
    case 'notes':
      return `/${route.lang}/notes/${route.chapter}/${route.step}`;
    case 'live-join':
      return route.code
        ? `/${route.lang}/live/join?code=${encodeURIComponent(route.code)}`
        : `/${route.lang}/live/join`;
    case 'live-teacher':
      return `/${route.lang}/live/${route.screen}`;
    case 'unknown':
      return route.lang ? `/${route.lang}/not-found` : '/not-found';
  }
}

/** Same place, another language: what the language switch navigates to. */
export function withLanguage(route: Route, lang: Language): Route {
  switch (route.kind) {
    case 'home':
      return { kind: 'contents', lang };
    case 'unknown':
      return { kind: 'unknown', lang };
    default:
      return { ...route, lang };
  }
}
