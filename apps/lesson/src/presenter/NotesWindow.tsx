import { useEffect, useRef } from 'react';
import { useLanguage, useUi } from '../shell/page-language.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { useLesson } from '../step/lesson-data.js';
import { moveFrom, type Position } from '../routing/positions.js';
import { useGoTo } from '../routing/use-route.js';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel.js';
import { SpeakerNotes } from './SpeakerNotes.js';

/**
 * The speaker-notes window (`#/<lang>/notes/<chapter>/<step>`), meant for the
 * teacher's own screen. It follows the presenter window over the presenter
 * channel and can move it with its own Previous/Next.
 */
export function NotesWindow({ position }: { position: Position }) {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const goTo = useGoTo();
  const channel = useRef<PresenterChannel | null>(null);
  const latestGoTo = useRef(goTo);
  useEffect(() => {
    latestGoTo.current = goTo;
  });

  useDocumentTitle(`${t('notes.windowTitle')}: ${position.step.title}`);

  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type !== 'position') return;
      latestGoTo.current(
        { kind: 'notes', lang: message.lang, chapter: message.chapter, step: message.step },
        { replace: true },
      );
    });
    channel.current = opened;
    opened.post({ type: 'hello' });
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);

  const command = (move: 'next' | 'previous') => {
    channel.current?.post({ type: 'command', move });
  };

  return (
    <div className="page e2k-root notes-window" data-scale="projector">
      <main className="page__main">
        <p className="notes-window__where">
          {t('nav.progress', {
            step: position.stepIndex + 1,
            steps: position.chapter.steps.length,
            chapter: position.chapterIndex + 1,
            chapters: content.chapters.length,
          })}
        </p>
        <h1 className="notes-window__title">{position.step.title}</h1>
        <SpeakerNotes position={position} next={moveFrom(content, position, 'next')} />
        <div className="notes-window__controls">
          <button
            type="button"
            className="e2k-button"
            onClick={() => {
              command('previous');
            }}
          >
            <span aria-hidden="true">← </span>
            {t('nav.previous')}
          </button>
          <button
            type="button"
            className="e2k-button e2k-button--primary"
            onClick={() => {
              command('next');
            }}
          >
            {t('nav.next')}
            <span aria-hidden="true"> →</span>
          </button>
        </div>
        <p className="notes-window__following">{t('notes.following')}</p>
      </main>
    </div>
  );
}
