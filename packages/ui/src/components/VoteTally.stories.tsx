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
    await expect(
      canvas.getByText('143 votes cast out of 577 seats: 119 against, 24 for.'),
    ).toBeVisible();
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
      notVoting: 'Pas de vote exprimé',
      summary: ({ against, for: inFavour, seats }) =>
        `${against + inFavour} votes exprimés sur ${seats} sièges\u00a0: ${against} contre, ${inFavour} pour`,
    },
  },
  render: (args) => (
    <div lang="fr">
      <VoteTally {...args} />
    </div>
  ),
};

/** Every seat voted, so the bar has no "no vote cast" part. */
export const EveryoneVoted: Story = {
  args: { against: 300, for: 277, seats: 577 },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText('577 votes cast out of 577 seats: 300 against, 277 for.'),
    ).toBeVisible();
  },
};
