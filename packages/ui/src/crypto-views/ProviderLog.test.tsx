import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario, partyIds } from '../fixtures/scenario.js';
import { ProviderLog, keyFingerprint } from './ProviderLog.js';

describe(keyFingerprint, () => {
  test('the first 8 bytes in hex, in groups of 4 characters', () => {
    const key = Uint8Array.from({ length: 32 }, (_, i) => i * 17);
    expect(keyFingerprint(key)).toBe('0011 2233 4455 6677');
  });
});

describe(ProviderLog, () => {
  test('shows the directory, the rosters and the relay log — and no plaintext', async () => {
    const scenario = await loadScenario();
    const view = scenario.providerView;
    const screen = await render(<ProviderLog view={view} />);
    await expect.element(screen.getByText('The provider never holds a private key.')).toBeVisible();
    for (const device of view.directory) {
      await expect.element(screen.getByText(keyFingerprint(device.signingKey))).toBeVisible();
    }
    const relay = screen.getByRole('table', { name: 'Relay log' });
    expect(relay.element().querySelectorAll('tbody tr')).toHaveLength(view.messages.length);
    const text = screen.container.textContent;
    for (const message of scenario.messages) {
      for (const report of message.reports)
        if (report.canRead) expect(text).not.toContain(report.text);
    }
  });

  test('flags the ghost’s entry: added by the provider alone, hidden, notice suppressed', async () => {
    const scenario = await loadScenario();
    const screen = await render(
      <ProviderLog view={scenario.providerView} conversation={scenario.conversation.id} />,
    );
    const rows = [
      ...screen
        .getByRole('table', { name: 'Member list of Class 3B' })
        .element()
        .querySelectorAll('tbody tr'),
    ];
    const flagged = rows.filter((row) => row.querySelector('th')?.textContent.endsWith(' Ghost'));
    expect(flagged.map((row) => row.querySelector('th')?.textContent)).toEqual([
      `${partyIds.ghost} Ghost`,
    ]);
    expect(flagged[0]?.textContent).toContain('the provider alone');
    // Version 2: a provider-managed roster carries no member signature at all.
    expect(rows.every((row) => row.getAttribute('data-signed') === 'false')).toBe(true);
  });
});
