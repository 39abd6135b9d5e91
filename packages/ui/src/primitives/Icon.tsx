import type { ReactElement, SVGProps } from 'react';
import { classNames } from '../internal/class-names.js';

/** Names of the icons in the set. */
export type IconName =
  | 'lock'
  | 'unlock'
  | 'ghost'
  | 'eye'
  | 'eye-off'
  | 'key'
  | 'warning'
  | 'check'
  | 'cross'
  | 'server'
  | 'user'
  | 'shield'
  | 'mask'
  | 'copy'
  | 'external';

// 24×24 line drawings, stroked with currentColor so that they take the text colour.
const paths: Record<IconName, ReactElement> = {
  lock: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 8 0v4" />
    </>
  ),
  unlock: (
    <>
      <rect x="5" y="11" width="14" height="10" rx="2" />
      <path d="M8 11V7a4 4 0 0 1 7.75-1.4" />
    </>
  ),
  ghost: (
    <>
      <path d="M6 20V10a6 6 0 0 1 12 0v10l-2-1.5-2 1.5-2-1.5-2 1.5-2-1.5z" />
      <path d="M10 10h.01M14 10h.01" />
    </>
  ),
  eye: (
    <>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
    </>
  ),
  'eye-off': (
    <>
      <path d="M2 12s3.5-7 10-7 10 7 10 7-3.5 7-10 7S2 12 2 12z" />
      <circle cx="12" cy="12" r="3" />
      <path d="M3 3l18 18" />
    </>
  ),
  key: (
    <>
      <circle cx="7.5" cy="15.5" r="4.5" />
      <path d="M10.7 12.3 20 3M16 7l3 3M14 9l2 2" />
    </>
  ),
  warning: (
    <>
      <path d="M12 3 2 20h20L12 3z" />
      <path d="M12 10v4M12 17h.01" />
    </>
  ),
  check: <path d="M4 12.5l5 5L20 6.5" />,
  cross: <path d="M6 6l12 12M18 6 6 18" />,
  server: (
    <>
      <rect x="3" y="4" width="18" height="7" rx="1.5" />
      <rect x="3" y="13" width="18" height="7" rx="1.5" />
      <path d="M7 7.5h.01M7 16.5h.01" />
    </>
  ),
  user: (
    <>
      <circle cx="12" cy="8" r="4" />
      <path d="M4 21a8 8 0 0 1 16 0" />
    </>
  ),
  shield: <path d="M12 3 4 6v6c0 4.5 3.4 8.2 8 9 4.6-.8 8-4.5 8-9V6l-8-3z" />,
  mask: (
    <>
      <path d="M2 9c3-2 7-2 10 0 3-2 7-2 10 0 0 4-2 7-5 7-2 0-3-2-5-2s-3 2-5 2c-3 0-5-3-5-7z" />
      <path d="M6.5 10.5h2M15.5 10.5h2" />
    </>
  ),
  copy: (
    <>
      <rect x="9" y="9" width="12" height="12" rx="2" />
      <path d="M5 15H4a1 1 0 0 1-1-1V4a1 1 0 0 1 1-1h10a1 1 0 0 1 1 1v1" />
    </>
  ),
  external: (
    <>
      <path d="M14 4h6v6M20 4l-9 9" />
      <path d="M18 14v5a1 1 0 0 1-1 1H5a1 1 0 0 1-1-1V7a1 1 0 0 1 1-1h5" />
    </>
  ),
};

/** Every icon name, in the order of the set (for galleries and tests). */
export const iconNames = Object.keys(paths) as readonly IconName[];

/** Props of {@link Icon}. Other SVG attributes pass through to the `<svg>`. */
export interface IconProps extends Omit<SVGProps<SVGSVGElement>, 'children' | 'name'> {
  /** Which drawing to show. */
  name: IconName;
  /**
   * Accessible name. Leave it out when text next to the icon already says the
   * same thing (the usual case): the icon is then hidden from assistive
   * technology. Give it only for an icon that stands alone.
   */
  title?: string;
}

/**
 * A small inline SVG icon that takes the current text colour and is sized in
 * `em` (1.25em by default, via the `e2k-icon` class).
 *
 * Decorative by default (`aria-hidden`): meaning must always be carried by text
 * next to it, never by the icon or its colour alone.
 *
 * @example
 * ```tsx
 * <span><Icon name="lock" /> Cannot read</span>
 * <Icon name="warning" title="Warning" />
 * ```
 */
export function Icon({ name, title, className, ...rest }: IconProps) {
  const accessibility = title
    ? { role: 'img', 'aria-label': title }
    : { 'aria-hidden': true as const, focusable: 'false' as const };
  return (
    <svg
      xmlns="http://www.w3.org/2000/svg"
      viewBox="0 0 24 24"
      fill="none"
      stroke="currentColor"
      strokeWidth={2}
      strokeLinecap="round"
      strokeLinejoin="round"
      className={classNames('e2k-icon', className)}
      data-icon={name}
      {...accessibility}
      {...rest}
    >
      {paths[name]}
    </svg>
  );
}
