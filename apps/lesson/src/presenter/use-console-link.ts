import { useEffect, useRef } from 'react';
import type { Move } from '../routing/positions.js';
import type { Language } from '../routing/routes.js';
import { chapterTimers as defaultTimers, type ChapterTimers } from './chapter-timers.js';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel.js';

export interface ConsoleLinkOptions {
  lang: Language;
  chapter: string;
  step: string;
  blanked: boolean;
  /** The console asks to move (its buttons, or a clicker key pressed in it). */
  onMove: (move: Move) => void;
  /** The console asks to blank the screen, or show it again. */
  onBlank: () => void;
  timers?: ChapterTimers;
}

/**
 * The projector's side of the presenter channel: tells the console (the notes
 * window) where the lesson is, whether the screen is blank and how the chapter
 * timers stand (each window keeps its own sessionStorage, so the console
 * cannot read them itself), and obeys its commands.
 */
export function useConsoleLink({
  lang,
  chapter,
  step,
  blanked,
  onMove,
  onBlank,
  timers = defaultTimers,
}: ConsoleLinkOptions): void {
  const channel = useRef<PresenterChannel | null>(null);
  const here = { type: 'position', lang, chapter, step, blanked } as const;
  const latest = useRef({ here, onMove, onBlank });
  useEffect(() => {
    latest.current = { here, onMove, onBlank };
  });

  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type === 'hello') {
        opened.post(latest.current.here);
        opened.post({ type: 'timers', timers: timers.getSnapshot() });
      } else if (message.type === 'command') latest.current.onMove(message.move);
      else if (message.type === 'blank') latest.current.onBlank();
    });
    channel.current = opened;
    const unsubscribe = timers.subscribe(() => {
      opened.post({ type: 'timers', timers: timers.getSnapshot() });
    });
    return () => {
      unsubscribe();
      opened.close();
      channel.current = null;
    };
  }, [timers]);

  useEffect(() => {
    channel.current?.post({ type: 'position', lang, chapter, step, blanked });
  }, [lang, chapter, step, blanked]);
}
