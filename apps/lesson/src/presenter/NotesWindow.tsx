import { StatusBadge } from '@e2ee-kit/ui';
import { useEffect, useRef, useState } from 'react';
import { useLanguage, useUi } from '../shell/page-language.js';
import { useDocumentTitle } from '../shell/use-document-title.js';
import { useLesson } from '../step/lesson-data.js';
import { moveFrom, type Move, type Position } from '../routing/positions.js';
import { useGoTo } from '../routing/use-route.js';
import { lessonElapsedAt, type ChapterTimersSnapshot } from './chapter-timers.js';
import { isOptionalStep } from './optional-steps.js';
import { openPresenterChannel, type PresenterChannel } from './presenter-channel.js';
import { SpeakerNotes } from './SpeakerNotes.js';
import { elapsedAt, formatElapsed, isOverTime, stoppedTimer } from './timer.js';
import { useNow } from './use-now.js';
import { usePresenterKeys } from './use-presenter-keys.js';
import './presenter-console.css';

/** How much of the next step's first paragraph the console shows. */
const previewLength = 160;

function preview(text: string): string {
  if (text.length <= previewLength) return text;
  const cut = text.slice(0, previewLength);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), previewLength / 2))}…`;
}

/** A clock of the console: elapsed against planned, with a warning once over. */
function ConsoleClock({
  label,
  elapsedMs,
  plannedMinutes,
  plannedLabel,
  testId,
}: {
  label: string;
  elapsedMs: number | null;
  plannedMinutes: number;
  plannedLabel: string;
  testId: string;
}) {
  const t = useUi();
  const over = elapsedMs !== null && isOverTime(elapsedMs, plannedMinutes);
  return (
    <div className="console-clock" data-testid={testId}>
      <span className="console-clock__label">{label}</span>{' '}
      <span className="console-clock__time">
        {elapsedMs === null ? '--:--' : formatElapsed(elapsedMs)}
      </span>{' '}
      <span className="console-clock__planned">{plannedLabel}</span>
      {over ? (
        <>
          {' '}
          <StatusBadge status="warning">{t('timer.overTime')}</StatusBadge>
        </>
      ) : null}
    </div>
  );
}

/**
 * The presenter console (`#/<lang>/notes/<chapter>/<step>`), meant for the
 * teacher's own screen: the current step's notes, the next step's title and a
 * preview, the chapter timer and the lesson's total time (with the "Over time"
 * warning the projected screen never shows). It follows the presenter window
 * over the presenter channel, and drives it: its buttons, and the clicker keys
 * pressed while it has the focus, move the projected window.
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
  const [timers, setTimers] = useState<ChapterTimersSnapshot | null>(null);
  const [blanked, setBlanked] = useState(false);

  useDocumentTitle(`${t('notes.windowTitle')}: ${position.step.title}`);

  useEffect(() => {
    const opened = openPresenterChannel((message) => {
      if (message.type === 'timers') {
        setTimers(message.timers);
        return;
      }
      if (message.type !== 'position') return;
      setBlanked(message.blanked ?? false);
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

  const command = (move: Move) => {
    channel.current?.post({ type: 'command', move });
  };

  usePresenterKeys((action) => {
    if (action === 'blank') channel.current?.post({ type: 'blank' });
    else if (action !== 'toggle-notes') command(action);
  });

  const { chapter, step } = position;
  const next = moveFrom(content, position, 'next');
  const chapterTimer = timers?.byChapter[chapter.slug] ?? stoppedTimer;
  const running =
    timers !== null && Object.values(timers.byChapter).some((x) => x.runningSince !== null);
  const now = useNow(running);
  const plannedLessonMinutes = content.chapters.reduce((sum, c) => sum + c.minutes, 0);
  const nextFirstLine = next?.step.paragraphs[0]?.text;

  return (
    <div className="page e2k-root notes-window" data-scale="normal">
      <main className="page__main console">
        <div className="console__bar">
          <p className="console__where" data-testid="progress">
            {t('nav.progress', {
              step: position.stepIndex + 1,
              steps: chapter.steps.length,
              chapter: position.chapterIndex + 1,
              chapters: content.chapters.length,
            })}
          </p>
          <div className="console__clocks" role="group" aria-label={t('timer.label')}>
            <ConsoleClock
              label={chapter.title}
              elapsedMs={timers ? elapsedAt(chapterTimer, now) : null}
              plannedMinutes={chapter.minutes}
              plannedLabel={t('timer.planned', { minutes: chapter.minutes })}
              testId="console-chapter-clock"
            />
            <ConsoleClock
              label={t('console.lessonTimer')}
              elapsedMs={timers ? lessonElapsedAt(timers, now) : null}
              plannedMinutes={plannedLessonMinutes}
              plannedLabel={t('console.lessonPlanned', { minutes: plannedLessonMinutes })}
              testId="console-lesson-clock"
            />
          </div>
        </div>
        <p className="console__screen" role="status">
          {blanked ? t('console.blanked') : timers === null ? t('console.waiting') : ''}
        </p>
        <div className="console__panes">
          <div className="console__current">
            <h1 className="notes-window__title">{step.title}</h1>
            {isOptionalStep(chapter.slug, step.slug) ? (
              <p className="console__optional" data-testid="console-optional">
                {t('notes.optional')}
              </p>
            ) : null}
            <SpeakerNotes position={position} next={next} />
          </div>
          <section className="console__next" aria-labelledby="console-next-heading">
            <h2 id="console-next-heading" className="console__next-heading">
              {t('console.nextHeading')}
            </h2>
            {next ? (
              <div data-testid="console-next">
                <p className="console__next-title" data-testid="console-next-title">
                  {next.step.title}
                </p>
                {isOptionalStep(next.chapter.slug, next.step.slug) ? (
                  <p className="console__optional">{t('notes.optional')}</p>
                ) : null}
                {next.chapter.slug !== chapter.slug ? (
                  <p className="console__next-chapter">
                    {t('console.nextChapter', {
                      number: next.chapterIndex + 1,
                      title: next.chapter.title,
                    })}
                  </p>
                ) : null}
                {next.step.demo ? (
                  <p className="console__next-demo">{next.step.demoTitle}</p>
                ) : null}
                {nextFirstLine ? (
                  <p className="console__next-preview">{preview(nextFirstLine)}</p>
                ) : null}
              </div>
            ) : (
              <p>{t('notes.lastStep')}</p>
            )}
          </section>
        </div>
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
        <p className="console__hint">{t('console.keysHint')}</p>
        <p className="notes-window__following">{t('notes.following')}</p>
      </main>
    </div>
  );
}
