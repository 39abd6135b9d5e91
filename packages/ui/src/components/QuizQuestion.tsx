import { useId, useState, type ReactNode, type SubmitEvent } from 'react';
import { classNames } from '../internal/class-names.js';
import { Icon, type IconName } from '../primitives/Icon.js';

/** One answer a student can choose. */
export interface QuizChoice {
  /** Stable id, reported in {@link QuizResult}. */
  id: string;
  text: ReactNode;
  correct: boolean;
  /** Why this answer is right or wrong; shown after checking. */
  feedback?: ReactNode;
}

/** "single": one answer (radio buttons); "multiple": every right answer (check boxes). */
export type QuizKind = 'single' | 'multiple';

/** What {@link QuizQuestion} reports each time the student checks an answer. */
export interface QuizResult {
  questionId: string;
  kind: QuizKind;
  /** True when exactly the right answers were chosen. */
  correct: boolean;
  /** Chosen answers, in the order of the choices. */
  selectedIds: string[];
  /** All right answers. */
  correctIds: string[];
  /** Chosen but wrong. */
  wrongIds: string[];
  /** Right but not chosen. */
  missedIds: string[];
}

/** Words {@link QuizQuestion} shows. Pass some or all of them to translate. */
export interface QuizLabels {
  check: string;
  chooseOne: string;
  chooseAll: string;
  nothingChosen: string;
  /** Verdict on a chosen right answer. */
  correct: string;
  /** Verdict on a chosen wrong answer. */
  incorrect: string;
  /** Verdict on a right answer that was not chosen. */
  missed: string;
  /** One sentence about the whole answer, announced politely. */
  summary: (result: QuizResult) => string;
}

/** The English words of {@link QuizQuestion}. */
export const defaultQuizLabels: QuizLabels = {
  check: 'Check answer',
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every right answer.',
  nothingChosen: 'Choose an answer first.',
  correct: 'Correct',
  incorrect: 'Incorrect',
  missed: 'Right answer, not chosen',
  summary: (result) => {
    if (result.correct) return 'Right, well done.';
    if (result.kind === 'single') return 'Not quite: the right answer is marked.';
    const found = result.correctIds.length - result.missedIds.length;
    return `Not quite: ${found} of ${result.correctIds.length} right answers found, ${result.wrongIds.length} wrong chosen.`;
  },
};

/**
 * Grades a set of chosen answers. Pure: {@link QuizQuestion} uses it, and a
 * lesson can use it to score without rendering.
 *
 * @example
 * ```ts
 * gradeQuiz('q1', 'single', choices, ['b']).correct; // true if only "b" is right
 * ```
 */
export function gradeQuiz(
  questionId: string,
  kind: QuizKind,
  choices: readonly QuizChoice[],
  selectedIds: readonly string[],
): QuizResult {
  const chosen = new Set(selectedIds);
  const selected = choices.filter((c) => chosen.has(c.id));
  const wrongIds = selected.filter((c) => !c.correct).map((c) => c.id);
  const missedIds = choices.filter((c) => c.correct && !chosen.has(c.id)).map((c) => c.id);
  return {
    questionId,
    kind,
    correct: wrongIds.length === 0 && missedIds.length === 0,
    selectedIds: selected.map((c) => c.id),
    correctIds: choices.filter((c) => c.correct).map((c) => c.id),
    wrongIds,
    missedIds,
  };
}

/** Props of {@link QuizQuestion}; `id`, `prompt`, `kind` and `choices` match a lesson's quiz data. */
export interface QuizQuestionProps {
  /** Stable id of the question, reported in {@link QuizResult}. */
  id: string;
  /** The question, shown as the fieldset's legend. */
  prompt: ReactNode;
  kind: QuizKind;
  choices: readonly QuizChoice[];
  /** Called each time the student checks an answer (not when nothing is chosen). */
  onAnswered?: (result: QuizResult) => void;
  /** Words to use instead of the English defaults. */
  labels?: Partial<QuizLabels>;
  className?: string;
}

type Verdict = 'correct' | 'incorrect' | 'missed';

const verdictIcons: Record<Verdict, IconName> = {
  correct: 'check',
  incorrect: 'cross',
  missed: 'check',
};

function verdictOf(choice: QuizChoice, result: QuizResult): Verdict | undefined {
  const chosen = result.selectedIds.includes(choice.id);
  if (chosen) return choice.correct ? 'correct' : 'incorrect';
  return choice.correct ? 'missed' : undefined;
}

/**
 * A quiz question in a `<fieldset>` with its `<legend>`: radio buttons for
 * `single`, check boxes for `multiple`, and a "Check answer" button.
 *
 * After checking, each chosen answer says "Correct" or "Incorrect" (icon +
 * text, linked to its input with `aria-describedby`), right answers that were
 * missed are marked, and a polite live region sums up. Changing the choice
 * clears the verdicts so the student can try again. Everything works with the
 * keyboard alone (native inputs and a submit button).
 *
 * @example
 * ```tsx
 * <QuizQuestion
 *   id="ghost-1"
 *   prompt="Who can read a message once the ghost has joined?"
 *   kind="multiple"
 *   choices={choices}
 *   onAnswered={(result) => save(result)}
 * />
 * ```
 */
export function QuizQuestion({
  id,
  prompt,
  kind,
  choices,
  onAnswered,
  labels,
  className,
}: QuizQuestionProps) {
  const words = { ...defaultQuizLabels, ...labels };
  const baseId = useId();
  const [selectedIds, setSelectedIds] = useState<string[]>([]);
  const [result, setResult] = useState<QuizResult | undefined>(undefined);
  const [nothingChosen, setNothingChosen] = useState(false);

  function choose(choiceId: string, checked: boolean) {
    setSelectedIds((was) => {
      if (kind === 'single') return checked ? [choiceId] : was;
      return checked ? [...was, choiceId] : was.filter((other) => other !== choiceId);
    });
    setResult(undefined);
    setNothingChosen(false);
  }

  function check(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (selectedIds.length === 0) {
      setNothingChosen(true);
      return;
    }
    const graded = gradeQuiz(id, kind, choices, selectedIds);
    setResult(graded);
    onAnswered?.(graded);
  }

  const instructionsId = `${baseId}-instructions`;

  return (
    <form
      className={classNames('e2k-quiz', className)}
      data-question-id={id}
      onSubmit={check}
      noValidate
    >
      <fieldset className="e2k-quiz__fieldset" aria-describedby={instructionsId}>
        <legend className="e2k-quiz__legend">{prompt}</legend>
        <p id={instructionsId} className="e2k-quiz__instructions">
          {kind === 'single' ? words.chooseOne : words.chooseAll}
        </p>
        <ul className="e2k-quiz__choices">
          {choices.map((choice, index) => {
            const inputId = `${baseId}-choice-${index}`;
            const feedbackId = `${baseId}-feedback-${index}`;
            const verdict = result && verdictOf(choice, result);
            return (
              <li key={choice.id} className="e2k-quiz__choice" data-result={verdict}>
                <label className="e2k-quiz__label" htmlFor={inputId}>
                  <input
                    id={inputId}
                    type={kind === 'single' ? 'radio' : 'checkbox'}
                    name={`${baseId}-answer`}
                    value={choice.id}
                    checked={selectedIds.includes(choice.id)}
                    onChange={(event) => {
                      choose(choice.id, event.currentTarget.checked);
                    }}
                    aria-describedby={verdict ? feedbackId : undefined}
                  />
                  <span>{choice.text}</span>
                </label>
                {verdict && (
                  <p
                    id={feedbackId}
                    className={`e2k-quiz__feedback e2k-quiz__feedback--${verdict}`}
                  >
                    <Icon name={verdictIcons[verdict]} />
                    <span>
                      <span className="e2k-quiz__verdict">{words[verdict]}.</span>
                      {choice.feedback && <> {choice.feedback}</>}
                    </span>
                  </p>
                )}
              </li>
            );
          })}
        </ul>
      </fieldset>
      <div className="e2k-quiz__actions">
        <button type="submit" className="e2k-button e2k-button--primary">
          {words.check}
        </button>
        <p className="e2k-quiz__summary" role="status" aria-live="polite">
          {result && (
            <>
              <Icon name={result.correct ? 'check' : 'warning'} /> {words.summary(result)}
            </>
          )}
          {!result && nothingChosen && (
            <>
              <Icon name="warning" /> {words.nothingChosen}
            </>
          )}
        </p>
      </div>
    </form>
  );
}
