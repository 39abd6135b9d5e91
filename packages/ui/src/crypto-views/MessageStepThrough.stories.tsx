import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { namesOf, scenarioFrom, scenarioLoaders, type Scenario } from '../fixtures/scenario.js';
import { MessageStepThrough, type MessageStepThroughProps } from './MessageStepThrough.js';

const meta = {
  title: 'Crypto views/MessageStepThrough',
  component: MessageStepThrough,
  loaders: scenarioLoaders,
} satisfies Meta<typeof MessageStepThrough>;

export default meta;
type Story = StoryObj<typeof MessageStepThrough>;

/** Alice's message after the access order, sent and then opened by Bob: the real trace. */
function traced(scenario: Scenario, args: Partial<MessageStepThroughProps>) {
  const { send, open, reader } = scenario.trace;
  return (
    <MessageStepThrough
      names={namesOf(scenario)}
      {...args}
      send={send}
      open={open}
      reader={reader}
    />
  );
}

/** Step 1: the text, as the bytes the phone holds. */
export const FirstStep: Story = {
  render: (args, context) => traced(scenarioFrom(context), args),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Step 1 of 9')).toHaveAttribute('role', 'status');
    await expect(canvas.getByText('Meet at the library at 6?')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /previous/i })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Step 4: one locked copy of the key per recipient — one of them is the hidden ghost's. */
export const WrapForEachRecipient: Story = {
  args: { defaultStep: 3 },
  render: (args, context) => traced(scenarioFrom(context), args),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Step 4 of 9')).toBeVisible();
    await expect(canvas.getAllByRole('figure', { name: /message key locked for/i })).toHaveLength(
      4,
    );
    await expect(canvas.getByText('Not shown on the sender’s screen')).toBeVisible();
    await expect(canvas.getByText(/1 of them is not on the sender’s screen/)).toBeVisible();
  },
};

/** Step 8: Bob unlocks his copy and gets back the very key Alice drew. */
export const UnwrapSameKey: Story = {
  args: { defaultStep: 7 },
  render: (args, context) => traced(scenarioFrom(context), args),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Step 8 of 9')).toBeVisible();
    await expect(canvas.getByText('Same bytes as the message key of step 2')).toBeVisible();
  },
};

/** The last step: Bob's app decrypts the text. "Next" is now unavailable. */
export const LastStep: Story = {
  args: { defaultStep: 8 },
  render: (args, context) => traced(scenarioFrom(context), args),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Step 9 of 9')).toBeVisible();
    await expect(canvas.getByText('Meet at the library at 6?')).toBeVisible();
    await expect(canvas.getByRole('button', { name: /next/i })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
  },
};

/** Buttons, then arrow keys, Home and End while the step has focus. */
export const ButtonsAndKeys: Story = {
  render: (args, context) => traced(scenarioFrom(context), args),
  play: async ({ canvas, userEvent }) => {
    const next = canvas.getByRole('button', { name: /next/i });
    await userEvent.click(next);
    await userEvent.click(next);
    await expect(canvas.getByText('Step 3 of 9')).toBeVisible();
    await expect(canvas.getByRole('heading', { name: 'Encrypt' })).toBeVisible();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByText('Step 4 of 9')).toBeVisible();
    await expect(next).toHaveFocus();
    await userEvent.keyboard('{End}');
    await expect(canvas.getByText('Step 9 of 9')).toBeVisible();
    await userEvent.click(next);
    await expect(canvas.getByText('Step 9 of 9')).toBeVisible();
    await userEvent.keyboard('{ArrowLeft}');
    await expect(canvas.getByText('Step 8 of 9')).toBeVisible();
    await userEvent.keyboard('{Home}');
    await expect(canvas.getByText('Step 1 of 9')).toBeVisible();
    await expect(canvas.getByRole('listitem', { current: 'step' })).toHaveTextContent('The text');
  },
};

/**
 * The ghost tries the first message, sent before the access order: no locked
 * copy opens for it, and the walk ends at "unlock the key".
 */
export const GhostCannotUnwrap: Story = {
  args: { defaultStep: 7 },
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    const { send, open, reader } = scenario.ghostFailsTrace;
    return (
      <MessageStepThrough
        names={namesOf(scenario)}
        {...args}
        send={send}
        open={open}
        reader={reader}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Step 8 of 8')).toBeVisible();
    await expect(canvas.getByText('Failed')).toBeVisible();
    await expect(canvas.getByText(/finds no locked copy it can open/)).toBeVisible();
  },
};

/** Large text for a classroom projector. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  args: { defaultStep: 3 },
  render: (args, context) => traced(scenarioFrom(context), args),
};
