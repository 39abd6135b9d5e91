import { useEffect, useRef, useState } from 'react';
import type { TeacherCommand } from './commands.js';
import { openTeacherChannel, type ProjectorState, type TeacherChannel } from './teacher-channel.js';

/** How long the console waits for the projector to answer a command. */
const answerTimeoutMs = 30_000;

export interface ProjectorLink {
  /** The projector's last state, or null until it answers. */
  state: ProjectorState | null;
  /** Sends a command; resolves with null when done, or with the error's message. */
  send: (command: TeacherCommand) => Promise<string | null>;
}

let counter = 0;

/** The console's side of the teacher channel: says hello, keeps the projector's state, sends commands. */
export function useProjectorLink(): ProjectorLink {
  const [state, setState] = useState<ProjectorState | null>(null);
  const channel = useRef<TeacherChannel | null>(null);
  const pending = useRef(new Map<string, (error: string | null) => void>());

  useEffect(() => {
    const waiting = pending.current;
    const opened = openTeacherChannel((message) => {
      if (message.type === 'state') setState(message.state);
      else if (message.type === 'done') {
        waiting.get(message.id)?.(message.error);
        waiting.delete(message.id);
      }
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
      for (const resolve of waiting.values()) resolve('closed');
      waiting.clear();
    };
  }, []);

  const send = (command: TeacherCommand) =>
    new Promise<string | null>((resolve) => {
      const opened = channel.current;
      if (!opened) {
        resolve('closed');
        return;
      }
      counter += 1;
      const id = `${Date.now().toString(36)}-${counter}`;
      const timer = setTimeout(() => {
        pending.current.delete(id);
        resolve('no answer from the projector window');
      }, answerTimeoutMs);
      pending.current.set(id, (error) => {
        clearTimeout(timer);
        resolve(error);
      });
      opened.post({ type: 'command', id, command });
    });

  return { state, send };
}
