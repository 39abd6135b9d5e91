import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  YourConversation,
  buildYourConversation,
  type YourConversationData,
} from '../fixtures/your-conversation.js';

const meta = {
  title: 'Crypto views/Your conversation (example)',
  component: YourConversation,
  loaders: [async () => ({ conversation: await buildYourConversation() })],
} satisfies Meta<typeof YourConversation>;

export default meta;
type Story = StoryObj<typeof YourConversation>;

function conversationFrom(loaded: Record<string, unknown>): YourConversationData {
  const data = loaded.conversation;
  if (typeof data !== 'object' || data === null || !('messages' in data)) {
    throw new Error('This story needs its loader.');
  }
  return data as YourConversationData;
}

/** The docs page's example, rendered: a reporter's chat, read from her seat and then from the ghost's. */
export const Newsroom: Story = {
  render: (_args, { loaded }) => <YourConversation {...conversationFrom(loaded)} />,
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.getByText('Dana can read 2 of 2 messages.')).toHaveAttribute(
      'role',
      'status',
    );
    await userEvent.click(canvas.getByRole('radio', { name: /ghost/i }));
    await expect(canvas.getByText('Ghost can read 1 of 2 messages.')).toBeVisible();
    await expect(
      canvas.getByRole('gridcell', { name: 'Ghost cannot read message 1' }),
    ).toBeVisible();
    await expect(canvas.getByRole('gridcell', { name: 'Ghost can read message 2' })).toBeVisible();
  },
};
