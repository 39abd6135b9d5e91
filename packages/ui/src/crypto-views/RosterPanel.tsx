import type {
  DeviceBundle,
  Notice,
  NoticeKind,
  RosterCheck,
  RosterCheckEntry,
} from '@e2ee-kit/crypto-demo';
import { useId, useState, type ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Icon, type IconName } from '../primitives/Icon.js';
import { StatusBadge } from '../primitives/StatusBadge.js';
import { Timestamp } from './shared.js';

/** Words {@link RosterPanel} shows. Pass some or all of them to translate. */
export interface RosterPanelLabels {
  /** Title, e.g. "Class 3B on Alice's phone". */
  title: string;
  /** Heading of the member list, given how many members it shows. */
  membersHeading: (count: number) => string;
  /** Heading of the notices the user saw. */
  noticesHeading: string;
  /** Shown when no notice was shown to the user. */
  noNotices: string;
  /** The sentence of a notice. */
  notice: (notice: Notice) => string;
  /** Button that shows the suppressed notices, given how many there are. */
  reveal: (count: number) => string;
  /** Button that hides the suppressed notices again, given how many there are. */
  hide: (count: number) => string;
  /** Shown when no notice was suppressed (the teacher's button is then not needed). */
  noneSuppressed: string;
  /** Heading of the notices the provider suppressed. */
  suppressedHeading: string;
  /** Flag on each suppressed notice. */
  suppressedFlag: string;
  /** Heading of the roster-check section. */
  checkHeading: string;
  /** Result of a roster check where a member signed in every device. */
  verified: string;
  /** Result of a roster check, given how many devices no member signed in. */
  unverified: (count: number) => string;
  /** Why an entry failed the check. */
  status: Readonly<Record<Exclude<RosterCheckEntry['status'], 'signed'>, string>>;
  /** Flag on an unverified entry. */
  ghostFlag: string;
  /** Flag on an entry the provider hides from the member list. */
  hiddenFlag: string;
}

const noticeIcons: Readonly<Record<NoticeKind, IconName>> = {
  'conversation-created': 'user',
  'member-added': 'user',
  'device-added': 'user',
  'member-removed': 'cross',
  'device-updated': 'key',
  'safety-number-changed': 'key',
  'uncertified-device': 'shield',
  'unexpected-recipient': 'shield',
};

/** The English words of {@link RosterPanel}. */
export const defaultRosterPanelLabels: RosterPanelLabels = {
  title: 'Members and notices',
  membersHeading: (count) => `Members shown (${count})`,
  noticesHeading: 'Notices shown to the user',
  noNotices: 'No notice was shown.',
  notice: (n) => {
    const by = n.by === null ? '' : ` (by ${n.by})`;
    switch (n.kind) {
      case 'conversation-created':
        return `${n.name} created the conversation${by}.`;
      case 'member-added':
        return `${n.name} (${n.device}) joined the conversation${by}.`;
      case 'device-added':
        return `${n.name} added a new device (${n.device})${by}.`;
      case 'member-removed':
        return `${n.name} (${n.device}) left the conversation${by}.`;
      case 'device-updated':
        return `${n.name} (${n.device}) has new keys${by}.`;
      case 'safety-number-changed':
        return `Your safety number with ${n.name} changed.`;
      case 'uncertified-device':
        return `${n.name} (${n.device}) is not certified by ${n.user}'s identity key: your messages are not encrypted for it.`;
      case 'unexpected-recipient':
        return `A message you opened was also encrypted for ${n.devices.join(', ')}, who is not on the member list.`;
    }
  },
  reveal: (count) => `Reveal suppressed notices (${count})`,
  hide: (count) => `Hide suppressed notices (${count})`,
  noneSuppressed: 'No notice was suppressed.',
  suppressedHeading: 'Suppressed by the provider: the user never saw these',
  suppressedFlag: 'Suppressed',
  checkHeading: 'Roster check',
  verified: 'Verified: every device your app encrypts to is on the member list, and certified.',
  unverified: (count) =>
    `Unverified: your app encrypts to ${count === 1 ? '1 device' : `${count} devices`} hidden from the list or not certified.`,
  status: {
    listed: 'listed by the provider',
    hidden: 'encrypted to, but hidden by the provider',
    uncertified: "not certified by its user's identity key",
  },
  ghostFlag: 'Possible ghost',
  hiddenFlag: 'hidden from the member list',
};

/** Props of {@link RosterPanel}. */
export interface RosterPanelProps {
  /** The roster as the client lists it: `device.visibleRoster(conversation)`. */
  members: readonly DeviceBundle[];
  /** Every notice the client recorded: `device.notices(conversation)`, shown and suppressed. */
  notices: readonly Notice[];
  /** Optional result of `device.verifyRoster(conversation)`. */
  check?: RosterCheck;
  /** Show the suppressed notices from the start. @defaultValue false */
  defaultRevealed?: boolean;
  /** Heading level of the title; sections use the next level. @defaultValue 2 */
  headingLevel?: 2 | 3 | 4;
  /** Words to use instead of the English defaults. */
  labels?: Partial<RosterPanelLabels>;
  /** Locale for dates. Defaults to the browser's. */
  locale?: string;
  /** Time zone for dates. Defaults to the browser's. */
  timeZone?: string;
  /** Extra class names for the root element. */
  className?: string;
}

/**
 * The members and devices of a conversation as one client shows them, the
 * notices it showed, and — behind a "Reveal suppressed notices" button for
 * the teacher (`aria-expanded`) — the notices the provider told it to hide.
 * With `check`, it also states whether every device was signed in by a
 * member (✓ verified / ⚠ unverified with the reason), flagging the ghost.
 *
 * @example
 * ```tsx
 * <RosterPanel
 *   members={alice.visibleRoster('chat')}
 *   notices={alice.notices('chat')}
 *   check={alice.verifyRoster('chat')}
 * />
 * ```
 */
export function RosterPanel({
  members,
  notices,
  check,
  defaultRevealed = false,
  headingLevel = 2,
  labels,
  locale,
  timeZone,
  className,
}: RosterPanelProps) {
  const words = { ...defaultRosterPanelLabels, ...labels };
  const baseId = useId();
  const [revealed, setRevealed] = useState(defaultRevealed);
  const shown = notices.filter((n) => n.shown);
  const suppressed = notices.filter((n) => !n.shown);
  const Title = `h${headingLevel}` as const;
  const Section = `h${headingLevel + 1}` as 'h3' | 'h4' | 'h5';

  const noticeItem = (n: Notice, i: number, flag?: ReactNode) => (
    <li
      key={`${n.kind}:${n.device}:${n.at}:${i}`}
      className="e2k-roster__notice"
      data-kind={n.kind}
      data-shown={String(n.shown)}
    >
      <Icon name={noticeIcons[n.kind]} />
      <span className="e2k-roster__notice-text">
        {flag} {words.notice(n)}{' '}
        <span className="e2k-roster__time">
          <Timestamp ms={n.at} locale={locale} timeZone={timeZone} />
        </span>
      </span>
    </li>
  );

  return (
    <section className={classNames('e2k-roster', className)} aria-labelledby={`${baseId}-title`}>
      <Title id={`${baseId}-title`} className="e2k-roster__title">
        {words.title}
      </Title>

      <Section className="e2k-roster__heading">{words.membersHeading(members.length)}</Section>
      <ul className="e2k-roster__members">
        {members.map((m) => (
          <li key={m.device} className="e2k-roster__member">
            <Icon name="user" />
            <span className="e2k-roster__member-name">{m.name}</span> <code>{m.device}</code>
          </li>
        ))}
      </ul>

      <Section className="e2k-roster__heading">{words.noticesHeading}</Section>
      {shown.length === 0 ? (
        <p className="e2k-roster__empty">{words.noNotices}</p>
      ) : (
        <ul className="e2k-roster__notices">{shown.map((n, i) => noticeItem(n, i))}</ul>
      )}

      {suppressed.length === 0 ? (
        <p className="e2k-roster__empty">{words.noneSuppressed}</p>
      ) : (
        <div className="e2k-roster__suppressed">
          <button
            type="button"
            className="e2k-button"
            aria-expanded={revealed}
            aria-controls={`${baseId}-suppressed`}
            onClick={() => {
              setRevealed((was) => !was);
            }}
          >
            <Icon name={revealed ? 'eye-off' : 'eye'} />
            {revealed ? words.hide(suppressed.length) : words.reveal(suppressed.length)}
          </button>
          <div
            id={`${baseId}-suppressed`}
            hidden={!revealed}
            className="e2k-roster__suppressed-list"
          >
            <Section className="e2k-roster__heading">{words.suppressedHeading}</Section>
            <ul className="e2k-roster__notices">
              {suppressed.map((n, i) =>
                noticeItem(
                  n,
                  i,
                  <StatusBadge status="warning">{words.suppressedFlag}</StatusBadge>,
                ),
              )}
            </ul>
          </div>
        </div>
      )}

      {check !== undefined && (
        <div className="e2k-roster__check" data-ok={String(check.ok)}>
          <Section className="e2k-roster__heading">{words.checkHeading}</Section>
          <p className="e2k-roster__verdict">
            {check.ok ? (
              <StatusBadge status="ok">{words.verified}</StatusBadge>
            ) : (
              <StatusBadge status="warning">
                {words.unverified(check.unverified.length)}
              </StatusBadge>
            )}
          </p>
          {check.unverified.length > 0 && (
            <ul className="e2k-roster__unverified">
              {check.unverified.map((e) => (
                <li key={e.device} className="e2k-roster__unverified-entry">
                  <StatusBadge status="ghost">{words.ghostFlag}</StatusBadge>{' '}
                  <span className="e2k-roster__member-name">{e.name}</span> <code>{e.device}</code>:{' '}
                  {e.status === 'signed' ? null : words.status[e.status]}
                  {e.hidden && <>; {words.hiddenFlag}</>}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
