import { useEffect, useState } from 'react';
import { useUi } from './page-language.js';
import {
  applyTheme,
  darkQuery,
  readStoredTheme,
  storeTheme,
  systemTheme,
  type Theme,
} from './theme.js';

/** A "Dark theme" toggle button. Follows the system until pressed once. */
export function ThemeToggle() {
  const t = useUi();
  const [stored, setStored] = useState<Theme | null>(readStoredTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  const theme = stored ?? system;

  useEffect(() => {
    if (typeof matchMedia !== 'function') return;
    const query = matchMedia(darkQuery);
    const onChange = () => {
      setSystem(query.matches ? 'dark' : 'light');
    };
    query.addEventListener('change', onChange);
    return () => {
      query.removeEventListener('change', onChange);
    };
  }, []);

  useEffect(() => {
    applyTheme(theme);
  }, [theme]);

  return (
    <button
      type="button"
      className="e2k-button e2k-button--small"
      aria-pressed={theme === 'dark'}
      onClick={() => {
        const next: Theme = theme === 'dark' ? 'light' : 'dark';
        storeTheme(next);
        setStored(next);
      }}
    >
      <span aria-hidden="true" className="theme-icon">
        {theme === 'dark' ? '☾' : '☀'}
      </span>
      {t('theme.dark')}
    </button>
  );
}
