import { Link } from 'wouter';
import { buildPath } from '../../routing/routes.js';
import { useLanguage } from '../../shell/page-language.js';
import type { TeacherSession } from './teacher-session.js';
import { useTeacherT } from './use-teacher-t.js';

/** What a teacher page says until it can show the class: checking, no server, not the laptop, failed. */
export function LiveUnavailable({
  session,
}: {
  session: Exclude<TeacherSession, { state: 'ready' }>;
}) {
  const t = useTeacherT();
  const lang = useLanguage();
  const message =
    session.state === 'checking'
      ? t('unavailable.checking')
      : session.state === 'starting'
        ? t('unavailable.starting')
        : session.state === 'no-server'
          ? t('unavailable.noServer')
          : session.state === 'not-laptop'
            ? t('unavailable.notLaptop')
            : session.state === 'elsewhere'
              ? t('unavailable.elsewhere')
              : t('unavailable.failed', { error: session.error });
  const waiting = session.state === 'checking' || session.state === 'starting';
  return (
    <section className="live-unavailable" aria-labelledby="live-unavailable-heading">
      <h1 id="live-unavailable-heading">{t('unavailable.heading')}</h1>
      <p role="status" data-testid="live-unavailable" data-state={session.state}>
        {message}
      </p>
      {waiting || session.state === 'not-laptop' ? null : (
        <p>
          <Link href={buildPath({ kind: 'start', lang, mode: 'present' })} className="e2k-button">
            {t('unavailable.backToLesson')}
          </Link>
        </p>
      )}
    </section>
  );
}
