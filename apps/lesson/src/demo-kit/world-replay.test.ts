import { describe, expect, it } from 'vitest';
import { applyAction, CONVERSATION_IDS, createWorld, type LessonWorld } from './world/world.js';

const wire = (w: LessonWorld) => w.provider.view().messages.map((m) => m.wire);

/** What the demos do when they render: read rosters, notices and checks on every phone. */
function renderLikeTheDemos(world: LessonWorld): void {
  for (const person of Object.values(world.people)) {
    person.visibleRoster(CONVERSATION_IDS.group);
    person.notices(CONVERSATION_IDS.group);
    person.verifyRoster(CONVERSATION_IDS.group);
  }
}

describe('the lesson world, as the live demos use it', () => {
  it('gives the same bytes after a reload although the demos read rosters in between', async () => {
    let live = await createWorld('replay-with-reads');
    renderLikeTheDemos(live);
    live = applyAction(live, { kind: 'send', from: 'alice', conversation: 'group', text: 'one' });
    live = applyAction(live, { kind: 'access-order' });
    renderLikeTheDemos(live);
    live = applyAction(live, { kind: 'send', from: 'bob', conversation: 'group', text: 'two' });
    live = applyAction(live, { kind: 'send', from: 'bob', conversation: 'pair', text: 'three' });

    const reloaded = await createWorld('replay-with-reads', live.actions);
    expect(wire(reloaded)).toEqual(wire(live));
  });

  it('keeps the real trace of every message sent, also after a reload', async () => {
    let live = await createWorld('traces');
    live = applyAction(live, { kind: 'send', from: 'alice', conversation: 'pair', text: 'Hi Bob' });
    const reloaded = await createWorld('traces', live.actions);
    const [envelope] = reloaded.provider.envelopes(CONVERSATION_IDS.pair);
    if (envelope === undefined) throw new Error('no message');
    const trace = reloaded.traces.get(envelope);
    const encrypt = trace?.ofStep('encrypt')[0];
    expect(new TextDecoder().decode(encrypt?.plaintext)).toBe('Hi Bob');
    expect(encrypt?.ciphertext).toEqual(envelope.ciphertext);
    expect(trace?.ofStep('wrap').map((w) => w.to)).toEqual(['alice/phone', 'bob/phone']);
  });

  it('shows no member a notice about the people the group was created with', async () => {
    const world = await createWorld('notices');
    for (const person of Object.values(world.people)) {
      expect(person.notices(CONVERSATION_IDS.group)).toEqual([]);
    }
  });
});
