import { describe, expect, test } from 'vitest';
import { render } from 'vitest-browser-react';
import { loadScenario, partyIds } from '../fixtures/scenario.js';
import { bytesToHex } from '../primitives/bytes-encoding.js';
import { EnvelopeInspector, wrapKind } from './EnvelopeInspector.js';

describe(wrapKind, () => {
  test('escrow by prefix, ghost by id, anything else a device', () => {
    const ghosts = new Set(['ghost/agency']);
    expect(wrapKind('escrow:agency', ghosts)).toBe('escrow');
    expect(wrapKind('ghost/agency', ghosts)).toBe('ghost');
    expect(wrapKind('bob/phone', ghosts)).toBe('device');
    expect(wrapKind('ghost/agency', new Set())).toBe('device');
  });
});

describe(EnvelopeInspector, () => {
  test('one row per wrapped key, with its real nonce; the ghost and the escrow copy flagged', async () => {
    const scenario = await loadScenario();
    const envelope = scenario.messages[4]?.envelope;
    if (!envelope) throw new Error('missing message 5');
    const screen = await render(
      <EnvelopeInspector envelope={envelope} ghostIds={[scenario.ghostId]} />,
    );
    const rows = screen.getByRole('listitem').elements();
    expect(rows.map((row) => row.getAttribute('data-kind'))).toEqual(
      envelope.wraps.map((w) =>
        w.to === scenario.ghostId ? 'ghost' : w.to.startsWith('escrow:') ? 'escrow' : 'device',
      ),
    );
    envelope.wraps.forEach((wrap, i) => {
      expect(rows[i]?.textContent).toContain(`Key for ${wrap.to}`);
      expect(rows[i]?.textContent).toContain(bytesToHex(wrap.nonce.subarray(0, 8)));
    });
    expect(
      rows.filter((row) => row.textContent.includes('Ghost: added by the provider')),
    ).toHaveLength(1);
    expect(rows.filter((row) => row.textContent.includes('Escrow: a copy'))).toHaveLength(1);
  });

  test('a roster check flags the devices no member signed in, and only those', async () => {
    const scenario = await loadScenario();
    const envelope = scenario.messages[2]?.envelope;
    if (!envelope) throw new Error('missing message 3');
    const screen = await render(
      <EnvelopeInspector envelope={envelope} roster={scenario.rosters.alice.check} />,
    );
    const flagged = screen
      .getByRole('listitem')
      .elements()
      .filter((row) => row.getAttribute('data-kind') === 'ghost');
    expect(flagged.map((row) => row.textContent.includes(partyIds.ghost))).toEqual([true]);
    const before = await render(
      <EnvelopeInspector envelope={envelope} roster={scenario.rosterBefore.check} />,
    );
    expect(before.container.querySelectorAll('[data-kind="ghost"]')).toHaveLength(0);
  });
});
