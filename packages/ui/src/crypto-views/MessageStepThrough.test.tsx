import { userEvent } from 'vitest/browser';
import { describe, expect, test, vi } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario, namesOf } from '../fixtures/scenario.js';
import { MessageStepThrough, defaultMessageStepThroughLabels } from './MessageStepThrough.js';

describe(MessageStepThrough, () => {
  test('Next/Previous and the arrow keys move through the steps and say where you are', async () => {
    const scenario = await loadScenario();
    const onStepChange = vi.fn<(index: number) => void>();
    const screen = await render(
      <MessageStepThrough
        send={scenario.trace.send}
        open={scenario.trace.open}
        names={namesOf(scenario)}
        onStepChange={onStepChange}
      />,
    );
    const next = screen.getByRole('button', { name: /next/i });
    const previous = screen.getByRole('button', { name: /previous/i });
    await expect.element(screen.getByText('Step 1 of 9')).toBeVisible();
    // At the first step "Previous" is aria-disabled (it keeps focus, but does nothing).
    await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
    const previousButton = previous.element();
    if (!(previousButton instanceof HTMLElement)) throw new Error('no Previous button');
    previousButton.click();
    await expect.element(screen.getByText('Step 1 of 9')).toBeVisible();
    await expect.element(previous).toHaveAttribute('aria-disabled', 'true');
    await userEvent.click(next);
    await expect.element(previous).toHaveAttribute('aria-disabled', 'false');
    await expect
      .element(screen.getByRole('heading', { name: 'A fresh message key' }))
      .toBeVisible();
    const panel = screen.getByRole('group', { name: 'A fresh message key' }).element();
    if (!(panel instanceof HTMLElement)) throw new Error('no step panel');
    panel.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}');
    await expect.element(screen.getByText('Step 4 of 9')).toBeVisible();
    await expect
      .element(screen.getByRole('group', { name: 'Lock the key for each recipient' }))
      .toHaveFocus();
    expect(onStepChange.mock.calls.map(([i]) => i)).toEqual([1, 2, 3]);
  });

  test('explanations are written from the real values and can be replaced', async () => {
    const scenario = await loadScenario();
    const screen = await render(
      <MessageStepThrough
        send={scenario.trace.send}
        open={scenario.trace.open}
        names={namesOf(scenario)}
        defaultStep={5}
        labels={{
          explanations: {
            ...defaultMessageStepThroughLabels.explanations,
            relay: (step) => `Relais : ${step.size} octets.`,
          },
        }}
      />,
    );
    const relay = scenario.trace.send.find((e) => e.step === 'relay');
    if (relay?.step !== 'relay') throw new Error('no relay in the trace');
    await expect.element(screen.getByText(`Relais : ${relay.size} octets.`)).toBeVisible();
  });
});
