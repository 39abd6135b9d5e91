/** Light or dark. Without a stored choice, the system's preference decides. */
export type Theme = 'light' | 'dark';

export const themeStorageKey = 'e2ee-kit:theme';

export function isTheme(value: unknown): value is Theme {
  return value === 'light' || value === 'dark';
}

export function readStoredTheme(): Theme | null {
  try {
    const stored = localStorage.getItem(themeStorageKey);
    return isTheme(stored) ? stored : null;
  } catch {
    return null;
  }
}

export function storeTheme(theme: Theme): void {
  try {
    localStorage.setItem(themeStorageKey, theme);
  } catch {
    // Not remembered; the toggle still works for this visit.
  }
}

export const darkQuery = '(prefers-color-scheme: dark)';

export function systemTheme(): Theme {
  return typeof matchMedia === 'function' && matchMedia(darkQuery).matches ? 'dark' : 'light';
}

/**
 * Puts the theme on `<html data-theme>` (which the stylesheets read) and sets
 * `color-scheme` so that form controls and scrollbars follow.
 */
export function applyTheme(theme: Theme): void {
  const root = document.documentElement;
  root.dataset.theme = theme;
  root.style.colorScheme = theme;
}
