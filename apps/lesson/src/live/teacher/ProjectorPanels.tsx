import type { TeacherSnapshot } from '@e2ee-kit/live';
import { StatusBadge } from '@e2ee-kit/ui';
import { QRCodeSVG } from 'qrcode.react';
import { useId, useLayoutEffect, useRef, type ReactNode } from 'react';
import { PredictReveal } from '../../demo-kit/PredictReveal.js';
import { useDemoT } from '../../demo-kit/use-demo-t.js';
import { useLanguage } from '../../shell/page-language.js';
import type { ProjectorPanel } from './panels.js';
import { hiddenDevices, joinUrlIn, memberOf, minutesAndSeconds } from './snapshot-helpers.js';
import { useTeacherT } from './use-teacher-t.js';
import '../../demo-kit/live.css';
import { isVoteQuestionId, useVoteWords } from '../vote-questions.js';

/** How many of the latest rows a projected table shows: more would not be legible from the back. */
export const projectedRows = 8;

function PanelFrame({
  title,
  lead,
  children,
  panel,
}: {
  title: string;
  lead?: ReactNode;
  children: ReactNode;
  panel: ProjectorPanel;
}) {
  const id = useId();
  return (
    <section className="live-panel" aria-labelledby={id} data-panel={panel}>
      <h1 id={id} className="live-panel__title">
        {title}
      </h1>
      {lead ? <p className="live-panel__lead">{lead}</p> : null}
      {children}
    </section>
  );
}

/**
 * Keeps a scroll box at its end, where the latest rows are, whenever it
 * renders: if a projected table overflows, the class sees what just came in.
 */
function useScrolledToEnd() {
  const box = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (element) element.scrollTop = element.scrollHeight;
  });
  return box;
}

/** A table that may overflow: focusable, so that it scrolls by keyboard too; kept at its latest rows. */
function ProjectedTable({ caption, children }: { caption: string; children: ReactNode }) {
  const id = useId();
  const box = useScrolledToEnd();
  return (
    <div className="live-table-box" role="region" aria-labelledby={id} tabIndex={0} ref={box}>
      <table className="live-table">
        <caption id={id} className="visually-hidden">
          {caption}
        </caption>
        {children}
      </table>
    </div>
  );
}

function useTimeFormat() {
  const lang = useLanguage();
  const format = new Intl.DateTimeFormat(lang, {
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  });
  return (ms: number) => format.format(ms);
}

export function JoinPanel({ snapshot }: { snapshot: TeacherSnapshot }) {
  const t = useTeacherT();
  const lang = useLanguage();
  const joinUrl = joinUrlIn(snapshot, lang);
  const students = snapshot.roster.filter((m) => m.role === 'student').length;
  if (!joinUrl) {
    return (
      <PanelFrame title={t('join.heading')} panel="join">
        <p className="live-panel__empty">{t('join.noClass')}</p>
      </PanelFrame>
    );
  }
  return (
    <PanelFrame title={t('join.heading')} panel="join">
      <div className="live-join">
        <div className="live-join__text">
          <p className="live-join__code-label">{t('join.code')}</p>
          <p className="live-join__code" data-testid="join-code">
            {snapshot.code}
          </p>
          <p className="live-join__scan">{t('join.scan')}</p>
          <p className="live-join__url">
            <code>{joinUrl}</code>
          </p>
          <p className="live-join__count" role="status">
            {t('join.joined', { count: students })}
          </p>
        </div>
        {/* Black on white whatever the theme: phone cameras read that best. */}
        <div className="live-join__qr" role="img" aria-label={t('join.qrLabel', { url: joinUrl })}>
          <QRCodeSVG
            value={joinUrl}
            size={512}
            level="M"
            marginSize={2}
            bgColor="#ffffff"
            fgColor="#000000"
            aria-hidden="true"
          />
        </div>
      </div>
    </PanelFrame>
  );
}

export function TrafficPanel({ snapshot }: { snapshot: TeacherSnapshot }) {
  const t = useTeacherT();
  const nameOf = useDeviceName(snapshot);
  const time = useTimeFormat();
  const hidden = hiddenDevices(snapshot);
  const rows = snapshot.traffic.slice(-projectedRows);
  return (
    <PanelFrame title={t('traffic.heading')} lead={t('traffic.statement')} panel="traffic">
      {rows.length === 0 ? (
        <p className="live-panel__empty">{t('traffic.empty')}</p>
      ) : (
        <ProjectedTable caption={t('traffic.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('traffic.seq')}</th>
              <th scope="col">{t('traffic.fromTo')}</th>
              <th scope="col">{t('traffic.size')}</th>
              <th scope="col">{t('traffic.time')}</th>
              <th scope="col">{t('traffic.ciphertext')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const toGhost = row.to.some((device) => hidden.has(device));
              return (
                <tr key={row.seq}>
                  <th scope="row">{row.seq}</th>
                  <td>
                    {nameOf(row.from)} <span aria-hidden="true">→</span>{' '}
                    {t('traffic.recipients', { count: row.to.length })}
                    {toGhost ? (
                      <>
                        {' '}
                        <StatusBadge status="ghost">{t('traffic.includesGhost')}</StatusBadge>
                      </>
                    ) : null}
                  </td>
                  <td className="live-table__nowrap">{t('traffic.bytes', { count: row.bytes })}</td>
                  <td className="live-table__nowrap">{time(row.relayedAt)}</td>
                  <td>
                    <code className="live-cipher">{row.ciphertextStart}…</code>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ProjectedTable>
      )}
    </PanelFrame>
  );
}

export function RosterPanel({ snapshot }: { snapshot: TeacherSnapshot }) {
  const t = useTeacherT();
  const nameOf = useDeviceName(snapshot);
  return (
    <PanelFrame title={t('roster.heading')} lead={t('roster.statement')} panel="roster">
      {snapshot.roster.length === 0 ? (
        <p className="live-panel__empty">{t('roster.empty')}</p>
      ) : (
        <ProjectedTable caption={t('roster.caption', { code: snapshot.code ?? '' })}>
          <thead>
            <tr>
              <th scope="col">{t('roster.name')}</th>
              <th scope="col">{t('roster.role')}</th>
              <th scope="col">{t('roster.onList')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.roster.map((member) => (
              <tr key={member.device} data-hidden={member.hidden}>
                <th scope="row">
                  {nameOf(member.device)}{' '}
                  {member.hidden ? (
                    <StatusBadge status="ghost">{t('roster.ghostFlag')}</StatusBadge>
                  ) : null}
                </th>
                <td>{t(`role.${member.role}`)}</td>
                <td>
                  <span aria-hidden="true">{member.hidden ? '✗ ' : '✓ '}</span>
                  {member.hidden ? t('roster.hidden') : t('roster.shown')}
                </td>
              </tr>
            ))}
          </tbody>
        </ProjectedTable>
      )}
    </PanelFrame>
  );
}

/**
 * A device's name in the page's language: students keep the names they typed;
 * the teacher's device and the ghost, which the live client names in
 * English, take this page's words.
 */
export function useDeviceName(snapshot: TeacherSnapshot) {
  const t = useTeacherT();
  const demoT = useDemoT();
  return (device: string): string => {
    const member = memberOf(snapshot, device);
    if (member?.role === 'teacher') return t('names.teacher');
    if (member?.role === 'ghost') return demoT('names.ghost');
    return member?.name ?? device;
  };
}

/**
 * A column's name in the page's language: people keep theirs; the provider,
 * the ghost, the agency and Mallory take the lesson's names for them (the
 * provider is the "Messenger" of the slides).
 */
function useColumnName() {
  const t = useTeacherT();
  const demoT = useDemoT();
  return (column: TeacherSnapshot['columns'][number]): string => {
    switch (column.role) {
      case 'teacher':
        return t('names.teacher');
      case 'provider':
      case 'ghost':
      case 'agency':
      case 'mallory':
        return demoT(`names.${column.role}`);
      default:
        return column.name;
    }
  };
}

const marks = { read: '✓', unreadable: '✗', pending: '…' } as const;

export function WhoCanReadPanel({ snapshot }: { snapshot: TeacherSnapshot }) {
  const t = useTeacherT();
  const columnName = useColumnName();
  const nameOf = useDeviceName(snapshot);
  // Fewer rows than the other tables: its header of upright names takes room.
  const rows = snapshot.matrix.slice(-(projectedRows - 2));
  const captionId = useId();
  const box = useScrolledToEnd();
  return (
    <PanelFrame title={t('read.heading')} panel="who-can-read">
      <p className="live-read__note" data-testid="receipts-note">
        <StatusBadge status="warning">{t('read.receiptsNote')}</StatusBadge>
      </p>
      {rows.length === 0 ? (
        <p className="live-panel__empty">{t('read.empty')}</p>
      ) : (
        <div
          className="live-table-box"
          role="region"
          aria-labelledby={captionId}
          tabIndex={0}
          ref={box}
        >
          <table
            className="live-table live-read"
            data-dense={snapshot.columns.length > 8 ? 'true' : undefined}
          >
            <caption id={captionId} className="visually-hidden">
              {t('read.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col" className="live-read__message">
                  {t('read.message')}
                </th>
                {snapshot.columns.map((column) => (
                  <th
                    key={column.id}
                    scope="col"
                    data-role={column.role}
                    className="live-read__party"
                  >
                    <span className="live-read__party-name">{columnName(column)}</span>
                    {column.role === 'provider' || column.role === 'mallory' ? (
                      <span className="live-read__party-role"> ({t(`role.${column.role}`)})</span>
                    ) : null}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.seq}>
                  <th scope="row" className="live-read__message">
                    <span className="live-read__text">
                      {t('read.row', {
                        seq: row.seq,
                        from: nameOf(row.from),
                        text: row.text ?? t('read.unknownText'),
                      })}
                    </span>
                  </th>
                  {snapshot.columns.map((column) => {
                    const cell = row.cells[column.id] ?? 'pending';
                    return (
                      <td key={column.id} data-role={column.role} data-cell={cell}>
                        <span aria-hidden="true" className="live-read__mark">
                          {marks[cell]}
                        </span>
                        <span className="visually-hidden">{t(`read.${cell}`)}</span>
                      </td>
                    );
                  })}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <p className="live-read__legend">{t('read.legend')}</p>
    </PanelFrame>
  );
}

export function GhostPanel({ snapshot }: { snapshot: TeacherSnapshot }) {
  const t = useTeacherT();
  const nameOf = useDeviceName(snapshot);
  const { ghost } = snapshot;
  const orderedAt = ghost.orderedAtSeq;
  const before = orderedAt === null ? 0 : snapshot.matrix.filter((r) => r.seq < orderedAt).length;
  const reads = ghost.reads.slice(-projectedRows);
  // Member-signed, before a phone signs the ghost in: the phones refused the order,
  // so every message, before or after it, stays closed to the ghost.
  const refused =
    snapshot.mode === 'member-signed' &&
    ghost.reads.length === 0 &&
    !snapshot.roster.some((member) => member.role === 'ghost' && !member.hidden);
  return (
    <PanelFrame title={t('ghost.heading')} panel="ghost">
      {!ghost.ordered || orderedAt === null ? (
        <p className="live-panel__empty">{t('ghost.notOrdered')}</p>
      ) : refused ? (
        <>
          <p className="live-panel__lead">{t('ghost.refused', { seq: orderedAt })}</p>
          <p className="live-panel__empty">{t('ghost.none')}</p>
          {snapshot.matrix.length > 0 ? (
            <p className="live-ghost__before">
              <span aria-hidden="true">✗ </span>
              {t('ghost.closed', { count: snapshot.matrix.length })}
            </p>
          ) : null}
        </>
      ) : (
        <>
          <p className="live-panel__lead">{t('ghost.ordered', { seq: orderedAt })}</p>
          {reads.length === 0 ? (
            <p className="live-panel__empty">{t('ghost.none')}</p>
          ) : (
            <ol className="live-ghost__reads">
              {reads.map((read) => (
                <li key={read.seq} value={read.seq}>
                  <strong>{t('ghost.from', { from: nameOf(read.from) })}</strong> {read.text}
                </li>
              ))}
            </ol>
          )}
          {before > 0 ? (
            <p className="live-ghost__before">
              <span aria-hidden="true">✗ </span>
              {t('ghost.before', { count: before })}
            </p>
          ) : null}
        </>
      )}
    </PanelFrame>
  );
}

export function ReportsPanel({ snapshot }: { snapshot: TeacherSnapshot }) {
  const t = useTeacherT();
  const nameOf = useDeviceName(snapshot);
  return (
    <PanelFrame title={t('reports.heading')} panel="reports">
      {snapshot.reports.length === 0 ? (
        <p className="live-panel__empty">{t('reports.empty')}</p>
      ) : (
        <ProjectedTable caption={t('reports.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('reports.who')}</th>
              <th scope="col">{t('reports.how')}</th>
              <th scope="col">{t('reports.suspect')}</th>
              <th scope="col">{t('reports.when')}</th>
            </tr>
          </thead>
          <tbody>
            {snapshot.reports.slice(0, projectedRows).map((report) => (
              <tr key={report.seq}>
                <th scope="row">{report.fromName}</th>
                <td>{t(`reports.method.${report.method}`)}</td>
                <td>{report.suspect === null ? t('reports.noSuspect') : nameOf(report.suspect)}</td>
                <td>
                  {report.afterOrderMs === null
                    ? t('reports.noOrder')
                    : t('reports.elapsed', minutesAndSeconds(report.afterOrderMs))}
                </td>
              </tr>
            ))}
          </tbody>
        </ProjectedTable>
      )}
    </PanelFrame>
  );
}

export function VotePanel({
  snapshot,
  revealed,
}: {
  snapshot: TeacherSnapshot;
  revealed: boolean;
}) {
  const t = useTeacherT();
  const words = useVoteWords();
  const { votes } = snapshot;
  if (!votes) {
    return (
      <PanelFrame title={t('panel.vote')} panel="vote">
        <p className="live-panel__empty">{t('vote.none')}</p>
      </PanelFrame>
    );
  }
  const known = isVoteQuestionId(votes.question) ? words(votes.question) : null;
  return (
    <PanelFrame title={t('panel.vote')} panel="vote">
      <div className="live-vote">
        <PredictReveal
          question={known?.question ?? votes.question}
          choices={known?.choices ?? Object.keys(votes.tally).map((id) => ({ id, text: id }))}
          answer={known?.answer ?? ''}
          revealed={revealed && known !== null}
          explanation={known?.explanation}
          counts={votes.tally}
          headingLevel={2}
          prompt={t('vote.prompt')}
        />
        <p className="live-vote__voters" role="status">
          {t('vote.voters', { count: votes.voters })}
        </p>
      </div>
    </PanelFrame>
  );
}
