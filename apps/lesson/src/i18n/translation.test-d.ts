/**
 * Type-level tests of {@link Translation}: `tsc` (npm run check-types) fails
 * if an `@ts-expect-error` below stops being an error.
 */
import type { Translation } from './translation.js';

export const english = {
  title: 'Title',
  nested: { deep: { word: 'Word' } },
  count_one: '{{count}} thing',
  count_other: '{{count}} things',
};
type English = typeof english;

export const complete: Translation<English> = {
  title: 'Titre',
  nested: { deep: { word: 'Mot' } },
  count_one: '{{count}} chose',
  count_other: '{{count}} choses',
};

export const withItsOwnPlurals: Translation<English> = {
  title: 'Tytuł',
  nested: { deep: { word: 'Słowo' } },
  count_one: '{{count}} rzecz',
  count_few: '{{count}} rzeczy',
  count_many: '{{count}} rzeczy',
  count_other: '{{count}} rzeczy',
};

// @ts-expect-error a missing top-level key
export const missingTop: Translation<English> = {
  nested: { deep: { word: 'Mot' } },
  count_one: '',
  count_other: '',
};

export const missingNested: Translation<English> = {
  title: 'Titre',
  // @ts-expect-error a missing nested key
  nested: { deep: {} },
  count_one: '',
  count_other: '',
};

export const extraTop: Translation<English> = {
  title: 'Titre',
  // @ts-expect-error an extra top-level key
  subtitle: 'Sous-titre',
  nested: { deep: { word: 'Mot' } },
  count_one: '',
  count_other: '',
};

export const extraNested: Translation<English> = {
  title: 'Titre',
  nested: {
    deep: {
      word: 'Mot',
      // @ts-expect-error an extra nested key
      extra: 'En trop',
    },
  },
  count_one: '',
  count_other: '',
};

export const pluralOfNothing: Translation<English> = {
  // @ts-expect-error a plural form of a key English does not pluralise
  title_few: 'Titres',
  title: 'Titre',
  nested: { deep: { word: 'Mot' } },
  count_one: '',
  count_other: '',
};

// @ts-expect-error a plural form English has cannot be left out
export const missingOther: Translation<English> = {
  title: 'Titre',
  nested: { deep: { word: 'Mot' } },
  count_one: '',
};
