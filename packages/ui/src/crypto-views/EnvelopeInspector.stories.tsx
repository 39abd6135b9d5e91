import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect, spyOn, type MockInstance } from 'storybook/test';
import { bytesToHex } from '../primitives/bytes-encoding.js';
import { partyIds, scenarioFrom, scenarioLoaders, type Scenario } from '../fixtures/scenario.js';
import { EnvelopeInspector } from './EnvelopeInspector.js';

const meta = {
  title: 'Crypto views/EnvelopeInspector',
  component: EnvelopeInspector,
  loaders: scenarioLoaders,
  args: { timeZone: 'Europe/Paris', locale: 'en-GB' },
} satisfies Meta<typeof EnvelopeInspector>;

export default meta;
type Story = StoryObj<typeof EnvelopeInspector>;

function envelope(scenario: Scenario, n: number) {
  const message = scenario.messages[n - 1];
  if (!message) throw new Error(`The scenario has no message ${n}.`);
  return message.envelope;
}

/** Alice's first message: one wrapped key for each of the three members. */
export const Ordinary: Story = {
  render: (args, context) => (
    <EnvelopeInspector {...args} envelope={envelope(scenarioFrom(context), 1)} />
  ),
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: 'Locked copies of the message key (3)' }),
    ).toBeVisible();
    await expect(canvas.queryByText(/Ghost:/)).toBeNull();
  },
};

/** After the access order: a fourth wrapped key, for the ghost, flagged by its device id. */
export const WithGhost: Story = {
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <EnvelopeInspector ghostIds={[scenario.ghostId]} {...args} envelope={envelope(scenario, 3)} />
    );
  },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: 'Locked copies of the message key (4)' }),
    ).toBeVisible();
    const ghostRow = canvas.getByText(`Key for ${partyIds.ghost}`).closest('li');
    await expect(ghostRow).toHaveTextContent('Ghost: added by the provider, not by a member');
  },
};

/** The same envelope, the ghost found by a roster check instead of by id: no member signed it in. */
export const FlaggedByRosterCheck: Story = {
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <EnvelopeInspector
        roster={scenario.rosters.carol.check}
        {...args}
        envelope={envelope(scenario, 3)}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getAllByText('Ghost: added by the provider, not by a member')).toHaveLength(
      1,
    );
  },
};

/** Under key escrow: the ghost's copy and the escrow authority's copy, both flagged. */
export const WithEscrow: Story = {
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <EnvelopeInspector ghostIds={[scenario.ghostId]} {...args} envelope={envelope(scenario, 5)} />
    );
  },
  play: async ({ canvas }) => {
    await expect(
      canvas.getByRole('heading', { name: 'Locked copies of the message key (5)' }),
    ).toBeVisible();
    await expect(canvas.getByText('Escrow: a copy for the key-escrow authority')).toBeVisible();
    await expect(canvas.getByText('Key for escrow:agency')).toBeVisible();
  },
};

let writeText: MockInstance<Clipboard['writeText']> | undefined;

/** "Show all" reveals every byte of the ciphertext; "Copy" copies all of it. */
export const ShowAllAndCopy: Story = {
  beforeEach: () => {
    // Headless Chromium may refuse the real clipboard; what matters is what is handed to it.
    writeText = spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined);
  },
  render: (args, context) => (
    <EnvelopeInspector {...args} envelope={envelope(scenarioFrom(context), 3)} />
  ),
  play: async ({ canvas, userEvent, loaded }) => {
    const ciphertext = envelope(scenarioFrom({ loaded }), 3).ciphertext;
    const toggle = canvas.getByRole('button', { name: /^show all\W+ciphertext$/i });
    await userEvent.click(toggle);
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(canvas.getByText(bytesToHex(ciphertext))).toBeVisible();
    await userEvent.click(canvas.getByRole('button', { name: /^copy\W+ciphertext$/i }));
    await expect(writeText).toHaveBeenCalledWith(bytesToHex(ciphertext));
  },
};

/** Large text for a classroom projector. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <EnvelopeInspector ghostIds={[scenario.ghostId]} {...args} envelope={envelope(scenario, 5)} />
    );
  },
};
