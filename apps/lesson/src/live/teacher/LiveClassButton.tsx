import { useEffect, useState } from 'react';
import { Link } from 'wouter';
import { buildPath } from '../../routing/routes.js';
import { useLanguage, useUi } from '../../shell/page-language.js';
import { classroomServerAnswersOnce } from './server-probe.js';

/**
 * The presenter header's "Live class" button, to the projector page. It
 * shows only when the classroom server serves the page (`GET /api/health`
 * answers): from `file://` or `vite preview` there is no live class to open.
 * Part of the first load, so it holds no more than a link and one request.
 */
export function LiveClassButton({
  serverAnswers = classroomServerAnswersOnce,
}: {
  /** Whether the classroom server serves this page (tests pass their own). */
  serverAnswers?: () => Promise<boolean>;
}) {
  const t = useUi();
  const lang = useLanguage();
  const [served, setServed] = useState(false);
  useEffect(() => {
    let current = true;
    void serverAnswers().then((answers) => {
      if (current) setServed(answers);
    });
    return () => {
      current = false;
    };
  }, [serverAnswers]);
  if (!served) return null;
  return (
    <Link
      href={buildPath({ kind: 'live-teacher', lang, screen: 'projector' })}
      className="e2k-button e2k-button--small app-header__teacher"
      data-testid="live-class-button"
    >
      {t('liveClass.open')}
    </Link>
  );
}
