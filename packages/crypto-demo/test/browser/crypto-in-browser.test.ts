/**
 * Runs in Chromium only (Vitest browser mode): the package works in a page,
 * with libsodium's WebAssembly and Web Crypto, not just in Node.
 */
import { describe, expect, it } from 'vitest';
import { createKit, parseEnvelope, serializeEnvelope, whoCanRead } from '../../src/index.js';

describe(createKit.name, () => {
  it('really runs in a browser page', () => {
    expect(typeof window).not.toBe('undefined');
    expect(document.body).toBeInstanceOf(HTMLElement);
    expect(navigator.userAgent).toMatch(/Chrom(e|ium)/);
    // Node's globals are absent.
    expect(
      typeof (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node,
    ).toBe('undefined');
  });

  it('loads libsodium and runs a group chat with a ghost and escrow, answered by real decryption', async () => {
    // Random keys from the browser's Web Crypto, not a seed.
    const kit = await createKit();
    expect(kit.deterministic).toBe(false);
    const provider = kit.provider('Messenger');
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    const carol = kit.device(provider, { user: 'carol', careful: true });
    alice.createConversation('chat', [bob, carol]);
    const before = alice.send('chat', 'before the ghost');

    const ghost = kit.ghost(provider);
    provider.executeAccessOrder({ conversation: 'chat', ghost });
    const agency = kit.escrowAuthority();
    provider.mandateEscrow(agency);
    const after = bob.send('chat', 'after the ghost');
    const careful = carol.send('chat', 'from the careful client');

    const parties = [alice, bob, carol, ghost, provider, agency];
    const readers = (e: Parameters<typeof whoCanRead>[0]) =>
      whoCanRead(e, parties)
        .filter((r) => r.canRead)
        .map((r) => r.party.name);
    expect(readers(before)).toEqual(['Alice', 'Bob', 'Carol']);
    expect(readers(after)).toEqual(['Alice', 'Bob', 'Carol', 'Ghost', 'Agency']);
    // A careful client still follows the provider's roster: it reports the ghost, and encrypts to it.
    expect(readers(careful)).toEqual(['Alice', 'Bob', 'Carol', 'Ghost', 'Agency']);
    expect(carol.open(after).unexpectedRecipients).toEqual(['ghost/agency']);
    const [ghostReport] = whoCanRead(after, [ghost]);
    expect(ghostReport).toMatchObject({ canRead: true, reason: 'ghost', text: 'after the ghost' });

    expect(carol.verifyRoster('chat').unverified.map((e) => e.device)).toEqual(['ghost/agency']);
    expect(alice.receive().messages.map((m) => m.text)).toEqual([
      'after the ghost',
      'from the careful client',
    ]);
  });

  it('serializes and parses envelopes (text and bytes) to the same envelope', async () => {
    const kit = await createKit({ seed: 'browser' });
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    alice.createConversation('chat', [bob]);
    const envelope = alice.send('chat', 'ça marche dans le navigateur');
    const wire = serializeEnvelope(envelope);
    const back = parseEnvelope(wire);
    expect(serializeEnvelope(back)).toBe(wire);
    expect(serializeEnvelope(parseEnvelope(new TextEncoder().encode(wire)))).toBe(wire);
    expect(bob.open(back).text).toBe('ça marche dans le navigateur');
  });
});
