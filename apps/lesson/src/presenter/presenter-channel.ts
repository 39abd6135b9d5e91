import { isLanguage, isSlug, type Language } from '../routing/routes.js';

/** Messages between the presenter window and its notes window. */
export type PresenterMessage =
  /** Presenter → notes: where the presentation is now. */
  | { type: 'position'; lang: Language; chapter: string; step: string }
  /** Notes → presenter: move (the notes window has its own Previous/Next). */
  | { type: 'command'; move: 'next' | 'previous' }
  /** Notes → presenter: "I just opened, where are we?" */
  | { type: 'hello' };

export interface PresenterChannel {
  post(message: PresenterMessage): void;
  close(): void;
}

const channelName = 'e2ee-kit:presenter';
const storageKey = 'e2ee-kit:presenter-message';

/** Checks a message from another window before acting on it. */
export function parsePresenterMessage(data: unknown): PresenterMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'position':
      return isLanguage(m.lang) && isSlug(m.chapter) && isSlug(m.step)
        ? { type: 'position', lang: m.lang, chapter: m.chapter, step: m.step }
        : null;
    case 'command':
      return m.move === 'next' || m.move === 'previous' ? { type: 'command', move: m.move } : null;
    case 'hello':
      return { type: 'hello' };
    default:
      return null;
  }
}

/**
 * A channel between windows of the app: BroadcastChannel, or where that is
 * missing, the `storage` event that another window's localStorage write
 * fires. Neither delivers a window's own messages back to it.
 */
export function openPresenterChannel(
  onMessage: (message: PresenterMessage) => void,
): PresenterChannel {
  const deliver = (data: unknown) => {
    const message = parsePresenterMessage(data);
    if (message) onMessage(message);
  };

  if (typeof BroadcastChannel === 'function') {
    const channel = new BroadcastChannel(channelName);
    const onBroadcast = (event: MessageEvent) => {
      deliver(event.data);
    };
    channel.addEventListener('message', onBroadcast);
    return {
      post(message) {
        channel.postMessage(message);
      },
      close() {
        channel.removeEventListener('message', onBroadcast);
        channel.close();
      },
    };
  }

  const onStorage = (event: StorageEvent) => {
    if (event.key !== storageKey || event.newValue === null) return;
    try {
      deliver((JSON.parse(event.newValue) as { message: unknown }).message);
    } catch {
      // Not ours, or truncated: ignore.
    }
  };
  addEventListener('storage', onStorage);
  return {
    post(message) {
      try {
        // A fresh stamp makes every write a change, so that repeats still fire `storage`.
        localStorage.setItem(storageKey, JSON.stringify({ message, stamp: Math.random() }));
      } catch {
        // No way to reach the other window; the notes simply stop following.
      }
    },
    close() {
      removeEventListener('storage', onStorage);
    },
  };
}
