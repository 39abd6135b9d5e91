import { describe, expect, it } from 'vitest';
import { buildPath, parseRoute, withLanguage, type Route } from './routes.js';

describe(parseRoute, () => {
  it('reads a step in presenter mode', () => {
    expect(parseRoute('/fr/present/ghost/access-order')).toEqual({
      kind: 'step',
      lang: 'fr',
      mode: 'present',
      chapter: 'ghost',
      step: 'access-order',
    });
  });

  it('reads the home, contents, handout, start, chapter and notes routes', () => {
    expect(parseRoute('/')).toEqual({ kind: 'home' });
    expect(parseRoute('')).toEqual({ kind: 'home' });
    expect(parseRoute('/en')).toEqual({ kind: 'contents', lang: 'en' });
    expect(parseRoute('/en/student')).toEqual({ kind: 'contents', lang: 'en' });
    expect(parseRoute('/fr/handout')).toEqual({ kind: 'handout', lang: 'fr' });
    expect(parseRoute('/en/present')).toEqual({ kind: 'start', lang: 'en', mode: 'present' });
    expect(parseRoute('/en/student/ghost')).toEqual({
      kind: 'chapter',
      lang: 'en',
      mode: 'student',
      chapter: 'ghost',
    });
    expect(parseRoute('/en/notes/ghost/access-order')).toEqual({
      kind: 'notes',
      lang: 'en',
      chapter: 'ghost',
      step: 'access-order',
    });
  });

  it('ignores a trailing slash and a query string', () => {
    expect(parseRoute('/en/student/ghost/the-night/')).toEqual(
      parseRoute('/en/student/ghost/the-night'),
    );
    expect(parseRoute('/en/student/ghost/the-night?x=1')).toEqual(
      parseRoute('/en/student/ghost/the-night'),
    );
  });

  it('reads the phone page of the live class, with the code from the query', () => {
    expect(parseRoute('/en/live/join?code=K7Q2MX')).toEqual({
      kind: 'live-join',
      lang: 'en',
      code: 'K7Q2MX',
    });
    expect(parseRoute('/fr/live/join')).toEqual({ kind: 'live-join', lang: 'fr' });
    expect(parseRoute('/fr/live/join?code=')).toEqual({ kind: 'live-join', lang: 'fr' });
  });

  it.each([
    ['/en/live', { kind: 'unknown', lang: 'en' }],
    ['/en/live/join/more', { kind: 'unknown', lang: 'en' }],
    ['/de/student', { kind: 'unknown' }],
    ['/en/teacher/ghost', { kind: 'unknown', lang: 'en' }],
    ['/en/student/Ghost', { kind: 'unknown', lang: 'en' }],
    ['/en/student/ghost/a b', { kind: 'unknown', lang: 'en' }],
    ['/en/student/ghost/step/extra', { kind: 'unknown', lang: 'en' }],
    ['/en/handout/more', { kind: 'unknown', lang: 'en' }],
    ['/en/notes/ghost', { kind: 'unknown', lang: 'en' }],
    ['/en/live/projector/more', { kind: 'unknown', lang: 'en' }],
  ] as const)('refuses %s', (path, expected) => {
    expect(parseRoute(path)).toEqual(expected);
  });
});

describe(buildPath, () => {
  const routes: Route[] = [
    { kind: 'home' },
    { kind: 'contents', lang: 'fr' },
    { kind: 'handout', lang: 'en' },
    { kind: 'start', lang: 'en', mode: 'present' },
    { kind: 'chapter', lang: 'fr', mode: 'student', chapter: 'escrow' },
    { kind: 'step', lang: 'fr', mode: 'present', chapter: 'ghost', step: 'access-order' },
    { kind: 'notes', lang: 'en', chapter: 'ghost', step: 'access-order' },
    { kind: 'live-join', lang: 'fr', code: 'K7Q2MX' },
    { kind: 'live-join', lang: 'en' },
    { kind: 'live-teacher', lang: 'fr', screen: 'projector' },
    { kind: 'live-teacher', lang: 'en', screen: 'console' },
  ];

  it.each(routes)('is the inverse of parseRoute for $kind', (route) => {
    expect(parseRoute(buildPath(route))).toEqual(route);
  });

  it('builds the URL shape the teacher guide documents', () => {
    expect(
      buildPath({
        kind: 'step',
        lang: 'fr',
        mode: 'present',
        chapter: 'ghost',
        step: 'access-order',
      }),
    ).toBe('/fr/present/ghost/access-order');
  });
});

describe(withLanguage, () => {
  it('keeps the place and changes only the language', () => {
    expect(
      withLanguage(
        { kind: 'step', lang: 'en', mode: 'student', chapter: 'ghost', step: 'join' },
        'fr',
      ),
    ).toEqual({ kind: 'step', lang: 'fr', mode: 'student', chapter: 'ghost', step: 'join' });
  });
});
