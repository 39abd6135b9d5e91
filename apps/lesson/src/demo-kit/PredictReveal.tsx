import { Icon } from '@e2ee-kit/ui';
import { useId } from 'react';
import { useDemoT } from './use-demo-t.js';

/** One answer the class can bet on. */
export interface PredictChoice {
  id: string;
  text: string;
}

export interface PredictRevealProps {
  /** The question asked before the demo runs, e.g. “Will the Ghost read the old messages?”. */
  question: string;
  /** Two or three answers, in the order shown (lettered A, B, C). */
  choices: readonly PredictChoice[];
  /** The id of the right choice. */
  answer: string;
  /** Whether the demo has run and shown the answer: then the right choice is marked. */
  revealed: boolean;
  /** One line saying why, shown once revealed. */
  explanation?: string;
  /**
   * Votes per choice id, when they are known (a show of hands typed in, or
   * phones in a live classroom). Without it, no counts are shown.
   */
  counts?: Readonly<Record<string, number>>;
  /** Level of the "Predict first" heading: 3 inside a demo (default), 2 on a page of its own (the live projector). */
  headingLevel?: 2 | 3;
  /** What to do before the reveal. Default: "Hands up for an answer, then run the demo." */
  prompt?: string;
}

const letters = ['A', 'B', 'C', 'D'];

/**
 * “Predict, then reveal”: before a key moment of a demo, the slide asks the
 * class a question with two or three answers; the teacher takes a show of
 * hands, runs the demo, and the right answer is marked (a word and a ✓, not
 * colour alone) with one line of why. It only shows; the demo decides when
 * `revealed` turns true, and a later live classroom can pass `counts`.
 */
export function PredictReveal({
  question,
  choices,
  answer,
  revealed,
  explanation,
  counts,
  headingLevel = 3,
  prompt,
}: PredictRevealProps) {
  const t = useDemoT();
  const headingId = useId();
  const Heading = `h${headingLevel}` as const;
  return (
    <section
      className="predict"
      aria-labelledby={headingId}
      data-testid="predict"
      data-revealed={revealed}
    >
      <Heading id={headingId} className="predict__heading">
        {t('predict.heading')}
      </Heading>
      <p className="predict__question">{question}</p>
      <ol className="predict__choices">
        {choices.map((choice, index) => {
          const right = revealed && choice.id === answer;
          return (
            <li
              key={choice.id}
              className="predict__choice"
              data-right={revealed ? String(choice.id === answer) : undefined}
            >
              <span className="predict__letter" aria-hidden="true">
                {letters[index]}
              </span>
              <span className="predict__text">{choice.text}</span>
              {counts ? (
                <span className="predict__count">
                  {t('predict.votes', { count: counts[choice.id] ?? 0 })}
                </span>
              ) : null}
              {right ? (
                <strong className="predict__right">
                  <Icon name="check" /> {t('predict.right')}
                </strong>
              ) : null}
            </li>
          );
        })}
      </ol>
      <p className="predict__outcome" role="status">
        {revealed ? explanation : (prompt ?? t('predict.hands'))}
      </p>
    </section>
  );
}
