import {
  elapsedAt,
  pauseTimer,
  startTimer,
  stoppedTimer,
  resetTimer,
  type TimerState,
} from './timer.js';

/** Every chapter's timer, and which chapter is on screen. */
export interface ChapterTimersSnapshot {
  current: string | null;
  byChapter: Readonly<Record<string, TimerState>>;
}

/** Where timers are kept between reloads (sessionStorage fits). */
export interface TimerStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const storageKey = 'e2ee-kit:chapter-timers';

function isTimerState(value: unknown): value is TimerState {
  if (typeof value !== 'object' || value === null) return false;
  const t = value as Record<string, unknown>;
  return (
    typeof t.elapsedMs === 'number' &&
    (t.runningSince === null || typeof t.runningSince === 'number')
  );
}

function load(storage: TimerStorage | null): ChapterTimersSnapshot {
  const empty: ChapterTimersSnapshot = { current: null, byChapter: {} };
  try {
    const raw = storage?.getItem(storageKey);
    if (!raw) return empty;
    const parsed = JSON.parse(raw) as Partial<ChapterTimersSnapshot>;
    const byChapter = Object.fromEntries(
      Object.entries(parsed.byChapter ?? {}).filter(([, timer]) => isTimerState(timer)),
    );
    return { current: typeof parsed.current === 'string' ? parsed.current : null, byChapter };
  } catch {
    return empty;
  }
}

/**
 * The presenter's chapter timers, as a small store for `useSyncExternalStore`.
 * Entering a chapter pauses the previous chapter's timer and starts (or
 * resumes) its own; a reload finds every timer as it was, since the state is
 * kept in `storage` with absolute timestamps.
 */
export class ChapterTimers {
  #snapshot: ChapterTimersSnapshot;
  readonly #listeners = new Set<() => void>();
  readonly #storage: TimerStorage | null;
  readonly #clock: () => number;

  constructor(storage: TimerStorage | null, clock: () => number = Date.now) {
    this.#storage = storage;
    this.#clock = clock;
    this.#snapshot = load(storage);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.#listeners.add(listener);
    return () => {
      this.#listeners.delete(listener);
    };
  };

  getSnapshot = (): ChapterTimersSnapshot => this.#snapshot;

  timerOf(chapter: string): TimerState {
    return this.#snapshot.byChapter[chapter] ?? stoppedTimer;
  }

  /** The presenter is now on `chapter`. Does nothing if it already was (e.g. after a reload). */
  enter(chapter: string): void {
    const { current } = this.#snapshot;
    if (current === chapter) return;
    const now = this.#clock();
    const byChapter = { ...this.#snapshot.byChapter };
    if (current !== null && byChapter[current]) {
      byChapter[current] = pauseTimer(byChapter[current], now);
    }
    byChapter[chapter] = startTimer(byChapter[chapter] ?? stoppedTimer, now);
    this.#set({ current: chapter, byChapter });
  }

  pause(chapter: string): void {
    this.#update(chapter, pauseTimer);
  }

  start(chapter: string): void {
    this.#update(chapter, startTimer);
  }

  reset(chapter: string): void {
    this.#update(chapter, resetTimer);
  }

  #update(chapter: string, change: (timer: TimerState, now: number) => TimerState): void {
    const byChapter = {
      ...this.#snapshot.byChapter,
      [chapter]: change(this.timerOf(chapter), this.#clock()),
    };
    this.#set({ ...this.#snapshot, byChapter });
  }

  #set(snapshot: ChapterTimersSnapshot): void {
    this.#snapshot = snapshot;
    try {
      this.#storage?.setItem(storageKey, JSON.stringify(snapshot));
    } catch {
      // Kept in memory only.
    }
    for (const listener of this.#listeners) listener();
  }
}

function sessionStorageOrNull(): TimerStorage | null {
  try {
    return typeof sessionStorage === 'undefined' ? null : sessionStorage;
  } catch {
    return null;
  }
}

/** The app's timers, kept for the browser tab's session. */
export const chapterTimers = new ChapterTimers(sessionStorageOrNull());

/** The time spent in the whole lesson so far: every chapter's timer added up. */
export function lessonElapsedAt(snapshot: ChapterTimersSnapshot, now: number): number {
  return Object.values(snapshot.byChapter).reduce((sum, timer) => sum + elapsedAt(timer, now), 0);
}
