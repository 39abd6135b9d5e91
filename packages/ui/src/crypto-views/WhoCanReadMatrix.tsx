import type { PartyRole, ReadReport } from '@e2ee-kit/crypto-demo';
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Icon } from '../primitives/Icon.js';
import { StatusBadge } from '../primitives/StatusBadge.js';
import {
  PartyRoleTag,
  defaultPartyRoleLabels,
  defaultReadReasonLabels,
  partyRoleIcons,
  type ReadReason,
} from './shared.js';

/** One row of a {@link WhoCanReadMatrix}: a message and everyone's real read attempt. */
export interface WhoCanReadRow {
  /** What the row header shows, e.g. "3. Alice: Meet at 6?" or "Message 3". */
  label: ReactNode;
  /** From `whoCanRead(envelope, parties)`. */
  reports: readonly ReadReport[];
}

/** A column of the matrix: one party. */
export interface WhoCanReadColumn {
  readonly id: string;
  readonly name: string;
  readonly role: PartyRole;
}

/** Words {@link WhoCanReadMatrix} shows. Pass some or all of them to translate. */
export interface WhoCanReadMatrixLabels {
  /** Caption of the grid. */
  caption: string;
  /** Header of the first column. */
  messageHeader: string;
  canRead: string;
  cannotRead: string;
  /** Shown in a cell when that party did not try that message. */
  notTried: string;
  /** Accessible name of a cell, e.g. "Ghost can read message 3". */
  cellName: (partyName: string, canRead: boolean | undefined, messageNumber: number) => string;
  /** Tag of the column named by `highlightParty`. */
  newColumn: string;
  /** Short instructions for keyboard users, linked to the grid. */
  keyboardHint: string;
  /** Tags of non-member columns ("ghost", "attacker"…). */
  roles: Readonly<Record<PartyRole, string>>;
  /** Words for each `ReadReport.reason`. */
  reasons: Readonly<Record<ReadReason, string>>;
  /** Button that shows the rows hidden by `latest`, e.g. "Show the 12 earlier messages". */
  showEarlier: (count: number) => string;
  /** Button that hides them again. */
  showLatest: (count: number) => string;
}

/** The English words of {@link WhoCanReadMatrix}. */
export const defaultWhoCanReadMatrixLabels: WhoCanReadMatrixLabels = {
  caption: 'Who can read each message',
  messageHeader: 'Message',
  canRead: 'Can read',
  cannotRead: 'Cannot read',
  notTried: 'Not tried',
  cellName: (partyName, canRead, n) =>
    canRead === undefined
      ? `${partyName}: message ${n} not tried`
      : `${partyName} ${canRead ? 'can' : 'cannot'} read message ${n}`,
  newColumn: 'just added',
  keyboardHint:
    'In the table, arrow keys move between cells; Home and End go to the start and end of a row.',
  roles: defaultPartyRoleLabels,
  reasons: defaultReadReasonLabels,
  showEarlier: (count) =>
    count === 1 ? 'Show the earlier message' : `Show the ${count} earlier messages`,
  showLatest: (count) => `Show only the latest ${count}`,
};

/** How the matrix lays itself out. */
export type WhoCanReadMatrixLayout = 'auto' | 'table' | 'cards';

/** Props of {@link WhoCanReadMatrix}. */
export interface WhoCanReadMatrixProps {
  rows: readonly WhoCanReadRow[];
  /** Id of a party whose column was just added (e.g. the ghost after the access order): it is marked "just added". */
  highlightParty?: string;
  /** Words to use instead of the English defaults. */
  labels?: Partial<WhoCanReadMatrixLabels>;
  /**
   * `table`: a grid of messages × parties. `cards`: one card per message
   * ("Alice ✓ Can read · Ghost ✗ Cannot read…"), for phones. `auto` (default):
   * a table where there is room, cards when the matrix is narrower than about
   * 40 rem (a container query, so it follows the space it is given, not the
   * window). The ARIA grid, its names and its keys are the same in both.
   */
  layout?: WhoCanReadMatrixLayout;
  /**
   * Show only the last `latest` rows, with a button to see the earlier ones
   * (long chats). Message numbers stay those of the whole list. Default: all.
   */
  latest?: number;
  className?: string;
}

/** The parties of all rows, in the order they first appear. */
export function matrixColumns(rows: readonly WhoCanReadRow[]): WhoCanReadColumn[] {
  const seen = new Map<string, WhoCanReadColumn>();
  for (const row of rows) {
    for (const { party } of row.reports) if (!seen.has(party.id)) seen.set(party.id, party);
  }
  return [...seen.values()];
}

interface Cell {
  row: number;
  col: number;
}

/**
 * The next cell for a grid key, or `undefined` for a key the grid does not
 * handle. Arrows move by one and stop at the edges; Home/End go to the start
 * or end of the row, with Ctrl to the first or last cell of the grid.
 */
export function moveInGrid(
  from: Cell,
  key: string,
  ctrlKey: boolean,
  rowCount: number,
  colCount: number,
): Cell | undefined {
  const lastRow = rowCount - 1;
  const lastCol = colCount - 1;
  switch (key) {
    case 'ArrowRight':
      return { row: from.row, col: Math.min(from.col + 1, lastCol) };
    case 'ArrowLeft':
      return { row: from.row, col: Math.max(from.col - 1, 0) };
    case 'ArrowDown':
      return { row: Math.min(from.row + 1, lastRow), col: from.col };
    case 'ArrowUp':
      return { row: Math.max(from.row - 1, 0), col: from.col };
    case 'Home':
      return ctrlKey ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrlKey ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    default:
      return undefined;
  }
}

/**
 * Messages × parties: who can read what. Each cell shows an icon and "Can
 * read" / "Cannot read" with the reason ("added silently by the provider",
 * "holds a stolen copy of the master key", "no key was locked for it"…), taken from the
 * `ReadReport` of a real decryption attempt, and has an accessible name such
 * as "Ghost can read message 3".
 *
 * Ghost, attacker, provider and escrow columns carry a tag (icon + word) in
 * their header and a distinct border style on their cells, so they stand out
 * without colour. `highlightParty` marks a column as just added.
 *
 * It is an ARIA grid with one tab stop (roving tabindex): arrow keys move
 * between cells, Home/End to the row's ends, Ctrl+Home/End to the grid's corners.
 *
 * @example
 * ```tsx
 * <WhoCanReadMatrix
 *   rows={envelopes.map((e, i) => ({ label: `Message ${i + 1}`, reports: whoCanRead(e, parties) }))}
 *   highlightParty={ghost.id}
 * />
 * ```
 */
export function WhoCanReadMatrix({
  rows: allRows,
  highlightParty,
  labels,
  layout = 'auto',
  latest,
  className,
}: WhoCanReadMatrixProps) {
  const words = { ...defaultWhoCanReadMatrixLabels, ...labels };
  const baseId = useId();
  const columns = matrixColumns(allRows);
  const [showAll, setShowAll] = useState(false);
  const hidden = latest === undefined || showAll ? 0 : Math.max(0, allRows.length - latest);
  const rows = hidden === 0 ? allRows : allRows.slice(hidden);
  const [active, setActive] = useState<Cell>({ row: 0, col: 0 });
  const cells = useRef(new Map<string, HTMLTableCellElement>());
  // Rows or columns may shrink between renders: keep the tab stop inside the grid.
  const current: Cell = {
    row: Math.min(active.row, Math.max(rows.length - 1, 0)),
    col: Math.min(active.col, Math.max(columns.length - 1, 0)),
  };

  function onKeyDown(event: KeyboardEvent<HTMLTableElement>) {
    const next = moveInGrid(
      current,
      event.key,
      event.ctrlKey || event.metaKey,
      rows.length,
      columns.length,
    );
    if (next === undefined) return;
    event.preventDefault();
    setActive(next);
    cells.current.get(`${next.row}:${next.col}`)?.focus();
  }

  return (
    <div className={classNames('e2k-matrix', className)} data-layout={layout}>
      <p id={`${baseId}-hint`} className="e2k-matrix__hint">
        {words.keyboardHint}
      </p>
      {latest !== undefined && allRows.length > latest ? (
        <button
          type="button"
          className="e2k-button e2k-button--small e2k-matrix__more"
          aria-expanded={showAll}
          onClick={() => {
            setShowAll(!showAll);
          }}
        >
          {showAll ? words.showLatest(latest) : words.showEarlier(hidden)}
        </button>
      ) : null}
      <table
        role="grid"
        className="e2k-matrix__grid"
        aria-describedby={`${baseId}-hint`}
        onKeyDown={onKeyDown}
      >
        <caption className="e2k-matrix__caption">{words.caption}</caption>
        <thead role="rowgroup">
          <tr role="row">
            <th scope="col" role="columnheader" className="e2k-matrix__corner">
              {words.messageHeader}
            </th>
            {columns.map((party) => (
              <th
                key={party.id}
                scope="col"
                role="columnheader"
                className={classNames(
                  'e2k-matrix__party',
                  party.id === highlightParty && 'e2k-matrix__party--new',
                )}
                data-role={party.role}
              >
                <span className="e2k-matrix__party-name">
                  <Icon name={partyRoleIcons[party.role]} />
                  {party.name}
                </span>
                <PartyRoleTag role={party.role} labels={words.roles} />
                {party.id === highlightParty && (
                  <span className="e2k-matrix__new-tag">{words.newColumn}</span>
                )}
              </th>
            ))}
          </tr>
        </thead>
        <tbody role="rowgroup">
          {rows.map((row, r) => (
            <tr key={hidden + r} role="row">
              <th scope="row" role="rowheader" className="e2k-matrix__message">
                {row.label}
              </th>
              {columns.map((party, c) => {
                const report = row.reports.find((x) => x.party.id === party.id);
                const isActive = current.row === r && current.col === c;
                const reasonId = `${baseId}-r${r}c${c}`;
                return (
                  <td
                    key={party.id}
                    role="gridcell"
                    ref={(el) => {
                      const key = `${r}:${c}`;
                      if (el) cells.current.set(key, el);
                      else cells.current.delete(key);
                    }}
                    tabIndex={isActive ? 0 : -1}
                    aria-label={words.cellName(party.name, report?.canRead, hidden + r + 1)}
                    aria-describedby={report === undefined ? undefined : reasonId}
                    className={classNames(
                      'e2k-matrix__cell',
                      party.id === highlightParty && 'e2k-matrix__cell--new',
                    )}
                    data-role={party.role}
                    data-can-read={report === undefined ? undefined : String(report.canRead)}
                    onFocus={() => {
                      if (!isActive) setActive({ row: r, col: c });
                    }}
                  >
                    {/* Shown only as cards, where no column header sits above the cell. */}
                    <span className="e2k-matrix__cell-party" aria-hidden="true">
                      <Icon name={partyRoleIcons[party.role]} />
                      {party.name}{' '}
                    </span>
                    {report === undefined ? (
                      <span className="e2k-matrix__not-tried">{words.notTried}</span>
                    ) : (
                      <>
                        <StatusBadge status={report.canRead ? 'can-read' : 'cannot-read'}>
                          {report.canRead ? words.canRead : words.cannotRead}
                        </StatusBadge>
                        {/* In parentheses: the cell's name ("Ghost can read message 3") must contain its
                            visible label (WCAG 2.5.3); the reason is its description. */}
                        <span id={reasonId} className="e2k-matrix__reason">
                          ({words.reasons[report.reason]})
                        </span>
                      </>
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
