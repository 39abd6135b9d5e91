import { describe, expect, it } from 'vitest';
import { parsePresenterMessage } from './presenter-channel.js';

describe(parsePresenterMessage, () => {
  it('accepts the three kinds of message', () => {
    expect(
      parsePresenterMessage({ type: 'position', lang: 'fr', chapter: 'ghost', step: 'join' }),
    ).toEqual({ type: 'position', lang: 'fr', chapter: 'ghost', step: 'join' });
    expect(parsePresenterMessage({ type: 'command', move: 'next' })).toEqual({
      type: 'command',
      move: 'next',
    });
    expect(parsePresenterMessage({ type: 'hello' })).toEqual({ type: 'hello' });
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
    expect(parsePresenterMessage({ type: 'command', move: 'first' })).toBeNull();
    expect(parsePresenterMessage({ type: 'other' })).toBeNull();
  });
});
