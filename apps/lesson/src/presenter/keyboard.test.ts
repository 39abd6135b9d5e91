import { describe, expect, it } from 'vitest';
import {
  keyBelongsToTarget,
  keyScrollsTarget,
  presenterActionForKey,
  type KeyPress,
  type ScrollBox,
} from './keyboard.js';

const press = (key: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  shiftKey: false,
  ctrlKey: false,
  altKey: false,
  metaKey: false,
  ...modifiers,
});

describe(presenterActionForKey, () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['n', 'toggle-notes'],
    ['N', 'toggle-notes'],
  ] as const)('maps %j to %s', (key, action) => {
    expect(presenterActionForKey(press(key))).toBe(action);
  });

  it('maps Shift+Space to previous', () => {
    expect(presenterActionForKey(press(' ', { shiftKey: true }))).toBe('previous');
  });

  it('ignores other keys and shortcuts with Ctrl, Alt or Meta', () => {
    expect(presenterActionForKey(press('a'))).toBeNull();
    expect(presenterActionForKey(press('Enter'))).toBeNull();
    expect(presenterActionForKey(press('ArrowRight', { ctrlKey: true }))).toBeNull();
    expect(presenterActionForKey(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(presenterActionForKey(press('n', { metaKey: true }))).toBeNull();
  });
});

describe(keyBelongsToTarget, () => {
  const element = (tagName: string, attributes: Record<string, string> = {}) => ({
    tagName,
    getAttribute: (name: string) => attributes[name] ?? null,
  });

  it('leaves every key to text fields', () => {
    expect(keyBelongsToTarget('ArrowRight', element('INPUT'))).toBe(true);
    expect(keyBelongsToTarget('n', element('TEXTAREA'))).toBe(true);
    expect(keyBelongsToTarget(' ', element('SELECT'))).toBe(true);
    expect(keyBelongsToTarget('n', { tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(keyBelongsToTarget('Home', element('DIV', { role: 'textbox' }))).toBe(true);
  });

  it('leaves Space, and only Space, to what Space presses', () => {
    expect(keyBelongsToTarget(' ', element('BUTTON'))).toBe(true);
    expect(keyBelongsToTarget(' ', element('SUMMARY'))).toBe(true);
    expect(keyBelongsToTarget(' ', element('DIV', { role: 'button' }))).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', element('BUTTON'))).toBe(false);
  });

  it('takes Space on a link, which Space does not follow', () => {
    expect(keyBelongsToTarget(' ', element('A'))).toBe(false);
  });

  it('takes keys on the page itself', () => {
    expect(keyBelongsToTarget(' ', element('BODY'))).toBe(false);
    expect(keyBelongsToTarget('ArrowRight', element('H1'))).toBe(false);
    expect(keyBelongsToTarget('ArrowRight', null)).toBe(false);
  });
});

describe(keyScrollsTarget, () => {
  const box = (overrides: Partial<ScrollBox> = {}): ScrollBox => ({
    overflowX: 'auto',
    overflowY: 'visible',
    scrollWidth: 780,
    clientWidth: 456,
    scrollHeight: 300,
    clientHeight: 300,
    ...overrides,
  });

  it('leaves the arrows to a focused container that scrolls sideways', () => {
    expect(keyScrollsTarget('ArrowRight', box())).toBe(true);
    expect(keyScrollsTarget('ArrowLeft', box({ overflowX: 'scroll' }))).toBe(true);
    // It does not scroll up and down, so the paging keys still turn the page.
    expect(keyScrollsTarget('PageDown', box())).toBe(false);
    expect(keyScrollsTarget(' ', box())).toBe(false);
  });

  it('leaves the paging keys to a focused container that scrolls up and down', () => {
    const tall = box({ overflowX: 'visible', overflowY: 'auto', scrollHeight: 900 });
    expect(keyScrollsTarget('PageDown', tall)).toBe(true);
    expect(keyScrollsTarget(' ', tall)).toBe(true);
    expect(keyScrollsTarget('End', tall)).toBe(true);
    expect(keyScrollsTarget('ArrowRight', tall)).toBe(false);
  });

  it('takes the keys when nothing overflows or overflow is not scrolled', () => {
    expect(keyScrollsTarget('ArrowRight', box({ scrollWidth: 456 }))).toBe(false);
    expect(keyScrollsTarget('ArrowRight', box({ overflowX: 'visible' }))).toBe(false);
    expect(keyScrollsTarget('ArrowRight', box({ overflowX: 'hidden' }))).toBe(false);
    expect(keyScrollsTarget('n', box())).toBe(false);
  });
});
