import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { VoteTally } from './VoteTally.js';

const meta = {
  title: 'Components/VoteTally',
  component: VoteTally,
  // French National Assembly, 20 March 2025, roll-call vote on restoring the encryption clause.
  args: { against: 119, for: 24, seats: 577 },
} satisfies Meta<typeof VoteTally>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The vote of 20 March 2025: 119 against, 24 for, 577 seats. */
export const FrenchAssembly: Story = {
  args: {
    labels: { title: 'French National Assembly, 20 March 2025: restore the encryption clause?' },
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('119 against, 24 for; 434 deputies did not vote.')).toBeVisible();
  },
};

/** The same figure with French words. */
export const Translated: Story = {
  args: {
    locale: 'fr',
    labels: {
      title: 'Assemblée nationale, 20 mars 2025 : rétablir la clause sur le chiffrement ?',
      against: 'Contre',
      for: 'Pour',
      notVoting: 'N’ont pas voté',
      summary: ({ against, for: inFavour, notVoting }) =>
        `${against} contre, ${inFavour} pour ; ${notVoting} députés n’ont pas voté`,
    },
  },
  render: (args) => (
    <div lang="fr">
      <VoteTally {...args} />
    </div>
  ),
};

/** Every seat voted, so the bar has no "did not vote" part. */
export const EveryoneVoted: Story = {
  args: { against: 300, for: 277, seats: 577 },
  play: async ({ canvas }) => {
    await expect(canvas.getByText('300 against, 277 for; 0 deputies did not vote.')).toBeVisible();
  },
};
