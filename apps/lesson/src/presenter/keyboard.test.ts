import { describe, expect, it } from 'vitest';
import {
  isTypingField,
  keyBelongsToTarget,
  keyLeavesField,
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
    ['b', 'blank'],
    ['B', 'blank'],
    ['.', 'blank'],
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
    expect(presenterActionForKey(press('b', { ctrlKey: true }))).toBeNull();
    expect(presenterActionForKey(press('Escape'))).toBeNull();
  });
});

const element = (tagName: string, attributes: Record<string, string> = {}) => ({
  tagName,
  getAttribute: (name: string) => attributes[name] ?? null,
});

describe(isTypingField, () => {
  it('knows the fields one types in', () => {
    expect(isTypingField(element('INPUT'))).toBe(true);
    expect(isTypingField(element('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingField(element('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingField(element('INPUT', { type: 'NUMBER' }))).toBe(true);
    expect(isTypingField(element('TEXTAREA'))).toBe(true);
    expect(isTypingField(element('SELECT'))).toBe(true);
    expect(isTypingField({ tagName: 'DIV', isContentEditable: true })).toBe(true);
    expect(isTypingField(element('DIV', { role: 'textbox' }))).toBe(true);
    expect(isTypingField(element('DIV', { role: 'combobox' }))).toBe(true);
  });

  it('does not count buttons, radios, checkboxes or the page', () => {
    for (const type of ['radio', 'checkbox', 'submit', 'button', 'reset']) {
      expect(isTypingField(element('INPUT', { type }))).toBe(false);
    }
    expect(isTypingField(element('BUTTON'))).toBe(false);
    expect(isTypingField(element('FORM', { tabindex: '-1' }))).toBe(false);
    expect(isTypingField({ tagName: 'DIV', isContentEditable: false })).toBe(false);
    expect(isTypingField(null)).toBe(false);
  });
});

describe(keyLeavesField, () => {
  it('lets Escape, and only Escape, leave a field being typed in', () => {
    expect(keyLeavesField('Escape', element('INPUT'))).toBe(true);
    expect(keyLeavesField('Escape', element('TEXTAREA'))).toBe(true);
    expect(keyLeavesField('Escape', { tagName: 'P', isContentEditable: true })).toBe(true);
    expect(keyLeavesField('PageDown', element('INPUT'))).toBe(false);
    expect(keyLeavesField('Escape', element('BUTTON'))).toBe(false);
    expect(keyLeavesField('Escape', element('INPUT', { type: 'radio' }))).toBe(false);
    expect(keyLeavesField('Escape', null)).toBe(false);
  });
});

describe(keyBelongsToTarget, () => {
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

  it('leaves every key, B and . included, to a field being typed in', () => {
    for (const key of ['PageDown', 'PageUp', ' ', 'b', '.', 'ArrowRight']) {
      expect(keyBelongsToTarget(key, element('INPUT', { type: 'text' }))).toBe(true);
    }
  });

  it('takes the paging keys and B/. on buttons, radios and checkboxes', () => {
    for (const target of [
      element('BUTTON'),
      element('INPUT', { type: 'radio' }),
      element('INPUT', { type: 'checkbox' }),
      element('INPUT', { type: 'submit' }),
    ]) {
      for (const key of ['PageDown', 'PageUp', 'b', 'B', '.']) {
        expect(keyBelongsToTarget(key, target)).toBe(false);
      }
    }
  });

  it('leaves the arrows to a radio button (they choose the next one) and Space to any input', () => {
    expect(keyBelongsToTarget('ArrowRight', element('INPUT', { type: 'radio' }))).toBe(true);
    expect(keyBelongsToTarget('ArrowLeft', element('DIV', { role: 'radio' }))).toBe(true);
    expect(keyBelongsToTarget(' ', element('INPUT', { type: 'checkbox' }))).toBe(true);
    expect(keyBelongsToTarget('ArrowRight', element('INPUT', { type: 'checkbox' }))).toBe(false);
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
