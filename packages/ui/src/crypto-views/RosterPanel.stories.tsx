import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { scenarioFrom, scenarioLoaders, type ScenarioClientRoster } from '../fixtures/scenario.js';
import { RosterPanel, type RosterPanelProps } from './RosterPanel.js';

const meta = {
  title: 'Crypto views/RosterPanel',
  component: RosterPanel,
  loaders: scenarioLoaders,
  args: { timeZone: 'Europe/Paris', locale: 'en-GB' },
} satisfies Meta<typeof RosterPanel>;

export default meta;
type Story = StoryObj<typeof RosterPanel>;

function panel(client: ScenarioClientRoster, args: Partial<RosterPanelProps>, withCheck: boolean) {
  return (
    <RosterPanel
      labels={{ title: `Class 3B on ${client.owner.name}’s phone` }}
      {...args}
      members={client.visible}
      notices={client.notices}
      {...(withCheck ? { check: client.check } : {})}
    />
  );
}

/** Before the access order: three members, and nothing was hidden. */
export const BeforeAccessOrder: Story = {
  render: (args, context) => panel(scenarioFrom(context).rosterBefore, args, true),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Members shown (3)' })).toBeVisible();
    await expect(canvas.getByText('No notice was suppressed.')).toBeVisible();
    await expect(
      canvas.getByText(
        'Verified: every device your app encrypts to is on the member list, and certified.',
      ),
    ).toBeVisible();
  },
};

/** After the access order, on Alice's ordinary client: still three members, and the one notice is hidden behind the teacher's button. */
export const AfterAccessOrder: Story = {
  render: (args, context) => panel(scenarioFrom(context).rosters.alice, args, false),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('heading', { name: 'Members shown (3)' })).toBeVisible();
    await expect(canvas.queryByText(/ghost\/agency/)).not.toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Reveal suppressed notices (1)' }),
    ).toHaveAttribute('aria-expanded', 'false');
  },
};

/** The teacher reveals what the provider suppressed: the ghost joined. */
export const SuppressedRevealed: Story = {
  render: (args, context) => panel(scenarioFrom(context).rosters.alice, args, false),
  play: async ({ canvas, userEvent }) => {
    const button = canvas.getByRole('button', { name: 'Reveal suppressed notices (1)' });
    await userEvent.click(button);
    await expect(button).toHaveAttribute('aria-expanded', 'true');
    await expect(button).toHaveAccessibleName('Hide suppressed notices (1)');
    await expect(
      canvas.getByText(/Ghost \(ghost\/agency\) joined the conversation\./),
    ).toBeVisible();
    await expect(canvas.getByText('Suppressed')).toBeVisible();
  },
};

/** Alice's client checks whom it encrypts to: the provider hides the ghost from her list. */
export const WithRosterCheck: Story = {
  render: (args, context) => panel(scenarioFrom(context).rosters.alice, args, true),
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(
        'Unverified: your app encrypts to 1 device hidden from the list or not certified.',
      ),
    ).toBeVisible();
    const entry = canvas.getByText('Possible ghost').closest('li');
    await expect(entry).toHaveTextContent(
      'ghost/agency: encrypted to, but hidden by the provider; hidden from the member list',
    );
  },
};

/** Carol's careful client shows its own notice: a message she opened was also encrypted for the hidden ghost. */
export const CarefulClient: Story = {
  render: (args, context) => panel(scenarioFrom(context).rosters.carol, args, true),
  play: async ({ canvas }) => {
    await expect(
      canvas.getByText(
        /A message you opened was also encrypted for ghost\/agency, who is not on the member list\./,
      ),
    ).toBeVisible();
  },
};

/** Large text for a classroom projector, suppressed notices shown. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  args: { defaultRevealed: true },
  render: (args, context) => panel(scenarioFrom(context).rosters.alice, args, true),
};
