import { useId, useState } from 'react';
import { useUi } from '../../shell/page-language.js';
import type { DemoProps } from '../../demo-kit/demo-props.js';

/** localStorage key of the student's answer; one answer whatever the language. */
export const exitAnswerStorageKey = 'e2ee-kit:exit-answer';

function readAnswer(): string {
  try {
    return localStorage.getItem(exitAnswerStorageKey) ?? '';
  } catch {
    return '';
  }
}

/**
 * The exit question: a text box the student writes in, kept on this device
 * only (localStorage) so that a reload or a language switch loses nothing.
 */
export function ExitQuestionDemo({ content }: DemoProps) {
  const t = useUi();
  const fieldId = useId();
  const hintId = useId();
  const [answer, setAnswer] = useState(readAnswer);
  const [saved, setSaved] = useState<boolean | null>(null);
  return (
    <div className="exit-question">
      <label htmlFor={fieldId} className="exit-question__prompt">
        {content.exitQuestion.prompt}
      </label>
      <p id={hintId} className="exit-question__hint">
        {content.exitQuestion.hint}
      </p>
      <textarea
        id={fieldId}
        aria-describedby={hintId}
        rows={6}
        value={answer}
        onChange={(event) => {
          const value = event.target.value;
          setAnswer(value);
          try {
            localStorage.setItem(exitAnswerStorageKey, value);
            setSaved(true);
          } catch {
            setSaved(false);
          }
        }}
      />
      <p role="status" className="exit-question__status">
        {saved === true
          ? t('exitQuestion.saved')
          : saved === false
            ? t('exitQuestion.notSaved')
            : ''}
      </p>
    </div>
  );
}
