import { describe, expect, it } from 'vitest';
import { ChapterTimers, lessonElapsedAt, type TimerStorage } from './chapter-timers.js';
import { elapsedAt } from './timer.js';

function memoryStorage(): TimerStorage {
  const items = new Map<string, string>();
  return {
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      items.set(key, value);
    },
  };
}

describe(ChapterTimers, () => {
  it('runs the timer of the chapter on screen only', () => {
    let now = 0;
    const timers = new ChapterTimers(null, () => now);
    timers.enter('vote');
    now = 60_000;
    timers.enter('ghost');
    now = 90_000;
    expect(elapsedAt(timers.timerOf('vote'), now)).toBe(60_000);
    expect(elapsedAt(timers.timerOf('ghost'), now)).toBe(30_000);
  });

  it('resumes a chapter’s timer when the presenter comes back to it', () => {
    let now = 0;
    const timers = new ChapterTimers(null, () => now);
    timers.enter('vote');
    now = 10_000;
    timers.enter('ghost');
    now = 50_000;
    timers.enter('vote');
    now = 55_000;
    expect(elapsedAt(timers.timerOf('vote'), now)).toBe(15_000);
  });

  it('keeps a paused timer paused after a reload on the same chapter', () => {
    let now = 0;
    const storage = memoryStorage();
    const before = new ChapterTimers(storage, () => now);
    before.enter('vote');
    now = 5_000;
    before.pause('vote');
    now = 500_000;
    const after = new ChapterTimers(storage, () => now);
    after.enter('vote');
    expect(after.timerOf('vote')).toEqual({ elapsedMs: 5_000, runningSince: null });
  });

  it('keeps counting across a reload while running', () => {
    let now = 0;
    const storage = memoryStorage();
    new ChapterTimers(storage, () => now).enter('vote');
    now = 70_000;
    const after = new ChapterTimers(storage, () => now);
    expect(elapsedAt(after.timerOf('vote'), now)).toBe(70_000);
  });

  it('tells subscribers about each change and resets to zero', () => {
    let now = 0;
    const timers = new ChapterTimers(null, () => now);
    let calls = 0;
    const unsubscribe = timers.subscribe(() => (calls += 1));
    timers.enter('vote');
    now = 30_000;
    timers.reset('vote');
    expect(calls).toBe(2);
    expect(elapsedAt(timers.timerOf('vote'), 31_000)).toBe(1_000);
    unsubscribe();
    timers.pause('vote');
    expect(calls).toBe(2);
  });

  it('ignores broken stored state', () => {
    const storage = memoryStorage();
    storage.setItem('e2ee-kit:chapter-timers', '{not json');
    expect(new ChapterTimers(storage).getSnapshot()).toEqual({ current: null, byChapter: {} });
  });
});

describe(lessonElapsedAt, () => {
  it('adds up every chapter, the running one up to now', () => {
    let now = 0;
    const timers = new ChapterTimers(null, () => now);
    timers.enter('vote');
    now = 8 * 60_000;
    timers.enter('e2ee');
    now = 9 * 60_000;
    expect(lessonElapsedAt(timers.getSnapshot(), now)).toBe(9 * 60_000);
    timers.pause('e2ee');
    expect(lessonElapsedAt(timers.getSnapshot(), 20 * 60_000)).toBe(9 * 60_000);
  });

  it('is zero before the lesson starts', () => {
    expect(lessonElapsedAt({ current: null, byChapter: {} }, 1_000)).toBe(0);
  });
});
