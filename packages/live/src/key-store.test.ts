import { describe, expect, it } from 'vitest';
import { memoryKeyStore } from './key-store.js';

describe('memoryKeyStore', () => {
  it('gets what was set, forgets what was deleted, and keeps stores apart', async () => {
    const a = memoryKeyStore();
    const b = memoryKeyStore();
    expect(await a.get('k')).toBeUndefined();
    await a.set('k', 'one');
    await a.set('k', 'two');
    expect(await a.get('k')).toBe('two');
    expect(await b.get('k')).toBeUndefined();
    await a.delete('k');
    expect(await a.get('k')).toBeUndefined();
  });
});
