import { type RefObject, useLayoutEffect } from 'react';

/**
 * Makes a box reachable by keyboard while (and only while) it scrolls: a
 * box whose content overflows gets `tabindex="0"`, so that a keyboard user
 * can focus it and scroll it with the arrow keys (WCAG 2.1.1, axe's
 * `scrollable-region-focusable`). The box needs an accessible name and a
 * role (e.g. a `<section aria-labelledby>` or `role="region"` with a label).
 */
export function useScrollFocusable(ref: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const box = ref.current;
    if (box === null) return;
    const update = () => {
      const scrolls =
        box.scrollHeight > box.clientHeight + 1 || box.scrollWidth > box.clientWidth + 1;
      const style = getComputedStyle(box);
      const canScroll = /auto|scroll/.test(style.overflowY + style.overflowX);
      if (scrolls && canScroll) box.setAttribute('tabindex', '0');
      else box.removeAttribute('tabindex');
    };
    update();
    const resize = new ResizeObserver(update);
    resize.observe(box);
    for (const child of Array.from(box.children)) resize.observe(child);
    const mutation = new MutationObserver(() => {
      for (const child of Array.from(box.children)) resize.observe(child);
      update();
    });
    mutation.observe(box, { childList: true, subtree: true, characterData: true });
    return () => {
      resize.disconnect();
      mutation.disconnect();
    };
  }, [ref]);
}
