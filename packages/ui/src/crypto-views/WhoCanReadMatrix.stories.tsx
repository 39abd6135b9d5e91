import type { Meta, StoryObj } from '@storybook/react-vite';
import { expect } from 'storybook/test';
import {
  onlyParties,
  partyIds,
  scenarioFrom,
  scenarioLoaders,
  type Scenario,
} from '../fixtures/scenario.js';
import { WhoCanReadMatrix, type WhoCanReadRow } from './WhoCanReadMatrix.js';

const meta = {
  title: 'Crypto views/WhoCanReadMatrix',
  component: WhoCanReadMatrix,
  loaders: scenarioLoaders,
} satisfies Meta<typeof WhoCanReadMatrix>;

export default meta;
type Story = StoryObj<typeof WhoCanReadMatrix>;

const members = [partyIds.alice, partyIds.bob, partyIds.carol];

/** The scenario's messages as rows, keeping only these parties and these phases. */
function rowsOf(
  scenario: Scenario,
  parties: readonly string[],
  phases: readonly Scenario['messages'][number]['phase'][],
): WhoCanReadRow[] {
  const messages = scenario.messages.filter((m) => phases.includes(m.phase));
  return onlyParties(messages, parties).map((m, i) => ({
    label: `${i + 1}. from ${m.senderName}`,
    reports: m.reports,
  }));
}

/** Before the access order: the three members read everything, the provider nothing. */
export const BeforeAccessOrder: Story = {
  render: (args, context) => (
    <WhoCanReadMatrix
      {...args}
      rows={rowsOf(scenarioFrom(context), [...members, partyIds.provider], ['before-order'])}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('grid', { name: 'Who can read each message' })).toBeVisible();
    await expect(canvas.getAllByRole('gridcell', { name: /can read message/ })).toHaveLength(6);
    await expect(
      canvas.getByRole('gridcell', { name: 'Messenger cannot read message 2' }),
    ).toHaveTextContent('holds no keys');
  },
};

/**
 * After the access order: the ghost's column is new. It reads Alice's message
 * (3) and Carol's (4): a careful client notices the ghost, but in a
 * provider-managed group it still encrypts to it. It reads none from before.
 */
export const GhostJoined: Story = {
  render: (args, context) => (
    <WhoCanReadMatrix
      highlightParty={partyIds.ghost}
      {...args}
      rows={rowsOf(
        scenarioFrom(context),
        [...members, partyIds.ghost, partyIds.provider],
        ['before-order', 'after-order'],
      )}
    />
  ),
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('columnheader', { name: /ghost/i })).toHaveTextContent(
      'just added',
    );
    await expect(
      canvas.getByRole('gridcell', { name: 'Ghost can read message 3' }),
    ).toHaveAccessibleDescription('(added silently by the provider)');
    await expect(
      canvas.getByRole('gridcell', { name: 'Ghost can read message 4' }),
    ).toHaveAccessibleDescription('(added silently by the provider)');
    await expect(
      canvas.getByRole('gridcell', { name: 'Ghost cannot read message 1' }),
    ).toBeVisible();
  },
};

/** Key escrow, then a theft: the agency and Mallory read the last message with the same master key. */
export const EscrowAndStolenKey: Story = {
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <WhoCanReadMatrix
        highlightParty={partyIds.mallory}
        {...args}
        rows={rowsOf(
          scenario,
          scenario.seats.map((s) => s.id),
          ['before-order', 'after-order', 'after-escrow'],
        )}
      />
    );
  },
  play: async ({ canvas }) => {
    await expect(canvas.getByRole('columnheader', { name: /mallory/i })).toHaveTextContent(
      'attacker',
    );
    await expect(
      canvas.getByRole('gridcell', { name: 'Mallory can read message 5' }),
    ).toHaveAccessibleDescription('(holds a stolen copy of the master key)');
    await expect(
      canvas.getByRole('gridcell', { name: 'Agency can read message 5' }),
    ).toHaveAccessibleDescription('(holds the escrow master key)');
    await expect(
      canvas.getByRole('gridcell', { name: 'Mallory cannot read message 4' }),
    ).toBeVisible();
  },
};

/** One tab stop; arrow keys, Home/End and Ctrl+Home/End move between cells. */
export const KeyboardNavigation: Story = {
  render: (args, context) => {
    const scenario = scenarioFrom(context);
    return (
      <WhoCanReadMatrix
        {...args}
        rows={rowsOf(
          scenario,
          scenario.seats.map((s) => s.id),
          ['before-order', 'after-order', 'after-escrow'],
        )}
      />
    );
  },
  play: async ({ canvas, userEvent }) => {
    await userEvent.tab();
    await expect(canvas.getByRole('gridcell', { name: 'Alice can read message 1' })).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}');
    await expect(canvas.getByRole('gridcell', { name: 'Bob can read message 1' })).toHaveFocus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{End}');
    await expect(
      canvas.getByRole('gridcell', { name: 'Mallory cannot read message 3' }),
    ).toHaveFocus();
    await userEvent.keyboard('{Home}');
    await expect(canvas.getByRole('gridcell', { name: 'Alice can read message 3' })).toHaveFocus();
    await userEvent.keyboard('{Control>}{End}{/Control}');
    await expect(
      canvas.getByRole('gridcell', { name: 'Mallory can read message 5' }),
    ).toHaveFocus();
    await userEvent.keyboard('{ArrowRight}{ArrowDown}');
    await expect(
      canvas.getByRole('gridcell', { name: 'Mallory can read message 5' }),
    ).toHaveFocus();
    // Only one cell is in the tab order.
    const tabbable = canvas.getAllByRole('gridcell').filter((cell) => cell.tabIndex === 0);
    await expect(tabbable).toHaveLength(1);
  },
};

/** Large text for a classroom projector. */
export const Projector: Story = {
  globals: { scale: 'projector' },
  render: (args, context) => (
    <WhoCanReadMatrix
      highlightParty={partyIds.ghost}
      {...args}
      rows={rowsOf(
        scenarioFrom(context),
        [...members, partyIds.ghost, partyIds.provider],
        ['before-order', 'after-order'],
      )}
    />
  ),
};

/** Every party of the escrow scenario, as the rows of a whole scenario. */
function allRows(scenario: Scenario): WhoCanReadRow[] {
  return rowsOf(
    scenario,
    scenario.seats.map((s) => s.id),
    ['before-order', 'after-order', 'after-escrow'],
  );
}

/** The bounding box of a cell lies inside the canvas: nothing starts off screen. */
function insideWidth(cell: HTMLElement, width: number): boolean {
  const box = cell.getBoundingClientRect();
  return box.width > 0 && box.left >= 0 && box.right <= width + 1;
}

/**
 * `layout="cards"`: one card per message, each party's name beside its mark
 * ("Alice ✓ Can read · Mallory ✗ Cannot read"). Same grid, names and keys.
 */
export const Cards: Story = {
  render: (args, context) => (
    <div style={{ width: '20rem' }}>
      <WhoCanReadMatrix
        layout="cards"
        highlightParty={partyIds.mallory}
        {...args}
        rows={allRows(scenarioFrom(context))}
      />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const width = canvasElement.getBoundingClientRect().left + 20 * 16;
    const cell = canvas.getByRole('gridcell', { name: 'Mallory can read message 5' });
    await expect(cell).toHaveTextContent('Mallory');
    await expect(cell).toHaveTextContent('Can read');
    await expect(cell).toHaveAccessibleDescription('(holds a stolen copy of the master key)');
    await expect(insideWidth(cell, width)).toBe(true);
    await expect(canvas.getByRole('columnheader', { name: /mallory/i })).toBeInTheDocument();
  },
};

/** `layout="auto"` (the default) in a phone-sized space: cards, by a container query. */
export const NarrowAuto: Story = {
  render: (args, context) => (
    <div style={{ width: '20rem' }}>
      <WhoCanReadMatrix {...args} rows={allRows(scenarioFrom(context))} />
    </div>
  ),
  play: async ({ canvas, canvasElement }) => {
    const width = canvasElement.getBoundingClientRect().left + 20 * 16;
    for (const cell of canvas.getAllByRole('gridcell')) {
      await expect(insideWidth(cell, width)).toBe(true);
    }
  },
};

/** A long chat: only the latest rows, numbered as in the whole chat, and a button for the rest. */
export const LatestOnly: Story = {
  render: (args, context) => (
    <WhoCanReadMatrix latest={2} {...args} rows={allRows(scenarioFrom(context))} />
  ),
  play: async ({ canvas, userEvent }) => {
    await expect(canvas.queryByRole('gridcell', { name: 'Alice can read message 1' })).toBeNull();
    await expect(
      canvas.getByRole('gridcell', { name: 'Mallory can read message 5' }),
    ).toBeVisible();
    const more = canvas.getByRole('button', { name: 'Show the 3 earlier messages' });
    await expect(more).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(more);
    await expect(canvas.getByRole('gridcell', { name: 'Alice can read message 1' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Show only the latest 2' })).toHaveAttribute(
      'aria-expanded',
      'true',
    );
  },
};
