import { useEffect } from 'react';
import { useUi } from './page-language.js';

/** Sets `<title>` to "<page> · <app name>" in the page's language. */
export function useDocumentTitle(page: string): void {
  const t = useUi();
  const title = t('app.documentTitle', { page });
  useEffect(() => {
    document.title = title;
  }, [title]);
}
