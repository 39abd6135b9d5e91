import { useEffect, useSyncExternalStore } from 'react';
import { useUi } from '../shell/page-language.js';
import { chapterTimers as defaultTimers, type ChapterTimers } from './chapter-timers.js';
import { elapsedAt, formatElapsed, stoppedTimer, wholeMinutes } from './timer.js';
import { useNow } from './use-now.js';

export interface ChapterTimerProps {
  chapter: string;
  plannedMinutes: number;
  /** Tests pass their own store. */
  timers?: ChapterTimers;
}

/**
 * Elapsed time in the current chapter against its planned minutes, with
 * Pause/Start and Reset. It sits on the projected screen, so it never says
 * "Over time" (the class would read it); the console (notes window) does. The
 * clock itself is not a live region: screen readers hear a polite summary once
 * a minute (and when paused), not every second.
 */
export function ChapterTimer({
  chapter,
  plannedMinutes,
  timers = defaultTimers,
}: ChapterTimerProps) {
  const t = useUi();
  const snapshot = useSyncExternalStore(timers.subscribe, timers.getSnapshot);
  useEffect(() => {
    timers.enter(chapter);
  }, [timers, chapter]);

  const timer = snapshot.byChapter[chapter] ?? stoppedTimer;
  const running = timer.runningSince !== null;
  const now = useNow(running);
  const elapsed = elapsedAt(timer, now);
  const minutes = wholeMinutes(elapsed);

  const summary = running
    ? t('timer.announcement', { count: minutes, planned: plannedMinutes })
    : t('timer.paused');

  return (
    <div
      className="chapter-timer"
      role="group"
      aria-label={t('timer.label')}
      data-testid="chapter-timer"
    >
      <span className="chapter-timer__clock" data-testid="chapter-timer-clock">
        {formatElapsed(elapsed)}
      </span>{' '}
      <span className="chapter-timer__planned">
        {t('timer.planned', { minutes: plannedMinutes })}
      </span>
      <button
        type="button"
        className="e2k-button e2k-button--small"
        onClick={() => {
          if (running) timers.pause(chapter);
          else timers.start(chapter);
        }}
      >
        {running ? t('timer.pause') : t('timer.start')}
      </button>
      <button
        type="button"
        className="e2k-button e2k-button--small"
        onClick={() => {
          timers.reset(chapter);
        }}
      >
        {t('timer.reset')}
      </button>
      <p className="visually-hidden" aria-live="polite" aria-atomic="true">
        {summary}
      </p>
    </div>
  );
}
