import type { TeacherSnapshot } from '@e2ee-kit/live';
import { useId, useState, type ReactNode } from 'react';
import { usePresenterKeys } from '../../presenter/use-presenter-keys.js';
import { buildPath, languages, type Language } from '../../routing/routes.js';
import { useLanguage } from '../../shell/page-language.js';
import { useDocumentTitle } from '../../shell/use-document-title.js';
import type { TeacherCommand } from './commands.js';
import { LiveUnavailable } from './LiveUnavailable.js';
import { movePanel, projectorPanels } from './panels.js';
import { ConnectionBadge } from './ProjectorPage.js';
import { useDeviceName } from './ProjectorPanels.js';
import { studentDevices } from './snapshot-helpers.js';
import type { ProjectorState } from './teacher-channel.js';
import type { ClassMode } from './teacher-like.js';
import {
  browserTeacherEnvironment,
  useTeacherSession,
  type TeacherEnvironment,
} from './teacher-session.js';
import { useProjectorLink } from './use-projector-link.js';
import { useTeacherT } from './use-teacher-t.js';
import {
  isVoteQuestionId,
  useVoteWords,
  voteQuestionIds,
  type VoteQuestionId,
} from '../vote-questions.js';
import './teacher.css';

/** Each language's name, in that language (as the lesson's language switch says it). */
const languageNames: Record<Language, string> = { en: 'English', fr: 'Français' };

function ConsoleSection({ title, children }: { title: string; children: ReactNode }) {
  const id = useId();
  return (
    <section className="live-console__section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  );
}

/** A `<select>` of devices with its label; empty when there is none. */
function DevicePicker({
  label,
  devices,
  snapshot,
  value,
  onChange,
}: {
  label: string;
  devices: readonly { device: string }[];
  snapshot: TeacherSnapshot;
  value: string;
  onChange: (device: string) => void;
}) {
  const id = useId();
  const nameOf = useDeviceName(snapshot);
  return (
    <p className="live-console__field">
      <label htmlFor={id}>{label}</label>{' '}
      <select
        id={id}
        value={value}
        onChange={(event) => {
          onChange(event.target.value);
        }}
      >
        {devices.map((m) => (
          <option key={m.device} value={m.device}>
            {nameOf(m.device)}
          </option>
        ))}
      </select>
    </p>
  );
}

/**
 * The console's controls, from the projector's state. Every button sends a
 * command; the result ("Done." or the error) is announced in one status line.
 */
export function ConsoleView({
  state,
  send,
}: {
  state: ProjectorState;
  send: (command: TeacherCommand) => Promise<string | null>;
}) {
  const t = useTeacherT();
  const questionWords = useVoteWords();
  const { snapshot, panel, revealed } = state;
  const nameOf = useDeviceName(snapshot);
  const [mode, setMode] = useState<ClassMode>('member-signed');
  const [question, setQuestion] = useState<VoteQuestionId>('access-order');
  const [updateDevice, setUpdateDevice] = useState('');
  const [removeDevice, setRemoveDevice] = useState('');
  const [result, setResult] = useState('');
  const [busy, setBusy] = useState(false);
  const modeName = useId();
  const questionName = useId();

  const students = studentDevices(snapshot);
  const pick = (chosen: string) =>
    students.some((m) => m.device === chosen) ? chosen : (students[0]?.device ?? '');
  const updateTarget = pick(updateDevice);
  const removeTarget = pick(removeDevice);

  const run = (command: TeacherCommand) => {
    setBusy(true);
    setResult(t('console.working'));
    void send(command).then((error) => {
      setBusy(false);
      setResult(error === null ? t('console.done') : t('console.failed', { error }));
    });
  };

  usePresenterKeys((action) => {
    if (action === 'blank') run({ kind: 'blank' });
    else if (action !== 'toggle-notes') run({ kind: 'panel', panel: movePanel(panel, action) });
  });

  const openVote =
    snapshot.votes && isVoteQuestionId(snapshot.votes.question) ? snapshot.votes.question : null;

  return (
    <div className="live-console__grid">
      <ConsoleSection title={t('console.status')}>
        <p>
          <ConnectionBadge connection={snapshot.connection} />
        </p>
        <p data-testid="console-class">
          {snapshot.code
            ? t('console.class.current', {
                code: snapshot.code,
                mode: snapshot.mode ? t(`mode.${snapshot.mode}`) : '',
              })
            : t('bar.noClass')}
          {snapshot.code
            ? ` ${t('bar.students', { count: snapshot.roster.filter((m) => m.role === 'student').length })}.`
            : null}
        </p>
        {snapshot.lastError ? (
          <p data-testid="console-last-error">
            {t('console.lastError', {
              message: snapshot.lastError.message,
              code: snapshot.lastError.code,
            })}
          </p>
        ) : null}
        <p className="live-console__result" role="status" data-testid="console-result">
          {result}
        </p>
      </ConsoleSection>

      <ConsoleSection title={t('console.show.heading')}>
        <div className="live-console__buttons">
          {projectorPanels.map((p) => (
            <button
              key={p}
              type="button"
              className="e2k-button e2k-button--small"
              aria-pressed={p === panel}
              onClick={() => {
                run({ kind: 'panel', panel: p });
              }}
            >
              {t(`panel.${p}`)}
            </button>
          ))}
        </div>
        <p className="live-console__hint">{t('console.keysHint')}</p>
        <div role="group" aria-label={t('console.show.language')} className="live-console__buttons">
          {languages.map((l) => (
            <button
              key={l}
              type="button"
              lang={l}
              className="e2k-button e2k-button--small"
              onClick={() => {
                run({ kind: 'language', lang: l });
              }}
            >
              {languageNames[l]}
            </button>
          ))}
        </div>
      </ConsoleSection>

      <ConsoleSection title={t('console.class.heading')}>
        <fieldset className="live-console__choices">
          <legend>{t('console.class.mode')}</legend>
          {(['member-signed', 'provider-managed'] as const).map((m) => (
            <label key={m}>
              <input
                type="radio"
                name={modeName}
                value={m}
                checked={mode === m}
                onChange={() => {
                  setMode(m);
                }}
              />{' '}
              {t(`mode.${m}`)}
            </label>
          ))}
        </fieldset>
        <button
          type="button"
          className="e2k-button e2k-button--primary"
          disabled={busy}
          onClick={() => {
            // A new class leaves the current one: ask first.
            if (
              snapshot.code === null ||
              window.confirm(t('console.class.confirmNew', { code: snapshot.code }))
            ) {
              run({ kind: 'open-class', mode });
            }
          }}
        >
          {snapshot.code ? t('console.class.openNew') : t('console.class.open')}
        </button>
      </ConsoleSection>

      <ConsoleSection title={t('console.ghost.heading')}>
        {snapshot.ghost.ordered ? (
          <p>{t('console.ghost.ordered')}</p>
        ) : (
          <button
            type="button"
            className="e2k-button"
            disabled={busy || !snapshot.code}
            onClick={() => {
              run({ kind: 'access-order' });
            }}
          >
            {t('console.ghost.order')}
          </button>
        )}
        {snapshot.mode === 'member-signed' ? (
          <>
            <p className="live-console__hint">{t('console.ghost.updateHelp')}</p>
            {students.length === 0 ? (
              <p>{t('console.ghost.noPhone')}</p>
            ) : (
              <>
                <DevicePicker
                  label={t('console.ghost.phone')}
                  devices={students}
                  snapshot={snapshot}
                  value={updateTarget}
                  onChange={setUpdateDevice}
                />
                <button
                  type="button"
                  className="e2k-button"
                  disabled={busy || !snapshot.ghost.ordered}
                  onClick={() => {
                    run({ kind: 'client-update', device: updateTarget });
                  }}
                >
                  {t('console.ghost.update')}
                </button>
              </>
            )}
          </>
        ) : null}
      </ConsoleSection>

      <ConsoleSection title={t('console.escrow.heading')}>
        {snapshot.escrow.mandated ? (
          <p>{t('console.escrow.mandated')}</p>
        ) : (
          <button
            type="button"
            className="e2k-button"
            disabled={busy || !snapshot.code}
            onClick={() => {
              run({ kind: 'escrow' });
            }}
          >
            {t('console.escrow.mandate')}
          </button>
        )}{' '}
        {snapshot.escrow.stolen ? (
          <p>{t('console.escrow.stolen')}</p>
        ) : (
          <button
            type="button"
            className="e2k-button"
            disabled={busy || !snapshot.escrow.mandated}
            onClick={() => {
              run({ kind: 'steal' });
            }}
          >
            {t('console.escrow.steal')}
          </button>
        )}
      </ConsoleSection>

      <ConsoleSection title={t('console.vote.heading')}>
        {openVote ? (
          <p>{t('console.vote.current', { question: questionWords(openVote).question })}</p>
        ) : null}
        <fieldset className="live-console__choices">
          <legend>{t('console.vote.question')}</legend>
          {voteQuestionIds.map((id) => (
            <label key={id}>
              <input
                type="radio"
                name={questionName}
                value={id}
                checked={question === id}
                onChange={() => {
                  setQuestion(id);
                }}
              />{' '}
              {questionWords(id).question}
            </label>
          ))}
        </fieldset>
        <div className="live-console__buttons">
          <button
            type="button"
            className="e2k-button"
            disabled={busy || !snapshot.code}
            onClick={() => {
              run({ kind: 'open-vote', question });
            }}
          >
            {t('console.vote.open')}
          </button>
          <button
            type="button"
            className="e2k-button"
            disabled={busy || !snapshot.votes}
            onClick={() => {
              run({ kind: 'close-vote' });
            }}
          >
            {t('console.vote.close')}
          </button>
          <button
            type="button"
            className="e2k-button"
            aria-pressed={revealed}
            disabled={busy}
            onClick={() => {
              run({ kind: 'reveal', revealed: !revealed });
            }}
          >
            {t('console.vote.reveal')}
          </button>
        </div>
      </ConsoleSection>

      <ConsoleSection title={t('console.remove.heading')}>
        {students.length === 0 ? (
          <p>{t('console.ghost.noPhone')}</p>
        ) : (
          <>
            <DevicePicker
              label={t('console.remove.student')}
              devices={students}
              snapshot={snapshot}
              value={removeTarget}
              onChange={setRemoveDevice}
            />
            <button
              type="button"
              className="e2k-button"
              disabled={busy}
              onClick={() => {
                if (window.confirm(t('console.remove.confirm', { name: nameOf(removeTarget) }))) {
                  run({ kind: 'remove', device: removeTarget });
                }
              }}
            >
              {t('console.remove.remove')}
            </button>
          </>
        )}
      </ConsoleSection>
    </div>
  );
}

function ConsoleLinked() {
  const t = useTeacherT();
  const lang = useLanguage();
  const { state, send } = useProjectorLink();
  const projectorHref = `#${buildPath({ kind: 'live-teacher', lang, screen: 'projector' })}`;
  if (!state) {
    return (
      <>
        <p role="status" data-testid="console-waiting">
          {t('console.waiting')}
        </p>
        <p>
          <a href={projectorHref} className="e2k-button" target="e2ee-kit-live-projector">
            {t('console.openProjector')}
          </a>
        </p>
      </>
    );
  }
  return <ConsoleView state={state} send={send} />;
}

/** `#/<lang>/live/console`: the teacher's console window for the live class, on the laptop only. */
export function ConsolePage({
  environment = browserTeacherEnvironment,
}: {
  environment?: TeacherEnvironment;
}) {
  const t = useTeacherT();
  const lang = useLanguage();
  const session = useTeacherSession(environment, lang, false);
  useDocumentTitle(t('title.console'));
  return (
    <div className="page e2k-root live-console" data-scale="normal">
      <main className="page__main live-console__main">
        {session.state === 'ready' ? (
          <>
            <h1 className="live-console__title">{t('console.heading')}</h1>
            <ConsoleLinked />
          </>
        ) : (
          <LiveUnavailable session={session} />
        )}
      </main>
    </div>
  );
}
