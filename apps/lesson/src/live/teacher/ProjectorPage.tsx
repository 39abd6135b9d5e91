import type { ConnectionStatus, TeacherSnapshot } from '@e2ee-kit/live';
import { StatusBadge } from '@e2ee-kit/ui';
import { useEffect, useRef, useState } from 'react';
import { BlankScreen } from '../../presenter/BlankScreen.js';
import { usePresenterKeys } from '../../presenter/use-presenter-keys.js';
import { storeLanguage } from '../../i18n/language.js';
import { buildPath, withLanguage } from '../../routing/routes.js';
import { useGoTo, useRoute } from '../../routing/use-route.js';
import { useLanguage } from '../../shell/page-language.js';
import { PageFrame } from '../../shell/PageFrame.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import { retrySeconds } from '../connection.js';
import { isScreenCommand, runTeacherCommand, type TeacherCommand } from './commands.js';
import { LiveUnavailable } from './LiveUnavailable.js';
import { movePanel, projectorPanels, type ProjectorPanel } from './panels.js';
import {
  GhostPanel,
  JoinPanel,
  ReportsPanel,
  RosterPanel,
  TrafficPanel,
  VotePanel,
  WhoCanReadPanel,
} from './ProjectorPanels.js';
import { openTeacherChannel, type TeacherChannel } from './teacher-channel.js';
import { useLiveSnapshot } from '../use-live-snapshot.js';
import type { TeacherLike } from './teacher-like.js';
import {
  browserTeacherEnvironment,
  useTeacherSession,
  type TeacherEnvironment,
} from './teacher-session.js';
import { useTeacherT, type TeacherT } from './use-teacher-t.js';
import './teacher.css';

export function connectionWords(t: TeacherT, connection: ConnectionStatus): string {
  switch (connection.state) {
    case 'retrying':
      return t('connection.retrying', { count: retrySeconds(connection) });
    case 'refused':
      return t('connection.refused', { error: connection.error?.message ?? '' });
    default:
      return t(`connection.${connection.state}`);
  }
}

export function ConnectionBadge({ connection }: { connection: ConnectionStatus }) {
  const t = useTeacherT();
  return (
    <StatusBadge status={connection.state === 'online' ? 'ok' : 'warning'} data-testid="connection">
      {connectionWords(t, connection)}
    </StatusBadge>
  );
}

/** The panel itself, from the snapshot. */
export function ProjectorView({
  snapshot,
  panel,
  revealed,
}: {
  snapshot: TeacherSnapshot;
  panel: ProjectorPanel;
  revealed: boolean;
}) {
  switch (panel) {
    case 'join':
      return <JoinPanel snapshot={snapshot} />;
    case 'traffic':
      return <TrafficPanel snapshot={snapshot} />;
    case 'roster':
      return <RosterPanel snapshot={snapshot} />;
    case 'who-can-read':
      return <WhoCanReadPanel snapshot={snapshot} />;
    case 'ghost':
      return <GhostPanel snapshot={snapshot} />;
    case 'reports':
      return <ReportsPanel snapshot={snapshot} />;
    case 'vote':
      return <VotePanel snapshot={snapshot} revealed={revealed} />;
  }
}

/** Where a command leads the projector, if anywhere: a new class to its join panel, a vote to the tally. */
function panelAfter(command: TeacherCommand): ProjectorPanel | null {
  if (command.kind === 'open-class') return 'join';
  if (command.kind === 'open-vote') return 'vote';
  return null;
}

/**
 * The projected screen of a running class, which holds the `LiveTeacher`
 * (every teacher key lives in this window). Clicker keys step through the
 * panels; the console window drives it over the teacher channel and gets its
 * state back after every change.
 */
export function LiveProjector({ teacher }: { teacher: TeacherLike }) {
  const t = useTeacherT();
  const lang = useLanguage();
  const route = useRoute();
  const goTo = useGoTo();
  const snapshot = useLiveSnapshot(teacher);
  const [panel, setPanel] = useState<ProjectorPanel>('join');
  const [revealed, setRevealed] = useState(false);
  const [blanked, setBlanked] = useState(false);
  const channel = useRef<TeacherChannel | null>(null);
  const state = { snapshot, panel, revealed };
  // The language command moves this page to the same place in the other language.
  const switchTo = (next: typeof lang) => {
    storeLanguage(next);
    if (next !== lang) goTo(withLanguage(route, next), { replace: true });
  };
  const latest = useRef({ state, teacher, switchTo });
  useEffect(() => {
    latest.current = { state, teacher, switchTo };
  });

  usePresenterKeys((action) => {
    if (action === 'blank') setBlanked((b) => !b);
    else if (action !== 'toggle-notes') setPanel((p) => movePanel(p, action));
  });

  useEffect(() => {
    const opened = openTeacherChannel((message) => {
      if (message.type === 'hello') {
        opened.post({ type: 'state', state: latest.current.state });
        return;
      }
      if (message.type !== 'command') return;
      const { id, command } = message;
      const done = (error: string | null) => {
        opened.post({ type: 'done', id, error });
      };
      if (isScreenCommand(command)) {
        if (command.kind === 'panel') setPanel(command.panel);
        else if (command.kind === 'reveal') setRevealed(command.revealed);
        else if (command.kind === 'language') latest.current.switchTo(command.lang);
        else setBlanked((b) => !b);
        done(null);
        return;
      }
      if (command.kind === 'open-vote') setRevealed(false);
      runTeacherCommand(latest.current.teacher, command).then(
        () => {
          const next = panelAfter(command);
          if (next) setPanel(next);
          done(null);
        },
        (error: unknown) => {
          done(error instanceof Error ? error.message : String(error));
        },
      );
    });
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  useEffect(() => {
    channel.current?.post({ type: 'state', state: { snapshot, panel, revealed } });
  }, [snapshot, panel, revealed]);

  const consoleHref = `#${buildPath({ kind: 'live-teacher', lang, screen: 'console' })}`;
  const students = snapshot.roster.filter((m) => m.role === 'student').length;

  return (
    <div className="live-projector" data-testid="live-projector">
      <div className="live-projector__panel">
        <ProjectorView snapshot={snapshot} panel={panel} revealed={revealed} />
      </div>
      <div className="presenter-bar live-projector__bar">
        <p className="live-projector__class">
          {snapshot.code ? t('bar.code', { code: snapshot.code }) : t('bar.noClass')}
          {snapshot.code ? ` · ${t('bar.students', { count: students })}` : null}{' '}
          <ConnectionBadge connection={snapshot.connection} />
        </p>
        <nav className="live-projector__panels" aria-label={t('bar.panels')}>
          {projectorPanels.map((p) => (
            <button
              key={p}
              type="button"
              className="e2k-button e2k-button--small"
              aria-pressed={p === panel}
              onClick={() => {
                setPanel(p);
              }}
            >
              {t(`panel.${p}`)}
            </button>
          ))}
        </nav>
        <a
          href={consoleHref}
          className="e2k-button e2k-button--small"
          onClick={(event) => {
            event.preventDefault();
            window.open(consoleHref, 'e2ee-kit-live-console', 'popup,width=900,height=760');
          }}
        >
          {t('bar.openConsole')}
        </a>
        <p className="presenter-help">{t('bar.keysHint')}</p>
      </div>
      <BlankScreen
        blanked={blanked}
        onShow={() => {
          setBlanked(false);
        }}
      />
    </div>
  );
}

/** `#/<lang>/live/projector`: the live class on the projected screen. */
export function ProjectorPage({
  environment = browserTeacherEnvironment,
}: {
  environment?: TeacherEnvironment;
}) {
  const t = useTeacherT();
  const lang = useLanguage();
  const session = useTeacherSession(environment, lang, true);
  useDocumentTitle(t('title.projector'));
  return (
    // Once the class runs, the projected screen shows none of the lesson's tools:
    // the console changes panels and the projector's language.
    <PageFrame scale="projector" headerTools={session.state !== 'ready'}>
      {session.state === 'ready' && session.teacher ? (
        <LiveProjector teacher={session.teacher} />
      ) : session.state === 'ready' ? null : (
        <LiveUnavailable session={session} />
      )}
    </PageFrame>
  );
}
