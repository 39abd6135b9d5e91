/** Words, icons and small pieces shared by the crypto views. */
import type { PartyRole, ReadableReason, UnreadableReason } from '@e2ee-kit/crypto-demo';
import type { IconName } from '../primitives/Icon.js';
import { StatusBadge, type BadgeStatus } from '../primitives/StatusBadge.js';

/** Every reason `whoCanRead` gives, readable or not. */
export type ReadReason = ReadableReason | UnreadableReason;

/**
 * Short English words for each `ReadReport.reason`, shown next to "can read" /
 * "cannot read". Pass your own (e.g. from i18next) through a component's
 * `labels.reasons`.
 */
export const defaultReadReasonLabels: Readonly<Record<ReadReason, string>> = {
  member: 'member of the chat',
  ghost: 'added silently by the provider',
  'escrow-key': 'holds the escrow master key',
  'stolen-key': 'holds a stolen copy of the master key',
  'not-a-recipient': 'no key was locked for it',
  'holds-no-keys': 'holds no keys',
  tampered: 'the message was altered',
  'unknown-sender': 'the sender is not who it claims',
};

/** English name of each kind of party, shown as a tag beside its name. */
export const defaultPartyRoleLabels: Readonly<Record<PartyRole, string>> = {
  member: 'member',
  ghost: 'ghost',
  provider: 'provider',
  'escrow-authority': 'escrow',
  thief: 'attacker',
};

/** The icon of each kind of party. */
export const partyRoleIcons: Readonly<Record<PartyRole, IconName>> = {
  member: 'user',
  ghost: 'ghost',
  provider: 'server',
  'escrow-authority': 'key',
  thief: 'mask',
};

/** The badge that tags a party who is not an ordinary member (members get none). */
export const partyRoleBadges: Readonly<Record<PartyRole, BadgeStatus | undefined>> = {
  member: undefined,
  ghost: 'ghost',
  provider: 'provider',
  'escrow-authority': 'warning',
  thief: 'attacker',
};

/** A tag such as "ghost" or "attacker" (icon + word), or nothing for a member. */
export function PartyRoleTag({
  role,
  labels,
}: {
  role: PartyRole;
  labels: Readonly<Record<PartyRole, string>>;
}) {
  const status = partyRoleBadges[role];
  if (status === undefined) return null;
  return (
    <StatusBadge status={status} className="e2k-role-tag" data-role={role}>
      {labels[role]}
    </StatusBadge>
  );
}

/**
 * A date and time for a kit timestamp (ms since 1970), e.g. "20 Mar 2025,
 * 21:00:05". `timeZone` makes it the same on every machine (stories, tests).
 */
export function formatTimestamp(ms: number, locale?: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    dateStyle: 'medium',
    timeStyle: 'medium',
    ...(timeZone === undefined ? {} : { timeZone }),
  }).format(new Date(ms));
}

/** `<time>` with a machine-readable `dateTime`. */
export function Timestamp({
  ms,
  locale,
  timeZone,
}: {
  ms: number;
  locale?: string | undefined;
  timeZone?: string | undefined;
}) {
  return <time dateTime={new Date(ms).toISOString()}>{formatTimestamp(ms, locale, timeZone)}</time>;
}
