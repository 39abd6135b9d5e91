import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { Icon, iconNames } from './Icon.js';

const meta = {
  title: 'Primitives/Icon',
  component: Icon,
  args: { name: 'lock' },
} satisfies Meta<typeof Icon>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Decorative (the usual case): hidden from assistive technology, text beside it says what it means. */
export const Decorative: Story = {
  render: (args) => (
    <p>
      <Icon {...args} /> Cannot read
    </p>
  ),
  play: async ({ canvasElement }) => {
    const svg = canvasElement.querySelector('svg[data-icon="lock"]');
    await expect(svg).toHaveAttribute('aria-hidden', 'true');
  },
};

/** Standalone: with `title` it becomes an image with an accessible name. */
export const WithTitle: Story = {
  args: { name: 'warning', title: 'Warning' },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('img', { name: 'Warning' })).toBeVisible();
  },
};

/** The whole set, each with its name. */
export const Gallery: Story = {
  render: () => (
    <ul
      style={{
        display: 'grid',
        gridTemplateColumns: 'repeat(auto-fill, minmax(8rem, 1fr))',
        gap: '1rem',
        listStyle: 'none',
        padding: 0,
        fontSize: '1.25rem',
      }}
    >
      {iconNames.map((name) => (
        <li key={name}>
          <Icon name={name} /> <code>{name}</code>
        </li>
      ))}
    </ul>
  ),
};
