import { QuizQuestion } from '@e2ee-kit/ui';
import { useState } from 'react';
import { useUi } from '../../shell/page-language.js';
import type { DemoProps } from '../../demo-kit/demo-props.js';
import { useUiLabels } from '../../demo-kit/ui-labels.js';
import { QuizSlides } from './QuizSlides.js';

/**
 * The lesson's quiz: every question of the content's `quiz`, each checked on
 * its own, and a running score of the questions answered right so far. On
 * the projector, one question per screen with a show-of-hands tally
 * (`QuizSlides`).
 */
export function QuizDemo({ content, mode }: DemoProps) {
  if (mode === 'present') return <QuizSlides quiz={content.quiz} />;
  return <StudentQuiz content={content} />;
}

function StudentQuiz({ content }: Pick<DemoProps, 'content'>) {
  const t = useUi();
  const [results, setResults] = useState<Record<string, boolean>>({});
  const answered = Object.values(results);
  const labels = useUiLabels().quizQuestion;
  return (
    <div className="quiz">
      {content.quiz.map((question) => (
        <QuizQuestion
          key={question.id}
          id={question.id}
          prompt={question.prompt}
          kind={question.kind}
          choices={question.choices}
          labels={labels}
          onAnswered={(result) => {
            setResults((was) => ({ ...was, [result.questionId]: result.correct }));
          }}
        />
      ))}
      {answered.length > 0 ? (
        <p className="quiz__score" data-testid="quiz-score">
          {t('quiz.score', {
            right: answered.filter(Boolean).length,
            total: content.quiz.length,
          })}
        </p>
      ) : null}
    </div>
  );
}
