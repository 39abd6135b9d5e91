import type { Move } from '../routing/positions.js';
import { isLanguage, isSlug, type Language } from '../routing/routes.js';
import type { ChapterTimersSnapshot } from './chapter-timers.js';
import type { TimerState } from './timer.js';

/** Messages between the presenter window and its notes window (the presenter console). */
export type PresenterMessage =
  /** Presenter → notes: where the presentation is now, and whether the screen is blanked. */
  | { type: 'position'; lang: Language; chapter: string; step: string; blanked?: boolean }
  /** Presenter → notes: the chapter timers (the notes window shows them, and the total). */
  | { type: 'timers'; timers: ChapterTimersSnapshot }
  /** Notes → presenter: move (the console's buttons and the clicker keys pressed in it). */
  | { type: 'command'; move: Move }
  /** Notes → presenter: blank the projected screen, or show it again. */
  | { type: 'blank' }
  /** Notes → presenter: "I just opened, where are we?" */
  | { type: 'hello' };

const moves: readonly string[] = ['next', 'previous', 'first', 'last'] satisfies Move[];

function isMove(value: unknown): value is Move {
  return typeof value === 'string' && moves.includes(value);
}

function isTimerState(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.elapsedMs === 'number' &&
    Number.isFinite(t.elapsedMs) &&
    (t.runningSince === null ||
      (typeof t.runningSince === 'number' && Number.isFinite(t.runningSince)))
  );
}

function parseTimers(value: unknown): ChapterTimersSnapshot | null {
  if (typeof value !== 'object' || value === null) return null;
  const v = value as Record<string, unknown>;
  if (v.current !== null && !isSlug(v.current)) return null;
  if (typeof v.byChapter !== 'object' || v.byChapter === null) return null;
  const byChapter: Record<string, TimerState> = {};
  for (const [chapter, timer] of Object.entries(v.byChapter)) {
    if (!isSlug(chapter) || !isTimerState(timer)) return null;
    byChapter[chapter] = { elapsedMs: timer.elapsedMs, runningSince: timer.runningSince };
  }
  return { current: v.current, byChapter };
}

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  close(): void;
}

const channelName = 'e2ee-kit:presenter';
const storageKey = 'e2ee-kit:presenter-message';

/** Checks a message from another window before acting on it. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'position':
      if (!isLanguage(m.lang) || !isSlug(m.chapter) || !isSlug(m.step)) return null;
      return typeof m.blanked === 'boolean'
        ? { type: 'position', lang: m.lang, chapter: m.chapter, step: m.step, blanked: m.blanked }
        : { type: 'position', lang: m.lang, chapter: m.chapter, step: m.step };
    case 'timers': {
      const timers = parseTimers(m.timers);
      return timers ? { type: 'timers', timers } : null;
    }
    case 'command':
      return isMove(m.move) ? { type: 'command', move: m.move } : null;
    case 'blank':
      return { type: 'blank' };
    case 'hello':
      return { type: 'hello' };
    default:
      return null;
  }
}

/**
 * A channel between windows of the app: BroadcastChannel, or where that is
 * missing, the `storage` event that another window's localStorage write
 * fires. Neither delivers a window's own messages back to it.
 */
export function openPresenterChannel(
  onMessage: (message: PresenterMessage) => void,
): PresenterChannel {
  const deliver = (data: unknown) => {
    const message = parsePresenterMessage(data);
    if (message) onMessage(message);
  };

  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(channelName);
    const onBroadcast = (event: MessageEvent) => {
      deliver(event.data);
    };
    channel.addEventListener('message', onBroadcast);
    return {
      post(message) {
        channel.postMessage(message);
      },
      close() {
        channel.removeEventListener('message', onBroadcast);
        channel.close();
      },
    };
  }

  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey || event.newValue === null) return;
    try {
      deliver((JSON.parse(event.newValue) as { message: unknown }).message);
    } catch {
      // Not ours, or truncated: ignore.
    }
  };
  addEventListener('storage', onStorage);
  return {
    post(message) {
      try {
        // A fresh stamp makes every write a change, so that repeats still fire `storage`.
        localStorage.setItem(storageKey, JSON.stringify({ message, stamp: Math.random() }));
      } catch {
        // No way to reach the other window; the notes simply stop following.
      }
    },
    close() {
      removeEventListener('storage', onStorage);
    },
  };
}
