import { useState } from 'react';
import { useLanguage, useUi } from '../shell/page-language.js';
import { PageFrame } from '../shell/PageFrame.js';
import { useLesson } from '../step/lesson-data.js';
import { StepArticle } from '../step/StepArticle.js';
import { StepNavigation } from '../step/StepNavigation.js';
import { buildPath } from '../routing/routes.js';
import { moveFrom, stepRoute, type Move, type Position } from '../routing/positions.js';
import { useGoTo } from '../routing/use-route.js';
import { BlankScreen } from './BlankScreen.js';
import { ChapterTimer } from './ChapterTimer.js';
import { isOptionalStep } from './optional-steps.js';
import { SpeakerNotes } from './SpeakerNotes.js';
import { LiveClassButton } from '../live/teacher/LiveClassButton.js';
import { useConsoleLink } from './use-console-link.js';
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
 * on demand (button or N, over the slide), a blank screen (B or .), and a
 * notes window (the presenter console) that follows along and drives it.
 */
export function PresenterStep({ position }: { position: Position }) {
  const t = useUi();
  const lang = useLanguage();
  const content = useLesson(lang);
  const goTo = useGoTo();
  const [notesShown, setNotesShown] = useState(readNotesShown);
  const [blanked, setBlanked] = useState(false);
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
    else if (action === 'blank') setBlanked((b) => !b);
    else move(action);
  });

  // The console (notes window): tell it where we are, and obey it. While the
  // screen is blank, any of its commands only brings the slide back, as a key here would.
  useConsoleLink({
    lang,
    chapter: chapter.slug,
    step: step.slug,
    blanked,
    onMove: (to) => {
      if (blanked) setBlanked(false);
      else move(to);
    },
    onBlank: () => {
      setBlanked((b) => !b);
    },
  });

  const notesHref = `#${buildPath({ kind: 'notes', lang, chapter: chapter.slug, step: step.slug })}`;

  return (
    <PageFrame
      scale="projector"
      otherMode={{ route: stepRoute(lang, 'student', position), label: t('mode.switchToStudent') }}
      tools={<LiveClassButton />}
    >
      <div className="slide" data-testid="slide">
        <StepArticle position={position} mode="present" />
        {notesShown ? (
          // Over the slide, not below it, so that N shows them where the teacher is looking.
          // Focusable, so that long notes can be scrolled by keyboard.
          <div className="notes-drawer" tabIndex={0}>
            <SpeakerNotes id={notesId} position={position} next={next} />
          </div>
        ) : null}
        <div className="presenter-bar">
          <p className="presenter-bar__progress" data-testid="progress">
            {t('nav.progress', {
              step: position.stepIndex + 1,
              steps: chapter.steps.length,
              chapter: position.chapterIndex + 1,
              chapters: content.chapters.length,
            })}
            {isOptionalStep(chapter.slug, step.slug) ? ` · ${t('notes.optional')}` : null}
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
      <BlankScreen
        blanked={blanked}
        onShow={() => {
          setBlanked(false);
        }}
      />
    </PageFrame>
  );
}
