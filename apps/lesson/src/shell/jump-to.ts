import type { MouseEvent } from 'react';

/**
 * Moves focus to an element of the page without touching the URL. The hash
 * holds the route, so an in-page `#id` link would leave the page; links that
 * jump (skip link, citations) call this instead and keep the route as href.
 */
export function jumpTo(event: MouseEvent<HTMLAnchorElement>, targetId: string): void {
  const target = document.getElementById(targetId);
  if (!target) return;
  event.preventDefault();
  target.focus();
  target.scrollIntoView({ block: 'nearest' });
}
