import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { effWinForEncryption, leMondeNuitAgitee } from '../fixtures/news.js';
import { NewsCard } from './NewsCard.js';

const meta = {
  title: 'Components/NewsCard',
  component: NewsCard,
  args: effWinForEncryption,
} satisfies Meta<typeof NewsCard>;

export default meta;
type Story = StoryObj<typeof meta>;

/** A source with a short attributed quote. */
export const WithQuote: Story = {
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('article', { name: effWinForEncryption.headline })).toBeVisible();
    await expect(canvas.getByText('March 21, 2025')).toBeVisible();
    const link = canvas.getByRole('link', { name: /opens in a new tab/i });
    await expect(link).toHaveAttribute('href', effWinForEncryption.url);
  },
};

/** A French headline on an English page, without a quote. */
export const WithoutQuote: Story = {
  args: leMondeNuitAgitee,
};

/** The French page: date and link text in French. */
export const French: Story = {
  args: {
    ...leMondeNuitAgitee,
    locale: 'fr',
    summary:
      'Après la panne du vote électronique, les 577 députés ont été appelés un par un ; peu avant minuit, les amendements ont été rejetés par 119 voix contre 24.',
  },
  render: (args) => (
    <div lang="fr">
      <NewsCard {...args} />
    </div>
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('21 mars 2025')).toBeVisible();
    await expect(canvas.getByRole('link', { name: /nouvel onglet/ })).toBeVisible();
  },
};
