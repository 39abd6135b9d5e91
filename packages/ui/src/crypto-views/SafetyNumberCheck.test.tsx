import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario } from '../fixtures/scenario.js';
import { SafetyNumberCheck } from './SafetyNumberCheck.js';

describe(SafetyNumberCheck, () => {
  test('equal numbers are stated as a match, in 12 groups of 5 digits', async () => {
    const scenario = await loadScenario();
    const [a, b] = scenario.safetyNumbers.match;
    const screen = await render(
      <SafetyNumberCheck
        left={{ label: 'Alice', number: a.number }}
        right={{ label: 'Bob', number: b.number }}
      />,
    );
    await expect.element(screen.getByText(/^The numbers match/)).toBeVisible();
    const groups = screen.container.querySelectorAll('.e2k-safety__group');
    expect(groups).toHaveLength(24);
    for (const group of groups) expect(group.textContent.trim()).toMatch(/^\d{5}$/);
  });

  test('the disguised ghost makes them differ, and the differing groups are marked', async () => {
    const scenario = await loadScenario();
    const [a, b] = scenario.safetyNumbers.disguisedGhost;
    const differing = a.number.groups.filter((g, i) => g !== b.number.groups[i]).length;
    expect(differing).toBeGreaterThan(0);
    const screen = await render(
      <SafetyNumberCheck
        left={{ label: 'Alice', number: a.number }}
        right={{ label: 'Bob', number: b.number }}
      />,
    );
    await expect.element(screen.getByText(/^The numbers do not match/)).toBeVisible();
    await expect.element(screen.getByText(`${differing} of 12 groups differ.`)).toBeVisible();
    expect(screen.container.querySelectorAll('.e2k-safety__group--differs')).toHaveLength(
      2 * differing,
    );
  });

  test('each QR code is labelled, black on white with a quiet zone, and changes with the payload', async () => {
    const scenario = await loadScenario();
    const [a] = scenario.safetyNumbers.match;
    const [c] = scenario.safetyNumbers.disguisedGhost;
    const screen = await render(
      <SafetyNumberCheck
        left={{ label: 'Alice', number: a.number }}
        right={{ label: 'Carol', number: c.number }}
      />,
    );
    const qr = screen.getByRole('img', { name: 'QR code of the safety number on Alice' });
    await expect.element(qr).toBeVisible();
    const [left, right] = screen.getByRole('img').elements();
    const paths = (svg: Element | undefined) =>
      [...(svg?.querySelectorAll('path') ?? [])].map((p) => p.getAttribute('d'));
    expect(paths(left)).not.toEqual(paths(right));
    // First path is the background, second the modules.
    expect(left?.querySelectorAll('path')[0]?.getAttribute('fill')).toBe('#ffffff');
    expect(left?.querySelectorAll('path')[1]?.getAttribute('fill')).toBe('#000000');
    expect(left?.getAttribute('viewBox')).toMatch(/^0 0 (\d+) \1$/);
  });
});
