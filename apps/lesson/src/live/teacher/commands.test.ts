import { describe, expect, it } from 'vitest';
import { parseTeacherCommand, runTeacherCommand } from './commands.js';
import { FakeTeacher } from '../../test-fixtures/fake-teacher.js';
import { movePanel } from './panels.js';
import { parseTeacherChannelMessage } from './teacher-channel.js';
import { classInProgress } from '../../test-fixtures/fake-teacher.js';

describe(parseTeacherCommand, () => {
  it.each([
    { kind: 'open-class', mode: 'member-signed' },
    { kind: 'open-class', mode: 'provider-managed' },
    { kind: 'access-order' },
    { kind: 'client-update', device: 's-dana0001/phone' },
    { kind: 'escrow' },
    { kind: 'steal' },
    { kind: 'open-vote', question: 'escrow-steal' },
    { kind: 'close-vote' },
    { kind: 'remove', device: 's-eli00002/phone' },
    { kind: 'panel', panel: 'who-can-read' },
    { kind: 'reveal', revealed: true },
    { kind: 'blank' },
    { kind: 'language', lang: 'fr' },
  ])('keeps $kind', (command) => {
    expect(parseTeacherCommand(command)).toEqual(command);
  });

  it.each([
    null,
    'access-order',
    { kind: 'open-class' },
    { kind: 'open-class', mode: 'anyone' },
    { kind: 'client-update' },
    { kind: 'remove', device: 'a b' },
    { kind: 'remove', device: 'x'.repeat(200) },
    { kind: 'open-vote', question: 'toString' },
    { kind: 'panel', panel: 'slides' },
    { kind: 'reveal', revealed: 'yes' },
    { kind: 'language', lang: 'de' },
    { kind: 'format-disk' },
  ])('refuses %j', (data) => {
    expect(parseTeacherCommand(data)).toBeNull();
  });

  it('drops fields a command does not have', () => {
    expect(parseTeacherCommand({ kind: 'steal', device: 'x' })).toEqual({ kind: 'steal' });
  });
});

describe(runTeacherCommand, () => {
  it('calls the teacher, with the vote question’s choices in the slide mode’s order', async () => {
    const teacher = new FakeTeacher();
    await runTeacherCommand(teacher, { kind: 'open-class', mode: 'provider-managed' });
    await runTeacherCommand(teacher, { kind: 'access-order' });
    await runTeacherCommand(teacher, { kind: 'client-update', device: 's-dana0001/phone' });
    await runTeacherCommand(teacher, { kind: 'steal' });
    await runTeacherCommand(teacher, { kind: 'open-vote', question: 'access-order' });
    await runTeacherCommand(teacher, { kind: 'close-vote' });
    await runTeacherCommand(teacher, { kind: 'remove', device: 's-eli00002/phone' });
    expect(teacher.calls).toEqual([
      'openClass provider-managed',
      'access-order',
      'clientUpdate s-dana0001/phone',
      'steal',
      'openVote access-order all,after,none',
      'closeVote',
      'remove s-eli00002/phone',
    ]);
  });

  it('passes a refusal on', async () => {
    await expect(runTeacherCommand(new FakeTeacher(), { kind: 'escrow' })).rejects.toThrow(
      'escrow refused',
    );
  });
});

describe(movePanel, () => {
  it('steps through the panels and stops at either end', () => {
    expect(movePanel('join', 'next')).toBe('traffic');
    expect(movePanel('traffic', 'previous')).toBe('join');
    expect(movePanel('join', 'previous')).toBe('join');
    expect(movePanel('vote', 'next')).toBe('vote');
    expect(movePanel('roster', 'last')).toBe('vote');
    expect(movePanel('roster', 'first')).toBe('join');
  });
});

describe(parseTeacherChannelMessage, () => {
  it('keeps hello, commands, states and answers', () => {
    const state = { snapshot: classInProgress(), panel: 'ghost', revealed: false };
    expect(parseTeacherChannelMessage({ type: 'hello' })).toEqual({ type: 'hello' });
    expect(
      parseTeacherChannelMessage({ type: 'command', id: '1', command: { kind: 'steal' } }),
    ).toEqual({ type: 'command', id: '1', command: { kind: 'steal' } });
    expect(parseTeacherChannelMessage({ type: 'state', state })).toEqual({ type: 'state', state });
    expect(parseTeacherChannelMessage({ type: 'done', id: '1', error: 'no' })).toEqual({
      type: 'done',
      id: '1',
      error: 'no',
    });
  });

  it.each([
    { type: 'command', id: '1', command: { kind: 'nope' } },
    { type: 'command', command: { kind: 'steal' } },
    { type: 'state', state: { snapshot: null, panel: 'join', revealed: false } },
    { type: 'state', state: { snapshot: { roster: [] }, panel: 'join', revealed: false } },
    { type: 'state', state: { snapshot: classInProgress(), panel: 'nope', revealed: false } },
    { type: 'done', id: 1, error: null },
    { type: 'position' },
  ])('refuses %j', (data) => {
    expect(parseTeacherChannelMessage(data)).toBeNull();
  });
});
