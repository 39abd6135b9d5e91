import { Link } from 'wouter';
import { useLanguage, useUi } from '../shell/page-language.js';
import { buildPath, type Mode } from '../routing/routes.js';
import { stepRoute, type Position } from '../routing/positions.js';

/** Previous / Next links under a step, and at the end a link back to the contents. */
export function StepNavigation({
  previous,
  next,
  mode,
}: {
  previous: Position | undefined;
  next: Position | undefined;
  mode: Mode;
}) {
  const t = useUi();
  const lang = useLanguage();
  return (
    <nav className="step-nav" aria-label={t('nav.label')}>
      {previous ? (
        <Link
          href={buildPath(stepRoute(lang, mode, previous))}
          className="e2k-button step-nav__previous"
          rel="prev"
        >
          <span aria-hidden="true">← </span>
          {t('nav.previous')}
        </Link>
      ) : (
        <span />
      )}
      {next ? (
        <Link
          href={buildPath(stepRoute(lang, mode, next))}
          className="e2k-button e2k-button--primary step-nav__next"
          rel="next"
        >
          {t('nav.next')}
          <span aria-hidden="true"> →</span>
        </Link>
      ) : (
        <Link href={buildPath({ kind: 'contents', lang })} className="e2k-button step-nav__next">
          {t('nav.end')}
        </Link>
      )}
    </nav>
  );
}
