import type { LiveMember, PhoneSnapshot } from '@e2ee-kit/live';
import { Icon, StatusBadge } from '@e2ee-kit/ui';
import { useId } from 'react';
import { usePhoneT } from './use-phone-t.js';

const noticeKinds = [
  'conversation-created',
  'member-added',
  'device-added',
  'member-removed',
  'device-updated',
  'safety-number-changed',
  'uncertified-device',
  'unexpected-recipient',
] as const;
type KnownNotice = (typeof noticeKinds)[number];
const isKnownNotice = (kind: string): kind is KnownNotice =>
  (noticeKinds as readonly string[]).includes(kind);

/** A device's display name, from the roster; its id when the roster no longer has it. */
export function nameOf(roster: readonly LiveMember[], device: string): string {
  return roster.find((member) => member.device === device)?.name ?? device;
}

/** The lesson's ghost: its device's user is `ghost` (the live client's ghost/agency). */
const isGhostDevice = (device: string) => device.split('/')[0] === 'ghost';

/**
 * A device's name as the phone shows it: a member's from the roster, the
 * ghost in the page's language (also when it is hidden, so not on the
 * roster), and the raw id only for a device the phone cannot name.
 */
export function useNameOf(roster: readonly LiveMember[]): (device: string) => string {
  const t = usePhoneT();
  return (device) => {
    const member = roster.find((m) => m.device === device);
    if (member?.role === 'ghost' || (!member && isGhostDevice(device)))
      return t('roster.ghostName');
    return member?.name ?? device;
  };
}

/**
 * Who this phone encrypts to (the roster its client follows, itself
 * included), a ghost marked with a badge in words; the class's mode and
 * escrow; and the notices the client showed.
 */
export function RosterList({ snapshot }: { snapshot: PhoneSnapshot }) {
  const t = usePhoneT();
  const headingId = useId();
  const noticesId = useId();
  const { roster, me, notices } = snapshot;
  const nameOfDevice = useNameOf(roster);
  const teachers = new Set(roster.filter((m) => m.role === 'teacher').map((m) => m.device));
  // Who signed the change in, when it was not the teacher (whose adds are the class's joins).
  const addedBy = (notice: (typeof notices)[number]): string | null =>
    notice.by === undefined ||
    notice.by === notice.device ||
    teachers.has(notice.by) ||
    (notice.kind !== 'member-added' && notice.kind !== 'device-added')
      ? null
      : notice.by;
  return (
    <section className="phone-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('roster.heading')}</h2>
      <p>{t('roster.intro')}</p>
      <p className="phone-roster__count">{t('roster.count', { count: roster.length })}</p>
      <ul className="phone-roster">
        {roster.map((member) => (
          <li key={member.device} className="phone-roster__member" data-role={member.role}>
            <Icon name="user" />
            <span className="phone-roster__name">
              {member.device === me?.device
                ? t('roster.you', { name: member.name })
                : nameOfDevice(member.device)}
            </span>
            {member.role === 'teacher' ? (
              <span className="phone-roster__tag">{t('roster.teacher')}</span>
            ) : null}
            {member.role === 'ghost' ? (
              <StatusBadge status="ghost">{t('roster.ghost')}</StatusBadge>
            ) : null}
          </li>
        ))}
      </ul>
      {snapshot.mode ? <p className="phone-note">{t(`roster.mode.${snapshot.mode}`)}</p> : null}
      {snapshot.escrow ? (
        <p>
          <StatusBadge status="warning">{t('roster.escrow')}</StatusBadge>
        </p>
      ) : null}
      <h3 id={noticesId}>{t('roster.noticesHeading')}</h3>
      {notices.length === 0 ? (
        <p className="phone-note">{t('roster.noNotices')}</p>
      ) : (
        <ol className="phone-notices" aria-labelledby={noticesId}>
          {notices.map((notice, index) => {
            const name =
              notice.device === me?.device
                ? t('roster.you', { name: me.name })
                : nameOfDevice(notice.device);
            const by = addedBy(notice);
            return (
              <li key={`${index}-${notice.kind}-${notice.device}`}>
                {by !== null
                  ? by === me?.device
                    ? t('roster.notice.addedByYou', { name })
                    : t('roster.notice.addedBy', { name, by: nameOfDevice(by) })
                  : isKnownNotice(notice.kind)
                    ? t(`roster.notice.${notice.kind}`, { name })
                    : t('roster.notice.other', { name, kind: notice.kind })}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
