import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { scenarioFrom, scenarioLoaders, type ScenarioSafetyNumber } from '../fixtures/scenario.js';
import { SafetyNumberCheck, type SafetyNumberCheckProps } from './SafetyNumberCheck.js';

const meta = {
  title: 'Crypto views/SafetyNumberCheck',
  component: SafetyNumberCheck,
  loaders: scenarioLoaders,
} satisfies Meta<typeof SafetyNumberCheck>;

export default meta;
type Story = StoryObj<typeof SafetyNumberCheck>;

function check(
  pair: readonly [ScenarioSafetyNumber, ScenarioSafetyNumber],
  args: Partial<SafetyNumberCheckProps>,
) {
  const side = (s: ScenarioSafetyNumber) => ({
    label: `${s.holder}’s phone (with ${s.peer})`,
    number: s.number,
  });
  return <SafetyNumberCheck {...args} left={side(pair[0])} right={side(pair[1])} />;
}

/**
 * Alice and Bob compare: the numbers match. (The ghost of the main story is
 * a user of its own, so this comparison does not catch it; the roster check does.)
 */
export const Match: Story = {
  render: (args, context) => check(scenarioFrom(context).safetyNumbers.match, args),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/The numbers match/)).toBeVisible();
    await expect(canvas.getAllByRole('img', { name: /QR code of the safety number/ })).toHaveLength(
      2,
    );
    await expect(canvas.queryByText('(differs)')).toBeNull();
  },
};

/** The ghost registered as a second device of Bob's: Alice's phone counts its key, Bob's does not, and the numbers differ. */
export const DisguisedGhostMismatch: Story = {
  render: (args, context) => check(scenarioFrom(context).safetyNumbers.disguisedGhost, args),
  play: async ({ canvas }) => {
    await expect(canvas.getByText(/The numbers do not match/)).toBeVisible();
    await expect(canvas.getByText('6 of 12 groups differ.')).toBeVisible();
    await expect(canvas.getAllByText('(differs)')).toHaveLength(12);
  },
};

/** Numbers only, for reading aloud. */
export const WithoutQr: Story = {
  args: { showQr: false },
  render: (args, context) => check(scenarioFrom(context).safetyNumbers.match, args),
  play: async ({ canvas }) => {
    await expect(canvas.queryByRole('img')).toBeNull();
  },
};

/** Large text for a classroom projector. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  render: (args, context) => check(scenarioFrom(context).safetyNumbers.disguisedGhost, args),
};
