import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import { partyIds, scenarioFrom, scenarioLoaders } from '../fixtures/scenario.js';
import { ProviderLog } from './ProviderLog.js';

const meta = {
  title: 'Crypto views/ProviderLog',
  component: ProviderLog,
  loaders: scenarioLoaders,
  args: { timeZone: 'Europe/Paris', locale: 'en-GB' },
} satisfies Meta<typeof ProviderLog>;

export default meta;
type Story = StoryObj<typeof ProviderLog>;

/** Before the access order: three signed members, two messages relayed. */
export const BeforeAccessOrder: Story = {
  render: (args, context) => (
    <ProviderLog {...args} view={scenarioFrom(context).providerViewBefore} />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByText('The provider never holds a private key.')).toBeVisible();
    await expect(
      canvas.getByRole('table', { name: 'Relay log' }).querySelectorAll('tbody tr'),
    ).toHaveLength(2);
    await expect(canvas.queryByText('Ghost')).toBeNull();
  },
};

/**
 * At the end: the ghost's unsigned, hidden entry, the escrow copy in the
 * relay log — and still not one word of any message.
 */
export const AfterGhostAndEscrow: Story = {
  render: (args, context) => <ProviderLog {...args} view={scenarioFrom(context).providerView} />,
  play: async ({ canvas, canvasElement, loaded }) => {
    const roster = canvas.getByRole('table', { name: 'Member list of Class 3B' });
    const ghostRow = [...roster.querySelectorAll('tbody tr')].find((row) =>
      row.textContent.includes(partyIds.ghost),
    );
    await expect(ghostRow).toHaveTextContent('the provider alone');
    await expect(ghostRow).toHaveTextContent('hidden');
    await expect(ghostRow).toHaveTextContent('suppressed');
    await expect(canvas.getByText('escrow:agency')).toBeVisible();
    // What it shows is what it holds: no plaintext anywhere.
    for (const message of scenarioFrom({ loaded }).messages) {
      const sender = message.reports.find(
        (r) => r.party.id === message.envelope.header.senderDevice,
      );
      if (!sender?.canRead) throw new Error('The sender should read its own message.');
      await expect(canvasElement.textContent).not.toContain(sender.text);
    }
  },
};

/** Large text for a classroom projector. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  render: (args, context) => <ProviderLog {...args} view={scenarioFrom(context).providerView} />,
};
