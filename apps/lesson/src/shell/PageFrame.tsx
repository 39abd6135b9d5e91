import type { ReactNode } from 'react';
import { Link } from 'wouter';
import { LanguageSwitch } from './LanguageSwitch.js';
import { ThemeToggle } from './ThemeToggle.js';
import { buildPath, type Route } from '../routing/routes.js';
import { useRoute } from '../routing/use-route.js';
import { jumpTo } from './jump-to.js';
import { useLanguage, useUi } from './page-language.js';

/** Where the teacher guide is rendered to HTML at build time, next to index.html. */
export const teacherGuideFile = { en: 'teacher-guide.html', fr: 'teacher-guide.fr.html' } as const;

const mainId = 'main';

export interface PageFrameProps {
  /** The same place in the other mode, when there is one (step pages). */
  otherMode?: { route: Route; label: string };
  /** `projector` makes everything larger (presenter mode). */
  scale?: 'normal' | 'projector';
  /** More header buttons, before the handout's (the presenter's "Live class"). */
  tools?: ReactNode;
  /**
   * `false` leaves out the header's tools (handout, guide, language, theme):
   * the live projector's screen is the class's, and its console drives it.
   */
  headerTools?: boolean;
  children: ReactNode;
}

/**
 * What every page has: a skip link, a header with the lesson's name, the
 * language switch, the theme toggle, links to the handout and the teacher
 * guide, and the `<main>` landmark around the page's own content.
 */
export function PageFrame({
  otherMode,
  scale = 'normal',
  tools,
  headerTools = true,
  children,
}: PageFrameProps) {
  const t = useUi();
  const lang = useLanguage();
  const route = useRoute();
  return (
    <div className="page e2k-root" data-scale={scale}>
      <header className="app-header">
        {/* Inside the banner landmark, so that no content sits outside a landmark (axe "region"). */}
        <a
          className="skip-link"
          href={`#${buildPath(route)}`}
          onClick={(event) => {
            jumpTo(event, mainId);
          }}
        >
          {t('app.skipToContent')}
        </a>
        <Link href={buildPath({ kind: 'contents', lang })} className="app-header__brand">
          {t('app.name')}
        </Link>
        {headerTools ? (
          <div className="app-header__tools">
            {otherMode ? (
              <Link
                href={buildPath(otherMode.route)}
                className="e2k-button e2k-button--small app-header__teacher"
              >
                {otherMode.label}
              </Link>
            ) : null}
            {tools}
            <Link
              href={buildPath({ kind: 'handout', lang })}
              className="e2k-button e2k-button--small app-header__teacher"
            >
              {t('handout.print')}
            </Link>
            <a
              href={`./${teacherGuideFile[lang]}`}
              target="_blank"
              rel="noopener"
              className="e2k-button e2k-button--small app-header__teacher"
            >
              {t('teacherGuide.link')}
              <span className="visually-hidden"> {t('app.newTab')}</span>
            </a>
            <LanguageSwitch />
            <ThemeToggle />
          </div>
        ) : null}
      </header>
      <main id={mainId} tabIndex={-1} className="page__main">
        {children}
      </main>
    </div>
  );
}
