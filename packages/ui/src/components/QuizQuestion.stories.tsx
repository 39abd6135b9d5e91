import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, fn } from 'storybook/test';
import { ghostQuestion, voteQuestion } from '../fixtures/quiz.js';
import { QuizQuestion } from './QuizQuestion.js';

const meta = {
  title: 'Components/QuizQuestion',
  component: QuizQuestion,
  args: { ...voteQuestion, onAnswered: fn() },
} satisfies Meta<typeof QuizQuestion>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One answer to choose (radio buttons), nothing chosen yet. */
export const SingleUnanswered: Story = {};

/** Checking with nothing chosen asks for an answer and reports nothing. */
export const SingleNothingChosen: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('button', { name: 'Check answer' }));
    await expect(canvas.getByRole('status')).toHaveTextContent('Choose an answer first.');
    await expect(args.onAnswered).not.toHaveBeenCalled();
  },
};

/** The right answer, chosen with the keyboard and checked. */
export const SingleAnsweredCorrectly: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('radio', { name: /refused/ })).toHaveFocus();
    await userEvent.keyboard(' ');
    await expect(canvas.getByRole('radio', { name: /refused/ })).toBeChecked();
    await userEvent.tab();
    await expect(canvas.getByRole('button', { name: 'Check answer' })).toHaveFocus();
    await userEvent.keyboard('{Enter}');
    await expect(canvas.getByRole('status')).toHaveTextContent('Right, well done.');
    await expect(canvas.getByRole('radio', { name: /refused/ })).toHaveAccessibleDescription(
      /^Correct\./,
    );
    await expect(args.onAnswered).toHaveBeenCalledWith(
      expect.objectContaining({
        questionId: 'vote-result',
        correct: true,
        selectedIds: ['refused'],
      }),
    );
  },
};

/** A wrong answer: it is marked incorrect and the right one is shown. */
export const SingleWrong: Story = {
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('radio', { name: /accepted/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Check answer' }));
    await expect(canvas.getByRole('radio', { name: /accepted/ })).toHaveAccessibleDescription(
      /^Incorrect\./,
    );
    await expect(canvas.getByRole('radio', { name: /refused/ })).toHaveAccessibleDescription(
      /^Right answer, not chosen\./,
    );
    await expect(args.onAnswered).toHaveBeenCalledWith(
      expect.objectContaining({ correct: false, wrongIds: ['accepted'], missedIds: ['refused'] }),
    );
  },
};

/** Several right answers (check boxes), nothing chosen yet. */
export const Multiple: Story = {
  args: { ...ghostQuestion },
};

/** One right answer found, one missed and one wrong. */
export const MultiplePartiallyRight: Story = {
  args: { ...ghostQuestion },
  play: async ({ args, canvas, userEvent }) => {
    await userEvent.click(canvas.getByRole('checkbox', { name: 'Bob' }));
    await userEvent.click(canvas.getByRole('checkbox', { name: /Wi-Fi/ }));
    await userEvent.click(canvas.getByRole('button', { name: 'Check answer' }));
    await expect(canvas.getByRole('status')).toHaveTextContent(
      'Not quite: 1 of 2 right answers found, 1 wrong chosen.',
    );
    await expect(canvas.getByRole('checkbox', { name: 'The ghost' })).toHaveAccessibleDescription(
      /^Right answer, not chosen\./,
    );
    await expect(args.onAnswered).toHaveBeenCalledWith(
      expect.objectContaining({ correct: false, wrongIds: ['wifi'], missedIds: ['ghost'] }),
    );
  },
};
