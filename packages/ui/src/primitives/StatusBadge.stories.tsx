import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { StatusBadge, badgeStatuses } from './StatusBadge.js';

const meta = {
  title: 'Primitives/StatusBadge',
  component: StatusBadge,
  args: { status: 'can-read' },
  argTypes: { status: { control: 'select', options: badgeStatuses } },
} satisfies Meta<typeof StatusBadge>;

export default meta;
type Story = StoryObj<typeof meta>;

export const CanRead: Story = {
  args: { status: 'can-read' },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('Can read')).toBeVisible();
  },
};
export const CannotRead: Story = { args: { status: 'cannot-read' } };
export const Ghost: Story = { args: { status: 'ghost' } };
export const Attacker: Story = { args: { status: 'attacker' } };
export const Provider: Story = { args: { status: 'provider' } };
export const Warning: Story = { args: { status: 'warning' } };
export const Ok: Story = { args: { status: 'ok' } };

/** Words from the app's translation instead of the English defaults. */
export const Translated: Story = {
  args: { status: 'cannot-read', children: 'Ne peut pas lire' },
  render: (args) => (
    <span lang="fr">
      <StatusBadge {...args} />
    </span>
  ),
};

/** Every status side by side, as they appear in a who-can-read table. */
export const AllStatuses: Story = {
  render: () => (
    <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem' }}>
      {badgeStatuses.map((status) => (
        <StatusBadge key={status} status={status} />
      ))}
    </div>
  ),
};
