import { Link } from 'wouter';
import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { buildPath } from '../routing/routes.js';

/** A friendly page for an address the lesson does not have, with a way back. */
export function NotFoundPage() {
  const t = useUi();
  const lang = useLanguage();
  useDocumentTitle(t('notFound.heading'));
  return (
    <PageFrame>
      <div className="not-found">
        <h1>{t('notFound.heading')}</h1>
        <p>{t('notFound.body')}</p>
        <p>
          <Link
            href={buildPath({ kind: 'contents', lang })}
            className="e2k-button e2k-button--primary"
          >
            {t('notFound.home')}
          </Link>
        </p>
      </div>
    </PageFrame>
  );
}
