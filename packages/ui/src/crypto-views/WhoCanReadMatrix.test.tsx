import { userEvent } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario, partyIds } from '../fixtures/scenario.js';
import { defaultReadReasonLabels } from './shared.js';
import { WhoCanReadMatrix, matrixColumns, moveInGrid } from './WhoCanReadMatrix.js';

describe(moveInGrid, () => {
  const middle = { row: 1, col: 1 };

  test('arrows move by one and stop at the edges', () => {
    expect(moveInGrid(middle, 'ArrowRight', false, 3, 3)).toEqual({ row: 1, col: 2 });
    expect(moveInGrid(middle, 'ArrowUp', false, 3, 3)).toEqual({ row: 0, col: 1 });
    expect(moveInGrid({ row: 2, col: 2 }, 'ArrowDown', false, 3, 3)).toEqual({ row: 2, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, 'ArrowLeft', false, 3, 3)).toEqual({ row: 0, col: 0 });
  });

  test('Home/End go to the row’s ends, with Ctrl to the grid’s corners', () => {
    expect(moveInGrid(middle, 'Home', false, 3, 4)).toEqual({ row: 1, col: 0 });
    expect(moveInGrid(middle, 'End', false, 3, 4)).toEqual({ row: 1, col: 3 });
    expect(moveInGrid(middle, 'Home', true, 3, 4)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid(middle, 'End', true, 3, 4)).toEqual({ row: 2, col: 3 });
  });

  test('other keys are left alone', () => {
    expect(moveInGrid(middle, 'a', false, 3, 3)).toBeUndefined();
    expect(moveInGrid(middle, 'Tab', false, 3, 3)).toBeUndefined();
  });
});

describe(matrixColumns, () => {
  test('the parties of every row, once each, in order of appearance', async () => {
    const scenario = await loadScenario();
    const rows = scenario.messages.map((m, i) => ({
      label: `Message ${i + 1}`,
      // Each row sees the parties in a different order and subset.
      reports: i % 2 === 0 ? m.reports.slice(0, 3) : [...m.reports].reverse(),
    }));
    expect(matrixColumns(rows).map((c) => c.id)).toEqual([
      partyIds.alice,
      partyIds.bob,
      partyIds.carol,
      partyIds.mallory,
      partyIds.agency,
      partyIds.provider,
      partyIds.ghost,
    ]);
  });
});

describe(WhoCanReadMatrix, () => {
  test('each cell says what the party’s real attempt gave, and why', async () => {
    const scenario = await loadScenario();
    const rows = scenario.messages.map((m, i) => ({
      label: `Message ${i + 1}`,
      reports: m.reports,
    }));
    const screen = await render(<WhoCanReadMatrix rows={rows} />);
    for (const [i, message] of scenario.messages.entries()) {
      for (const report of message.reports) {
        const cell = screen.getByRole('gridcell', {
          name: `${report.party.name} ${report.canRead ? 'can' : 'cannot'} read message ${i + 1}`,
          exact: true,
        });
        await expect.element(cell).toHaveTextContent(report.canRead ? 'Can read' : 'Cannot read');
        await expect.element(cell).toHaveAttribute('data-can-read', String(report.canRead));
      }
    }
    await expect
      .element(screen.getByRole('gridcell', { name: 'Ghost can read message 3' }))
      .toHaveAccessibleDescription('(added silently by the provider)');
  });

  test('labels and reasons can be replaced (translation)', async () => {
    const scenario = await loadScenario();
    const message = scenario.messages[2];
    if (!message) throw new Error('missing message 3');
    const screen = await render(
      <WhoCanReadMatrix
        rows={[{ label: 'Message 1', reports: message.reports }]}
        highlightParty={partyIds.ghost}
        labels={{
          caption: 'Qui peut lire',
          canRead: 'Peut lire',
          cellName: (name, canRead, n) =>
            `${name} ${canRead === true ? 'peut' : 'ne peut pas'} lire le message ${n}`,
          newColumn: 'nouveau',
          reasons: { ...defaultReadReasonLabels, ghost: 'ajouté en silence' },
        }}
      />,
    );
    await expect.element(screen.getByRole('grid', { name: 'Qui peut lire' })).toBeVisible();
    await expect
      .element(screen.getByRole('gridcell', { name: 'Ghost peut lire le message 1' }))
      .toHaveTextContent('Peut lire(ajouté en silence)');
    await expect
      .element(screen.getByRole('columnheader', { name: /ghost/i }))
      .toHaveTextContent('nouveau');
  });

  test('keeps one tab stop, which follows the arrow keys', async () => {
    const scenario = await loadScenario();
    const rows = scenario.messages.map((m, i) => ({
      label: `Message ${i + 1}`,
      reports: m.reports,
    }));
    const screen = await render(<WhoCanReadMatrix rows={rows} />);
    await userEvent.click(screen.getByRole('gridcell', { name: 'Bob can read message 2' }));
    await userEvent.keyboard('{ArrowDown}{ArrowRight}');
    const focused = screen.getByRole('gridcell', { name: 'Carol can read message 3' });
    await expect.element(focused).toHaveFocus();
    const stops = screen
      .getByRole('gridcell')
      .elements()
      .filter((cell) => cell.tabIndex === 0);
    expect(stops).toEqual([focused.element()]);
  });
});
