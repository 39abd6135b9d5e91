import { userEvent } from 'vitest/browser';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { ghostQuestion, voteQuestion } from '../fixtures/quiz.js';
import { QuizQuestion, gradeQuiz, type QuizResult } from './QuizQuestion.js';

describe(gradeQuiz, () => {
  const { choices } = ghostQuestion;

  test('exactly the right answers is correct', () => {
    const result = gradeQuiz('q', 'multiple', choices, ['ghost', 'bob']);
    expect(result).toEqual({
      questionId: 'q',
      kind: 'multiple',
      correct: true,
      selectedIds: ['bob', 'ghost'],
      correctIds: ['bob', 'ghost'],
      wrongIds: [],
      missedIds: [],
    });
  });

  test('a missing right answer or an extra wrong one is not', () => {
    expect(gradeQuiz('q', 'multiple', choices, ['bob']).missedIds).toEqual(['ghost']);
    const extra = gradeQuiz('q', 'multiple', choices, ['bob', 'ghost', 'carol']);
    expect(extra.correct).toBe(false);
    expect(extra.wrongIds).toEqual(['carol']);
  });

  test('unknown ids are ignored', () => {
    expect(gradeQuiz('q', 'multiple', choices, ['nobody']).selectedIds).toEqual([]);
  });
});

describe(QuizQuestion, () => {
  test('single: radio buttons in a fieldset named by the prompt', async () => {
    const screen = await render(<QuizQuestion {...voteQuestion} />);
    const group = screen.getByRole('group', { name: voteQuestion.prompt as string });
    await expect.element(group).toHaveAccessibleDescription('Choose one answer.');
    expect(screen.getByRole('radio').all()).toHaveLength(3);
  });

  test('multiple: check boxes', async () => {
    const screen = await render(<QuizQuestion {...ghostQuestion} />);
    expect(screen.getByRole('checkbox').all()).toHaveLength(4);
  });

  test('works with the keyboard alone and reports the result', async () => {
    const onAnswered = vi.fn<(result: QuizResult) => void>();
    const screen = await render(<QuizQuestion {...voteQuestion} onAnswered={onAnswered} />);
    await userEvent.keyboard('{Tab}');
    await expect.element(screen.getByRole('radio', { name: /refused/ })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}');
    await expect.element(screen.getByRole('radio', { name: /accepted/ })).toBeChecked();
    await userEvent.keyboard('{Tab}{Enter}');
    await expect.element(screen.getByRole('status')).toHaveTextContent(/not quite/i);
    expect(onAnswered).toHaveBeenCalledExactlyOnceWith(
      expect.objectContaining({ correct: false, selectedIds: ['accepted'] }),
    );
  });

  test('verdicts are linked to their inputs and cleared when the choice changes', async () => {
    const screen = await render(<QuizQuestion {...voteQuestion} />);
    const accepted = screen.getByRole('radio', { name: /accepted/ });
    await accepted.click();
    await screen.getByRole('button', { name: 'Check answer' }).click();
    await expect
      .element(accepted)
      .toHaveAccessibleDescription(
        'Incorrect. The 119 votes were against the measure, not for it.',
      );
    await screen.getByRole('radio', { name: /refused/ }).click();
    await expect.element(accepted).not.toHaveAttribute('aria-describedby');
    await expect.element(screen.getByRole('status')).toHaveTextContent('');
  });

  test('checking with nothing chosen asks for an answer and reports nothing', async () => {
    const onAnswered = vi.fn<(result: QuizResult) => void>();
    const screen = await render(<QuizQuestion {...voteQuestion} onAnswered={onAnswered} />);
    await screen.getByRole('button', { name: 'Check answer' }).click();
    await expect.element(screen.getByRole('status')).toHaveTextContent('Choose an answer first.');
    expect(onAnswered).not.toHaveBeenCalled();
  });

  test('labels translate it', async () => {
    const screen = await render(
      <QuizQuestion {...voteQuestion} labels={{ check: 'Vérifier', chooseOne: 'Une réponse.' }} />,
    );
    await expect.element(screen.getByRole('button', { name: 'Vérifier' })).toBeVisible();
    await expect.element(screen.getByText('Une réponse.')).toBeVisible();
  });
});
