import { useEffect, type RefObject } from 'react';

/** How long a change stays marked (the CSS animation of `.slide-changed` lasts as long). */
export const changeHighlightMs = 1600;

const loadingSelector = '[data-testid=demo-loading]';
/** What the class types into is not news: the form they typed in is in view already. */
const ignoredSelector = 'form, .send-form, dialog';

function isLoadingTransition(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some(
    (node) =>
      node instanceof Element &&
      (node.matches(`${loadingSelector}, .live-demo`) || node.querySelector(loadingSelector)),
  );
}

/** The elements a batch of DOM changes added or rewrote, newest last. */
function changedElements(records: MutationRecord[], root: HTMLElement): Element[] {
  const changed = new Set<Element>();
  for (const record of records) {
    if (isLoadingTransition(record)) return [];
    const candidates =
      record.type === 'characterData'
        ? [record.target.parentElement]
        : [...record.addedNodes].map((node) =>
            node instanceof Element ? node : node.parentElement,
          );
    for (const element of candidates) {
      if (!element || !root.contains(element) || element.closest(ignoredSelector)) continue;
      if (element.getClientRects().length === 0) continue;
      changed.add(element);
    }
  }
  // A change inside an element already marked is part of it.
  return [...changed].filter(
    (element) => ![...changed].some((other) => other !== element && other.contains(element)),
  );
}

/**
 * On the projector, makes every change a demo shows visible to the class: a
 * new table row, a badge, a revealed notice or answer is scrolled into view
 * inside the demo's own box (never the page: `block: 'nearest'`) and flashes
 * once (`.slide-changed`; with reduced motion, a still outline). The demo
 * components know nothing of it: it watches the DOM of the demo's region.
 */
export function useChangeHighlight(ref: RefObject<HTMLElement | null>, enabled: boolean): void {
  useEffect(() => {
    const root = ref.current;
    if (!enabled || !root) return;
    const timers = new Set<ReturnType<typeof setTimeout>>();
    const observer = new MutationObserver((records) => {
      if (root.querySelector(loadingSelector)) return;
      const changed = changedElements(records, root).slice(-12);
      const newest = changed[changed.length - 1];
      if (!newest) return;
      for (const element of changed) {
        element.classList.remove('slide-changed');
        // Restart the animation when the same element changes again.
        element.getBoundingClientRect();
        element.classList.add('slide-changed');
        const timer = setTimeout(() => {
          element.classList.remove('slide-changed');
          timers.delete(timer);
        }, changeHighlightMs);
        timers.add(timer);
      }
      // Instant: a smooth scroll is cut short when the next change arrives at once.
      newest.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
    return () => {
      observer.disconnect();
      for (const timer of timers) clearTimeout(timer);
    };
  }, [ref, enabled]);
}
