import { userEvent } from 'vitest/browser';
import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario } from '../fixtures/scenario.js';
import { RosterPanel } from './RosterPanel.js';

describe(RosterPanel, () => {
  test('suppressed notices stay hidden until the teacher reveals them', async () => {
    const scenario = await loadScenario();
    const { visible, notices } = scenario.rosters.alice;
    const suppressed = notices.filter((n) => !n.shown);
    expect(suppressed.length).toBeGreaterThan(0);
    const screen = await render(<RosterPanel members={visible} notices={notices} />);
    const text = `${suppressed[0]?.name ?? ''} (${suppressed[0]?.device ?? ''}) joined the conversation.`;
    await expect.element(screen.getByText(text, { exact: false })).not.toBeVisible();
    const button = screen.getByRole('button', {
      name: `Reveal suppressed notices (${suppressed.length})`,
    });
    await expect.element(button).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(button);
    const expanded = screen.getByRole('button', {
      name: `Hide suppressed notices (${suppressed.length})`,
    });
    await expect.element(expanded).toHaveAttribute('aria-expanded', 'true');
    await expect.element(screen.getByText(text, { exact: false })).toBeVisible();
  });

  test('lists the members the client shows — not the hidden ghost', async () => {
    const scenario = await loadScenario();
    const { visible, notices } = scenario.rosters.alice;
    const screen = await render(<RosterPanel members={visible} notices={notices} />);
    await expect
      .element(screen.getByRole('heading', { name: `Members shown (${visible.length})` }))
      .toBeVisible();
    for (const member of visible)
      await expect.element(screen.getByText(member.device)).toBeVisible();
    expect(visible.some((m) => m.device === scenario.ghostId)).toBe(false);
  });

  test('states the roster check: verified before the access order, the ghost flagged after', async () => {
    const scenario = await loadScenario();
    const before = await render(
      <RosterPanel
        members={scenario.rosterBefore.visible}
        notices={[]}
        check={scenario.rosterBefore.check}
      />,
    );
    await expect.element(before.getByText(/^Verified/)).toBeVisible();
    await before.unmount();
    const after = await render(
      <RosterPanel
        members={scenario.rosters.alice.visible}
        notices={[]}
        check={scenario.rosters.alice.check}
      />,
    );
    await expect
      .element(after.getByText(/^Unverified: your app encrypts to 1 device/))
      .toBeVisible();
    await expect.element(after.getByText('Possible ghost')).toBeVisible();
    await expect.element(after.getByText('No notice was suppressed.')).toBeVisible();
  });
});
