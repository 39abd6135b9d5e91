/**
 * Read receipts (docs/protocol.md §19) and device secrets (§20), checked by
 * the independent implementation in test/independent (noble libraries,
 * written from the protocol text): what crypto-demo signs verifies over the
 * bytes the text specifies, and a receipt signed by noble from exported
 * secrets passes crypto-demo's check.
 */
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { describe, expect, it } from 'vitest';
import { createKit, parseReadReceipt, TamperedReceiptError } from '../src/index.js';
import { b64, concat, equalBytes, fromB64, lp, u64, verifySig } from './independent/noble-v2.js';

/** `receipt_bytes` of §19, from the text. */
function receiptBytes(reader: string, envelope: string, readable: boolean, at: number): Uint8Array {
  return concat(
    lp('e2ee-kit/v2/read-receipt'),
    lp(reader),
    lp(fromB64(envelope) as Uint8Array),
    Uint8Array.of(readable ? 1 : 0),
    u64(at),
  );
}

async function scene() {
  const kit = await createKit();
  const provider = kit.provider();
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  alice.createConversation('chat', [bob]);
  return { provider, alice, bob, envelope: alice.send('chat', 'read me') };
}

describe('read receipts and device secrets, by the independent implementation', () => {
  it("crypto-demo's receipt verifies over the receipt_bytes of §19", async () => {
    const { bob, envelope } = await scene();
    for (const readable of [true, false]) {
      const r = bob.readReceipt(envelope, readable);
      const bytes = receiptBytes(r.reader, r.envelope, r.readable, r.at);
      expect(verifySig(bob.bundle.signingKey, bytes, r.signature)).toBe(true);
      expect(
        verifySig(
          bob.bundle.signingKey,
          receiptBytes(r.reader, r.envelope, !readable, r.at),
          r.signature,
        ),
      ).toBe(false);
    }
  });

  it('the exported secrets are the keys §20 says, and a receipt noble signs with them passes', async () => {
    const { provider, bob, envelope } = await scene();
    const s = JSON.parse(bob.exportSecrets()) as Record<string, string>;
    const signingSeed = fromB64(s.signingSeed as string) as Uint8Array;
    const agreementSecret = fromB64(s.agreementSecret as string) as Uint8Array;
    const identitySeed = fromB64(s.identitySeed as string) as Uint8Array;
    expect(equalBytes(ed25519.getPublicKey(signingSeed), bob.bundle.signingKey)).toBe(true);
    expect(equalBytes(x25519.getPublicKey(agreementSecret), bob.bundle.agreementKey)).toBe(true);
    expect(equalBytes(ed25519.getPublicKey(identitySeed), bob.identityKey)).toBe(true);

    const fields = {
      envelope: b64(envelope.signature.subarray(0, 9)),
      reader: bob.id,
      readable: true,
      at: 1_700_000_000_000,
    };
    const signature = ed25519.sign(
      receiptBytes(fields.reader, fields.envelope, true, fields.at),
      signingSeed,
    );
    const text = JSON.stringify({
      v: 2,
      type: 'read-receipt',
      ...fields,
      signature: b64(signature),
    });
    expect(() => {
      provider.checkReadReceipt(parseReadReceipt(text));
    }).not.toThrow();
    // Signed with another key (the identity key): refused.
    const wrong = ed25519.sign(
      receiptBytes(fields.reader, fields.envelope, true, fields.at),
      identitySeed,
    );
    expect(() => {
      provider.checkReadReceipt({ ...fields, signature: wrong });
    }).toThrow(TamperedReceiptError);
  });
});
