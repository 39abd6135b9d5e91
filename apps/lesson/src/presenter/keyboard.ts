import type { Move } from '../routing/positions.js';

/** What a key does in presenter mode. */
export type PresenterAction = Move | 'toggle-notes' | 'blank';

/** The parts of a KeyboardEvent the mapping looks at. */
export interface KeyPress {
  key: string;
  shiftKey: boolean;
  ctrlKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

/**
 * Maps a key to a presenter action. Arrows, Space and Page keys are what
 * keyboards and presentation clickers send; Home/End jump to either end of
 * the lesson; N shows or hides the speaker notes; B and . (what clickers send
 * for their "blank screen" button) black out the projected screen.
 */
export function presenterActionForKey(press: KeyPress): PresenterAction | null {
  // Leave browser and system shortcuts (Ctrl+arrows, Alt+Left = back…) alone.
  if (press.ctrlKey || press.altKey || press.metaKey) return null;
  switch (press.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    case 'ArrowLeft':
    case 'PageUp':
      return 'previous';
    case ' ':
      return press.shiftKey ? 'previous' : 'next';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'n':
    case 'N':
      return 'toggle-notes';
    case 'b':
    case 'B':
    case '.':
      return 'blank';
    default:
      return null;
  }
}

/** The parts of an event target the filter looks at (an Element fits). */
export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
  getAttribute?(name: string): string | null;
}

// Input types one does not type into: the presenter keys go past them, except
// the keys they use themselves (Space presses, arrows move between radios).
const nonTypingInputTypes = new Set([
  'button',
  'checkbox',
  'color',
  'file',
  'image',
  'radio',
  'reset',
  'submit',
]);
const typingRoles = new Set(['textbox', 'searchbox', 'combobox', 'slider', 'spinbutton']);
// What Space presses. Not links: on a link Space only scrolls, so it may as well move on.
const activatingTags = new Set(['BUTTON', 'SUMMARY']);
const activatingRoles = new Set([
  'button',
  'option',
  'checkbox',
  'radio',
  'switch',
  'menuitem',
  'tab',
]);
const arrowKeys = new Set(['ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown']);

/**
 * Whether the focused element is a field being typed in (a text input, a
 * textarea, a select, anything contenteditable or acting as a text box): such a
 * field keeps every key but Escape, which leaves it.
 */
export function isTypingField(target: KeyTarget | null): boolean {
  if (!target) return false;
  if (target.isContentEditable === true) return true;
  if (target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.tagName === 'INPUT') {
    const type = (target.getAttribute?.('type') ?? 'text').toLowerCase();
    return !nonTypingInputTypes.has(type);
  }
  const role = target.getAttribute?.('role');
  return role != null && typingRoles.has(role);
}

/**
 * Whether presenter keys must be left to the focused element: everything in a
 * field being typed in; Space on anything Space activates (a focused button
 * must still press; a focused link does not take Space); the arrows on a radio
 * button, which move to the next one. The paging keys and B/. pass everything
 * else, so a clicker keeps working after a click on a button or a radio.
 */
export function keyBelongsToTarget(key: string, target: KeyTarget | null): boolean {
  if (!target) return false;
  if (isTypingField(target)) return true;
  const role = target.getAttribute?.('role');
  const type = target.tagName === 'INPUT' ? (target.getAttribute?.('type') ?? '') : '';
  if (key === ' ') {
    return (
      activatingTags.has(target.tagName) ||
      target.tagName === 'INPUT' ||
      (role != null && activatingRoles.has(role))
    );
  }
  if (arrowKeys.has(key)) return type === 'radio' || role === 'radio';
  return false;
}

/**
 * Whether `key` should take the focus out of the field it is in: Escape, in a
 * field being typed in, so that the clicker works again.
 */
export function keyLeavesField(key: string, target: KeyTarget | null): boolean {
  return key === 'Escape' && isTypingField(target);
}

/** How a focused element scrolls: its computed overflow and its sizes (an Element fits, with its style). */
export interface ScrollBox {
  overflowX: string;
  overflowY: string;
  scrollWidth: number;
  clientWidth: number;
  scrollHeight: number;
  clientHeight: number;
}

const horizontalScrollKeys = new Set(['ArrowLeft', 'ArrowRight']);
const verticalScrollKeys = new Set([' ', 'PageUp', 'PageDown', 'Home', 'End']);

/**
 * Whether `key` scrolls the focused element itself. A scroll container that
 * keyboard users reach with Tab (a wide table in a focusable region) must keep
 * the keys that scroll it, or what overflows cannot be reached by keyboard.
 */
export function keyScrollsTarget(key: string, box: ScrollBox): boolean {
  const scrolls = (overflow: string) => overflow === 'auto' || overflow === 'scroll';
  if (horizontalScrollKeys.has(key)) {
    return scrolls(box.overflowX) && box.scrollWidth > box.clientWidth;
  }
  if (verticalScrollKeys.has(key)) {
    return scrolls(box.overflowY) && box.scrollHeight > box.clientHeight;
  }
  return false;
}
