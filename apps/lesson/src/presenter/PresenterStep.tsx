import { useEffect, useRef, useState } from 'react';
import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useLesson } from '../step/lesson-data.js';
import { StepArticle } from '../step/StepArticle.js';
import { StepNavigation } from '../step/StepNavigation.js';
import { buildPath } from '../routing/routes.js';
import { moveFrom, stepRoute, type Move, type Position } from '../routing/positions.js';
import { useGoTo } from '../routing/use-route.js';
import { ChapterTimer } from './ChapterTimer.js';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel.js';
import { SpeakerNotes } from './SpeakerNotes.js';
import { usePresenterKeys } from './use-presenter-keys.js';

const notesPreferenceKey = 'e2ee-kit:notes-shown';

function readNotesShown(): boolean {
  try {
    return sessionStorage.getItem(notesPreferenceKey) === 'true';
  } catch {
    return false;
  }
}

const notesId = 'speaker-notes';

/**
 * A step on the projector, as a slide that fits the screen: title, lead and
 * demo above a thin bar with the progress, the chapter timer, the notes
 * buttons and Previous/Next. Keyboard and clicker navigation, speaker notes
 * on demand (button or N), and a notes window that follows along.
 */
export function PresenterStep({ position }: { position: Position }) {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const goTo = useGoTo();
  const [notesShown, setNotesShown] = useState(readNotesShown);
  const { chapter, step } = position;
  const previous = moveFrom(content, position, 'previous');
  const next = moveFrom(content, position, 'next');

  const toggleNotes = () => {
    setNotesShown((shown) => {
      try {
        sessionStorage.setItem(notesPreferenceKey, String(!shown));
      } catch {
        // Remembered for this page only.
      }
      return !shown;
    });
  };

  const move = (to: Move) => {
    const target = moveFrom(content, position, to);
    if (target) goTo(stepRoute(lang, 'present', target));
  };

  usePresenterKeys((action) => {
    if (action === 'toggle-notes') toggleNotes();
    else move(action);
  });

  // The notes window: tell it where we are, and obey its Previous/Next.
  const channel = useRef<PresenterChannel | null>(null);
  const latestMove = useRef(move);
  const here = { type: 'position', lang, chapter: chapter.slug, step: step.slug } as const;
  const latestHere = useRef(here);
  useEffect(() => {
    latestMove.current = move;
    latestHere.current = here;
  });
  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type === 'hello') opened.post(latestHere.current);
      else if (message.type === 'command') latestMove.current(message.move);
    });
    channel.current = opened;
    return () => {
      opened.close();
      channel.current = null;
    };
  }, []);
  useEffect(() => {
    channel.current?.post({ type: 'position', lang, chapter: chapter.slug, step: step.slug });
  }, [lang, chapter.slug, step.slug]);

  const notesHref = `#${buildPath({ kind: 'notes', lang, chapter: chapter.slug, step: step.slug })}`;

  return (
    <PageFrame
      scale="projector"
      otherMode={{ route: stepRoute(lang, 'student', position), label: t('mode.switchToStudent') }}
    >
      <div className="slide" data-testid="slide">
        <StepArticle position={position} mode="present" />
        {notesShown ? <SpeakerNotes id={notesId} position={position} next={next} /> : null}
        <div className="presenter-bar">
          <p className="presenter-bar__progress" data-testid="progress">
            {t('nav.progress', {
              step: position.stepIndex + 1,
              steps: chapter.steps.length,
              chapter: position.chapterIndex + 1,
              chapters: content.chapters.length,
            })}
          </p>
          <ChapterTimer chapter={chapter.slug} plannedMinutes={chapter.minutes} />
          <div className="presenter-bar__notes">
            <button
              type="button"
              className="e2k-button e2k-button--small"
              aria-expanded={notesShown}
              aria-controls={notesId}
              onClick={toggleNotes}
            >
              {notesShown ? t('notes.hide') : t('notes.show')}
            </button>
            <a
              href={notesHref}
              className="e2k-button e2k-button--small"
              onClick={(event) => {
                event.preventDefault();
                window.open(notesHref, 'e2ee-kit-notes', 'popup,width=720,height=640');
              }}
            >
              {t('notes.openWindow')}
            </a>
          </div>
          <StepNavigation previous={previous} next={next} mode="present" />
          <p className="presenter-help">{t('nav.presenterHelp')}</p>
        </div>
      </div>
    </PageFrame>
  );
}
