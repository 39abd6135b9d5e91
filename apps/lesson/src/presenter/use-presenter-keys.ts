import { useEffect, useRef } from 'react';
import {
  keyBelongsToTarget,
  keyScrollsTarget,
  presenterActionForKey,
  type PresenterAction,
} from './keyboard.js';

/**
 * Listens for presenter keys on the whole window (keyboards and clickers) and
 * calls `onAction`. Keys meant for a focused field or button, or that scroll a
 * focused scroll container, are left alone.
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
