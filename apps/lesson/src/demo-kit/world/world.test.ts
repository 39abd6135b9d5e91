import { describe, expect, it } from 'vitest';
import {
  applyAction,
  CONVERSATION_IDS,
  createWorld,
  escrowParties,
  mainParties,
  MODE_CONVERSATION_IDS,
  modeParties,
  readableMessages,
  type LessonAction,
} from './world.js';

describe('createWorld', () => {
  it('rebuilds the same bytes from the same seed and actions, as after a reload', async () => {
    const actions = [
      { kind: 'send', from: 'alice', conversation: 'group', text: 'Hello class' },
      { kind: 'access-order' },
      { kind: 'send', from: 'bob', conversation: 'group', text: 'Hi!' },
    ] as const;
    let live = await createWorld('reload-test');
    for (const a of actions) live = applyAction(live, a);
    const replayed = await createWorld('reload-test', live.actions);
    const wire = (w: typeof live) => w.provider.view().messages.map((m) => m.wire);
    expect(wire(replayed)).toEqual(wire(live));
    expect(replayed.ghostJoined).toBe(true);
  });

  it('lets the ghost read only what the group sends after the access order', async () => {
    let world = await createWorld('ghost-test');
    world = applyAction(world, {
      kind: 'send',
      from: 'alice',
      conversation: 'group',
      text: 'before',
    });
    world = applyAction(world, { kind: 'access-order' });
    world = applyAction(world, {
      kind: 'send',
      from: 'carol',
      conversation: 'group',
      text: 'after',
    });
    const rows = readableMessages(world.provider, CONVERSATION_IDS.group, mainParties(world));
    const ghostColumn = rows.map((r) => r.reports.find((p) => p.party.role === 'ghost'));
    expect(ghostColumn.map((g) => g?.canRead)).toEqual([false, true]);
    expect(
      rows.every((r) => r.reports.find((p) => p.party.role === 'provider')?.canRead === false),
    ).toBe(true);
  });

  it('lets Mallory read every escrowed message, past ones too, only after the theft', async () => {
    let world = await createWorld('escrow-test');
    const mallory = (w: typeof world) =>
      [CONVERSATION_IDS.class, CONVERSATION_IDS.family].flatMap((c) =>
        readableMessages(w.escrow.provider, c, escrowParties(w)).map(
          (m) => m.reports.find((r) => r.party.role === 'thief')?.canRead,
        ),
      );
    expect(mallory(world).every((canRead) => canRead === false)).toBe(true);
    world = applyAction(world, { kind: 'steal-key' });
    world = applyAction(world, {
      kind: 'escrow-send',
      from: 'bob',
      conversation: 'family',
      text: 'new',
    });
    const after = mallory(world);
    expect(after.length).toBe(4);
    expect(after.every((canRead) => canRead === true)).toBe(true);
  });

  it('skips a blank message and a second access order', async () => {
    let world = await createWorld('skip-test');
    world = applyAction(world, { kind: 'send', from: 'alice', conversation: 'pair', text: '   ' });
    world = applyAction(world, { kind: 'access-order' });
    world = applyAction(world, { kind: 'access-order' });
    expect(world.actions).toEqual([{ kind: 'access-order' }]);
    expect(world.provider.envelopes(CONVERSATION_IDS.pair)).toHaveLength(0);
  });

  it('replays chapter 4’s two groups: the order works alone only where the server runs the list', async () => {
    const actions: LessonAction[] = [
      { kind: 'modes-client-update' }, // before the provider's order: skipped
      { kind: 'modes-access-order', mode: 'provider-managed' },
      { kind: 'modes-send', mode: 'provider-managed', from: 'alice', text: 'one' },
      { kind: 'modes-access-order', mode: 'member-signed' },
      { kind: 'modes-send', mode: 'member-signed', from: 'alice', text: 'two' },
      { kind: 'modes-client-update' },
      { kind: 'modes-send', mode: 'member-signed', from: 'carol', text: 'three' },
    ];
    let live = await createWorld('modes-test');
    for (const a of actions) live = applyAction(live, a);
    expect(live.actions).toHaveLength(actions.length - 1);
    const ghostReads = (w: typeof live, mode: 'provider-managed' | 'member-signed') =>
      readableMessages(w.modes.provider, MODE_CONVERSATION_IDS[mode], modeParties(w, mode)).map(
        (m) => m.reports.find((r) => r.party.id === w.modes.ghost.id)?.canRead,
      );
    expect(ghostReads(live, 'provider-managed')).toEqual([true]);
    expect(ghostReads(live, 'member-signed')).toEqual([false, true]);
    const replayed = await createWorld('modes-test', live.actions);
    const wire = (w: typeof live) => w.modes.provider.view().messages.map((m) => m.wire);
    expect(wire(replayed)).toEqual(wire(live));
    expect(ghostReads(replayed, 'member-signed')).toEqual([false, true]);
  });
});
