import { Icon } from '@e2ee-kit/ui';
import { useEffect, useId, useRef, useState } from 'react';
import type { QuizQuestionContent } from '../../content/types.js';
import { useUi } from '../../shell/page-language.js';

const letters = ['A', 'B', 'C', 'D', 'E', 'F'];

type Tally = Record<string, Record<string, number>>;

/** Whether a key press belongs to a field being typed in (then R is a letter, not a command). */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return (
    target instanceof HTMLInputElement && target.type !== 'radio' && target.type !== 'checkbox'
  );
}

/**
 * The quiz on the projector: one question per screen, the class answers by a
 * show of hands, the teacher enters the count of hands for each answer (− / +
 * or a number) and sees it as bars, then reveals the right answer(s) with the
 * button or the R key. Counts are kept per question while the page is open.
 */
export function QuizSlides({ quiz }: { quiz: readonly QuizQuestionContent[] }) {
  const t = useUi();
  const [index, setIndex] = useState(0);
  const [revealed, setRevealed] = useState<Record<string, boolean>>({});
  const [tally, setTally] = useState<Tally>({});
  const headingId = useId();
  const question = quiz[index];
  const questionId = question?.id;
  const toggle = useRef(() => {});
  useEffect(() => {
    toggle.current = () => {
      if (questionId !== undefined) {
        setRevealed((was) => ({ ...was, [questionId]: !was[questionId] }));
      }
    };
  }, [questionId]);

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.key !== 'r' && event.key !== 'R') return;
      if (isTyping(event.target)) return;
      event.preventDefault();
      toggle.current();
    };
    addEventListener('keydown', onKeyDown);
    return () => {
      removeEventListener('keydown', onKeyDown);
    };
  }, []);

  if (!question) return null;
  const shown = revealed[question.id] === true;
  const counts = tally[question.id] ?? {};
  const total = question.choices.reduce((sum, choice) => sum + (counts[choice.id] ?? 0), 0);
  const setCount = (choiceId: string, value: number) => {
    const count = Number.isFinite(value) ? Math.max(0, Math.min(999, Math.round(value))) : 0;
    setTally((was) => ({ ...was, [question.id]: { ...was[question.id], [choiceId]: count } }));
  };

  return (
    <section className="quiz-slide" aria-labelledby={headingId} data-testid="quiz-slide">
      <p className="quiz-slide__position">
        {t('quiz.position', { n: index + 1, total: quiz.length })}
        {question.kind === 'multiple' ? ` · ${t('quiz.several')}` : ''}
      </p>
      <h3 id={headingId} className="quiz-slide__prompt">
        {question.prompt}
      </h3>
      <ol className="quiz-slide__choices" aria-label={t('quiz.tally')}>
        {question.choices.map((choice, n) => {
          const letter = letters[n] ?? String(n + 1);
          const count = counts[choice.id] ?? 0;
          const share = total === 0 ? 0 : count / total;
          return (
            <li
              key={choice.id}
              className="quiz-slide__choice"
              data-right={shown ? String(choice.correct) : undefined}
            >
              <span className="quiz-slide__letter" aria-hidden="true">
                {letter}
              </span>
              <span className="quiz-slide__text">
                {choice.text}
                {shown && choice.correct ? (
                  <strong className="quiz-slide__right">
                    {' '}
                    <Icon name="check" /> {t('quiz.right')}
                  </strong>
                ) : null}
              </span>
              <span className="quiz-slide__bar" aria-hidden="true">
                <span style={{ width: `${String(share * 100)}%` }} />
              </span>
              <span className="quiz-slide__count">
                <button
                  type="button"
                  className="e2k-button e2k-button--small"
                  aria-label={t('quiz.fewer', { letter })}
                  disabled={count === 0}
                  onClick={() => {
                    setCount(choice.id, count - 1);
                  }}
                >
                  −
                </button>
                <input
                  type="number"
                  min={0}
                  max={999}
                  inputMode="numeric"
                  className="quiz-slide__input"
                  aria-label={t('quiz.votesFor', { letter })}
                  value={count}
                  onChange={(event) => {
                    setCount(choice.id, event.target.valueAsNumber);
                  }}
                />
                <button
                  type="button"
                  className="e2k-button e2k-button--small"
                  aria-label={t('quiz.more', { letter })}
                  onClick={() => {
                    setCount(choice.id, count + 1);
                  }}
                >
                  +
                </button>
              </span>
            </li>
          );
        })}
      </ol>
      <p className="quiz-slide__feedback" role="status">
        {shown
          ? question.choices
              .filter((choice) => choice.correct)
              .map((choice) => choice.feedback)
              .join(' ')
          : ''}
      </p>
      <div className="quiz-slide__controls">
        <button
          type="button"
          className="e2k-button"
          disabled={index === 0}
          onClick={() => {
            setIndex(index - 1);
          }}
        >
          <span aria-hidden="true">← </span>
          {t('quiz.previous')}
        </button>
        <button
          type="button"
          className="e2k-button e2k-button--primary"
          aria-pressed={shown}
          aria-keyshortcuts="R"
          onClick={() => {
            toggle.current();
          }}
        >
          {shown ? t('quiz.hide') : t('quiz.reveal')}{' '}
          <span className="quiz-slide__key">({t('quiz.revealKey')})</span>
        </button>
        <button
          type="button"
          className="e2k-button"
          disabled={index === quiz.length - 1}
          onClick={() => {
            setIndex(index + 1);
          }}
        >
          {t('quiz.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
    </section>
  );
}
