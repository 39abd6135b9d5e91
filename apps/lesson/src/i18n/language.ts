import { isLanguage, type Language } from '../routing/routes.js';

/** localStorage key of the language the user chose last. */
export const languageStorageKey = 'e2ee-kit:language';

/**
 * The language to open in when the URL names none: the one chosen last, else
 * the first of the browser's preferred languages that the lesson has
 * (`fr`, `fr-CA`… give French; `en-GB`… give English), else English.
 */
export function pickLanguage(
  stored: string | null | undefined,
  preferred: readonly string[],
): Language {
  if (isLanguage(stored)) return stored;
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLanguage(primary)) return primary;
  }
  return 'en';
}

/** Reads localStorage, tolerating browsers where it throws (privacy modes). */
export function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(languageStorageKey);
  } catch {
    return null;
  }
}

export function storeLanguage(lang: Language): void {
  try {
    localStorage.setItem(languageStorageKey, lang);
  } catch {
    // Not remembered: the URL still carries the language.
  }
}

/** The language for `#/`, from what this browser remembers and prefers. */
export function defaultLanguage(): Language {
  const preferred = typeof navigator === 'undefined' ? [] : navigator.languages;
  return pickLanguage(readStoredLanguage(), preferred);
}
