import type { HTMLAttributes, ReactNode } from 'react';
import { classNames } from '../internal/class-names.js';
import { Icon, type IconName } from './Icon.js';

/**
 * What a badge can say. `can-read` / `cannot-read` describe one reader and one
 * message; `ghost`, `attacker` and `provider` name a kind of participant.
 */
export type BadgeStatus =
  'can-read' | 'cannot-read' | 'ghost' | 'attacker' | 'provider' | 'warning' | 'ok';

/** Every status, in a stable order (for galleries and tests). */
export const badgeStatuses: readonly BadgeStatus[] = [
  'can-read',
  'cannot-read',
  'ghost',
  'attacker',
  'provider',
  'warning',
  'ok',
];

/** The icon each status shows. */
export const statusIcons: Readonly<Record<BadgeStatus, IconName>> = {
  'can-read': 'eye',
  'cannot-read': 'lock',
  ghost: 'ghost',
  attacker: 'mask',
  provider: 'server',
  warning: 'warning',
  ok: 'check',
};

/** English words shown when no `children` are given. Pass your own for other languages. */
export const defaultStatusLabels: Readonly<Record<BadgeStatus, string>> = {
  'can-read': 'Can read',
  'cannot-read': 'Cannot read',
  ghost: 'Ghost',
  attacker: 'Attacker',
  provider: 'Provider',
  warning: 'Warning',
  ok: 'OK',
};

/** Props of {@link StatusBadge}. Other `<span>` attributes pass through. */
export interface StatusBadgeProps extends HTMLAttributes<HTMLSpanElement> {
  status: BadgeStatus;
  /** The words on the badge. Defaults to the English label of the status. */
  children?: ReactNode;
}

/**
 * A status shown as icon + text on a tinted pill. The text carries the meaning
 * (the icon is `aria-hidden`), so the colour is never the only cue.
 *
 * @example
 * ```tsx
 * <StatusBadge status="can-read" />
 * <StatusBadge status="cannot-read">Ne peut pas lire</StatusBadge>
 * ```
 */
export function StatusBadge({ status, children, className, ...rest }: StatusBadgeProps) {
  return (
    <span
      className={classNames('e2k-badge', `e2k-badge--${status}`, className)}
      data-status={status}
      {...rest}
    >
      <Icon name={statusIcons[status]} />
      <span>{children ?? defaultStatusLabels[status]}</span>
    </span>
  );
}
