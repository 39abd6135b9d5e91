import type { TeacherSnapshot } from '@e2ee-kit/live';
import { parseTeacherCommand, type TeacherCommand } from './commands.js';
import { isProjectorPanel, type ProjectorPanel } from './panels.js';

/** What the projector tells the console: everything the console shows comes from here. */
export interface ProjectorState {
  readonly snapshot: TeacherSnapshot;
  readonly panel: ProjectorPanel;
  readonly revealed: boolean;
}

/**
 * Messages between the projector window (which holds the teacher's keys and
 * the `LiveTeacher`) and the console window. The keys stay in one window:
 * the console only sends commands and shows the state the projector sends back.
 */
export type TeacherChannelMessage =
  /** Console → projector: "I just opened, send me the state." */
  | { type: 'hello' }
  /** Console → projector: do this; answered by `done` with the same id. */
  | { type: 'command'; id: string; command: TeacherCommand }
  /** Projector → console: the state, after every change. */
  | { type: 'state'; state: ProjectorState }
  /** Projector → console: a command finished; `error` is its message if it failed. */
  | { type: 'done'; id: string; error: string | null };

function parseState(value: unknown): ProjectorState | null {
  if (typeof value !== 'object' || value === null) return null;
  const s = value as Record<string, unknown>;
  if (!isProjectorPanel(s.panel) || typeof s.revealed !== 'boolean') return null;
  // The snapshot comes from this app's other window (same origin, structured
  // clone), and is only shown: its root and lists are checked, not every field.
  const snapshot = s.snapshot as Record<string, unknown> | null;
  if (typeof snapshot !== 'object' || snapshot === null) return null;
  const lists = ['directory', 'roster', 'traffic', 'columns', 'matrix', 'reports'];
  if (!lists.every((key) => Array.isArray(snapshot[key]))) return null;
  return {
    snapshot: snapshot as unknown as TeacherSnapshot,
    panel: s.panel,
    revealed: s.revealed,
  };
}

/** Checks a message from another window before acting on it; null if it is not one. */
export function parseTeacherChannelMessage(data: unknown): TeacherChannelMessage | null {
  if (typeof data !== 'object' || data === null) return null;
  const m = data as Record<string, unknown>;
  switch (m.type) {
    case 'hello':
      return { type: 'hello' };
    case 'command': {
      const command = parseTeacherCommand(m.command);
      return command && typeof m.id === 'string' ? { type: 'command', id: m.id, command } : null;
    }
    case 'state': {
      const state = parseState(m.state);
      return state ? { type: 'state', state } : null;
    }
    case 'done':
      return typeof m.id === 'string' && (m.error === null || typeof m.error === 'string')
        ? { type: 'done', id: m.id, error: m.error }
        : null;
    default:
      return null;
  }
}

export interface TeacherChannel {
  post(message: TeacherChannelMessage): void;
  close(): void;
}

export const teacherChannelName = 'e2ee-kit:live-teacher';

/**
 * A BroadcastChannel between the teacher's two windows (same origin, same
 * browser). Without BroadcastChannel the console cannot reach the projector:
 * `post` does nothing and the console says it waits for the projector.
 */
export function openTeacherChannel(
  onMessage: (message: TeacherChannelMessage) => void,
): TeacherChannel {
  if (typeof BroadcastChannel !== 'function') return { post() {}, close() {} };
  const channel = new BroadcastChannel(teacherChannelName);
  const onBroadcast = (event: MessageEvent) => {
    const message = parseTeacherChannelMessage(event.data);
    if (message) onMessage(message);
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
