import { describe, expect, it } from 'vitest';
import { parsePresenterMessage } from './presenter-channel.js';

describe(parsePresenterMessage, () => {
  it('accepts every kind of message', () => {
    expect(
      parsePresenterMessage({ type: 'position', lang: 'fr', chapter: 'ghost', step: 'join' }),
    ).toEqual({ type: 'position', lang: 'fr', chapter: 'ghost', step: 'join' });
    expect(parsePresenterMessage({ type: 'command', move: 'next' })).toEqual({
      type: 'command',
      move: 'next',
    });
    expect(parsePresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(parsePresenterMessage({ type: 'command', move: 'first' })).toEqual({
      type: 'command',
      move: 'first',
    });
    expect(parsePresenterMessage({ type: 'blank' })).toEqual({ type: 'blank' });
    expect(
      parsePresenterMessage({
        type: 'position',
        lang: 'en',
        chapter: 'ghost',
        step: 'join',
        blanked: true,
      }),
    ).toEqual({ type: 'position', lang: 'en', chapter: 'ghost', step: 'join', blanked: true });
    const timers = {
      current: 'ghost',
      byChapter: {
        vote: { elapsedMs: 480_000, runningSince: null },
        ghost: { elapsedMs: 0, runningSince: 1_700_000_000_000 },
      },
    };
    expect(parsePresenterMessage({ type: 'timers', timers })).toEqual({ type: 'timers', timers });
  });

  it('refuses malformed timers', () => {
    const timers = (byChapter: unknown, current: unknown = null) => ({
      type: 'timers',
      timers: { current, byChapter },
    });
    expect(
      parsePresenterMessage(timers({ vote: { elapsedMs: '1', runningSince: null } })),
    ).toBeNull();
    expect(
      parsePresenterMessage(timers({ vote: { elapsedMs: Infinity, runningSince: null } })),
    ).toBeNull();
    expect(
      parsePresenterMessage(timers({ '../x': { elapsedMs: 1, runningSince: null } })),
    ).toBeNull();
    expect(parsePresenterMessage(timers(null))).toBeNull();
    expect(parsePresenterMessage(timers({}, 42))).toBeNull();
  });

  it('refuses anything malformed', () => {
    expect(parsePresenterMessage(null)).toBeNull();
    expect(parsePresenterMessage('hello')).toBeNull();
    expect(
      parsePresenterMessage({ type: 'position', lang: 'de', chapter: 'a', step: 'b' }),
    ).toBeNull();
    expect(
      parsePresenterMessage({ type: 'position', lang: 'en', chapter: '../x', step: 'b' }),
    ).toBeNull();
    expect(parsePresenterMessage({ type: 'command', move: 'blank' })).toBeNull();
    expect(
      parsePresenterMessage({ type: 'position', lang: 'en', chapter: 'a', step: 'b', blanked: 1 }),
    ).toEqual({ type: 'position', lang: 'en', chapter: 'a', step: 'b' });
    expect(parsePresenterMessage({ type: 'other' })).toBeNull();
  });
});
