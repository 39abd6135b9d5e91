import { describe, expect, it } from 'vitest';
import { readFrame } from './protocol.js';

describe('readFrame', () => {
  it('reads a vote and a report', () => {
    expect(readFrame('{"type":"vote","question":"access-order","choice":"yes"}')).toMatchObject({
      ok: true,
      frame: { type: 'vote', choice: 'yes' },
    });
    const report = readFrame(
      '{"type":"report","method":"roster-check","suspect":"ghost/agency","detail":"hidden member"}',
    );
    expect(report.ok).toBe(true);
  });

  it('refuses what is not a frame, with a typed code and no echo of the value', () => {
    expect(readFrame('not json')).toMatchObject({ ok: false, code: 'malformed' });
    expect(readFrame('[]')).toMatchObject({ ok: false, code: 'malformed' });
    expect(readFrame('{"type":"shout"}')).toMatchObject({ ok: false, code: 'unknown-type' });
    const bad = readFrame(
      '{"type":"report","method":"gossip","suspect":null,"detail":"SECRET-42"}',
    );
    expect(bad).toMatchObject({ ok: false, code: 'malformed' });
    expect(JSON.stringify(bad)).not.toContain('SECRET-42');
    expect(readFrame('{"type":"vote","question":"Q 1","choice":"yes"}').ok).toBe(false);
    expect(readFrame('{"type":"ping","extra":1}').ok).toBe(false);
  });
});
