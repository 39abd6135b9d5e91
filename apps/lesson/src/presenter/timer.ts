/**
 * The presenter's chapter timer as pure data: no clocks inside, the caller
 * passes `now` (milliseconds, e.g. `Date.now()`).
 */
export interface TimerState {
  /** Time counted before the current run. */
  elapsedMs: number;
  /** When the current run started; `null` while paused. */
  runningSince: number | null;
}

export const stoppedTimer: TimerState = { elapsedMs: 0, runningSince: null };

export function startTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null ? { ...state, runningSince: now } : state;
}

export function pauseTimer(state: TimerState, now: number): TimerState {
  return state.runningSince === null
    ? state
    : { elapsedMs: elapsedAt(state, now), runningSince: null };
}

/** Back to zero, still running if it was. */
export function resetTimer(state: TimerState, now: number): TimerState {
  return { elapsedMs: 0, runningSince: state.runningSince === null ? null : now };
}

export function elapsedAt(state: TimerState, now: number): number {
  const run = state.runningSince === null ? 0 : Math.max(0, now - state.runningSince);
  return state.elapsedMs + run;
}

/** `mm:ss`, whole seconds rounded down; minutes go past 59 rather than wrap. */
export function formatElapsed(ms: number): string {
  const totalSeconds = Math.max(0, Math.floor(ms / 1000));
  const minutes = Math.floor(totalSeconds / 60);
  const seconds = totalSeconds % 60;
  return `${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}`;
}

/** Whole minutes elapsed: what screen readers are told, once a minute. */
export function wholeMinutes(ms: number): number {
  return Math.floor(Math.max(0, ms) / 60_000);
}

export function isOverTime(ms: number, plannedMinutes: number): boolean {
  return ms > plannedMinutes * 60_000;
}
