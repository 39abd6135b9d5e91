import { useEffect, useRef } from 'react';
import {
  keyBelongsToTarget,
  keyLeavesField,
  keyScrollsTarget,
  presenterActionForKey,
  type PresenterAction,
} from './keyboard.js';

/**
 * Takes the focus out of a field, to the nearest form or landmark around it
 * (made focusable for the purpose), so that a keyboard user stays where they
 * were and the next Tab goes on from there.
 */
export function leaveField(field: HTMLElement): void {
  const home = field.parentElement?.closest<HTMLElement>('form, section, [role="region"], main');
  if (!home) {
    field.blur();
    return;
  }
  if (!home.hasAttribute('tabindex')) home.setAttribute('tabindex', '-1');
  home.focus({ preventScroll: true });
}

/**
 * Listens for presenter keys on the whole window (keyboards and clickers) and
 * calls `onAction`. Keys meant for a focused field or button, or that scroll a
 * focused scroll container, are left alone; Escape leaves a text field, so
 * the clicker works again.
 */
export function usePresenterKeys(onAction: (action: PresenterAction) => void): void {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const target = event.target instanceof HTMLElement ? event.target : null;
      if (target && keyLeavesField(event.key, target)) {
        event.preventDefault();
        leaveField(target);
        return;
      }
      if (keyBelongsToTarget(event.key, target)) return;
      if (target && target !== document.body && target !== document.documentElement) {
        const { overflowX, overflowY } = getComputedStyle(target);
        const { scrollWidth, clientWidth, scrollHeight, clientHeight } = target;
        const box = { overflowX, overflowY, scrollWidth, clientWidth, scrollHeight, clientHeight };
        if (keyScrollsTarget(event.key, box)) return;
      }
      const action = presenterActionForKey(event);
      if (!action) return;
      event.preventDefault();
      latest.current(action);
    };
    addEventListener('keydown', onKeyDown);
    return () => {
      removeEventListener('keydown', onKeyDown);
    };
  }, []);
}
