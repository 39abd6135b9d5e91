import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { Icon, iconNames } from './Icon.js';
import { StatusBadge, badgeStatuses, defaultStatusLabels, statusIcons } from './StatusBadge.js';

describe(StatusBadge, () => {
  test.each(badgeStatuses)('%s shows its icon, hidden, and its words', async (status) => {
    const screen = await render(<StatusBadge status={status} />);
    const badge = screen.getByText(defaultStatusLabels[status]);
    await expect.element(badge).toBeVisible();
    const svg = document.querySelector(`svg[data-icon="${statusIcons[status]}"]`);
    expect(svg?.getAttribute('aria-hidden')).toBe('true');
  });

  test('no two statuses share an icon', () => {
    expect(new Set(Object.values(statusIcons)).size).toBe(badgeStatuses.length);
  });

  test('children replace the default words', async () => {
    const screen = await render(<StatusBadge status="ghost">Fantôme</StatusBadge>);
    await expect.element(screen.getByText('Fantôme')).toBeVisible();
    expect(screen.getByText('Ghost').query()).toBeNull();
  });
});

describe(Icon, () => {
  test.each(iconNames)('%s draws something', async (name) => {
    await render(<Icon name={name} />);
    const svg = document.querySelector(`svg[data-icon="${name}"]`);
    expect(svg?.childElementCount).toBeGreaterThan(0);
  });

  test('with a title it is an image with that name', async () => {
    const screen = await render(<Icon name="key" title="Master key" />);
    await expect.element(screen.getByRole('img', { name: 'Master key' })).toBeVisible();
  });
});
