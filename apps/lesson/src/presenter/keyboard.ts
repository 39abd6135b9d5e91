import type { Move } from '../routing/positions.js';

/** What a key does in presenter mode. */
export type PresenterAction = Move | 'toggle-notes';

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
 * the lesson; N shows or hides the speaker notes.
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

const typingTags = new Set(['INPUT', 'TEXTAREA', 'SELECT']);
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

/**
 * Whether presenter keys must be left to the focused element: anything one
 * types into, and, for Space, anything Space activates (a focused button must
 * still press; a focused link does not take Space).
 */
export function keyBelongsToTarget(key: string, target: KeyTarget | null): boolean {
  if (!target) return false;
  if (typingTags.has(target.tagName) || target.isContentEditable === true) return true;
  const role = target.getAttribute?.('role');
  if (role === 'textbox' || role === 'slider' || role === 'spinbutton') return true;
  if (key === ' ') {
    return activatingTags.has(target.tagName) || (role != null && activatingRoles.has(role));
  }
  return false;
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
