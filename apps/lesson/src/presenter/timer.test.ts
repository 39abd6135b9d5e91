import { describe, expect, it } from 'vitest';
import {
  elapsedAt,
  formatElapsed,
  isOverTime,
  pauseTimer,
  resetTimer,
  startTimer,
  stoppedTimer,
  wholeMinutes,
} from './timer.js';

describe(formatElapsed, () => {
  it.each([
    [0, '00:00'],
    [999, '00:00'],
    [1_000, '00:01'],
    [59_999, '00:59'],
    [60_000, '01:00'],
    [8 * 60_000 + 5_000, '08:05'],
    [61 * 60_000 + 7_000, '61:07'],
    [-5_000, '00:00'],
  ])('formats %i ms as %s', (ms, text) => {
    expect(formatElapsed(ms)).toBe(text);
  });
});

describe(wholeMinutes, () => {
  it('counts whole minutes only', () => {
    expect(wholeMinutes(59_999)).toBe(0);
    expect(wholeMinutes(120_000)).toBe(2);
  });
});

describe(isOverTime, () => {
  it('is false up to the planned minutes and true after', () => {
    expect(isOverTime(8 * 60_000, 8)).toBe(false);
    expect(isOverTime(8 * 60_000 + 1, 8)).toBe(true);
  });
});

describe('timer state', () => {
  it('counts only while running, across pauses', () => {
    let timer = startTimer(stoppedTimer, 1_000);
    expect(elapsedAt(timer, 4_000)).toBe(3_000);
    timer = pauseTimer(timer, 4_000);
    expect(elapsedAt(timer, 100_000)).toBe(3_000);
    timer = startTimer(timer, 100_000);
    expect(elapsedAt(timer, 102_500)).toBe(5_500);
  });

  it('starting twice or pausing twice changes nothing', () => {
    const running = startTimer(stoppedTimer, 1_000);
    expect(startTimer(running, 9_000)).toBe(running);
    const paused = pauseTimer(running, 2_000);
    expect(pauseTimer(paused, 9_000)).toBe(paused);
  });

  it('reset goes back to zero and keeps running or paused', () => {
    const running = startTimer(stoppedTimer, 0);
    expect(elapsedAt(resetTimer(running, 10_000), 12_000)).toBe(2_000);
    const paused = pauseTimer(running, 10_000);
    expect(resetTimer(paused, 20_000)).toEqual(stoppedTimer);
  });
});
