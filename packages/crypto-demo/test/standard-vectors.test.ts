/**
 * Published test vectors: libsodium (what crypto-demo uses) and the noble
 * libraries (what the independent implementation in test/independent/ uses)
 * agree with the standards. The protocol-level interop test is
 * independent-v2.test.ts.
 */
import { readFileSync } from 'node:fs';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { blake2b } from '@noble/hashes/blake2.js';
import sodium from 'libsodium-wrappers';
import { beforeAll, describe, expect, it } from 'vitest';
import { fromHex, hex } from './independent/noble-envelope.js';

const here = (path: string) => new URL(path, import.meta.url);

describe('published vectors (e): libsodium and noble agree with the standards', () => {
  beforeAll(async () => {
    await sodium.ready;
  });
  const load = (name: string): unknown =>
    JSON.parse(readFileSync(here(`./vectors/${name}`), 'utf8'));

  it('Ed25519, RFC 8032 §7.1', () => {
    const { cases } = load('ed25519.json') as {
      cases: { secretKey: string; publicKey: string; message: string; signature: string }[];
    };
    for (const c of cases) {
      const seed = fromHex(c.secretKey);
      const message = fromHex(c.message);
      const kp = sodium.crypto_sign_seed_keypair(seed);
      expect(hex(kp.publicKey)).toBe(c.publicKey);
      expect(hex(sodium.crypto_sign_detached(message, kp.privateKey))).toBe(c.signature);
      expect(sodium.crypto_sign_verify_detached(fromHex(c.signature), message, kp.publicKey)).toBe(
        true,
      );
      expect(hex(ed25519.getPublicKey(seed))).toBe(c.publicKey);
      expect(hex(ed25519.sign(message, seed))).toBe(c.signature);
      expect(
        ed25519.verify(fromHex(c.signature), message, fromHex(c.publicKey), { zip215: false }),
      ).toBe(true);
      expect(ed25519.verify(fromHex(c.signature), Uint8Array.of(0), fromHex(c.publicKey))).toBe(
        false,
      );
    }
  });

  it('X25519, RFC 7748 §6.1', () => {
    const v = load('x25519.json') as Record<
      'alicePrivate' | 'alicePublic' | 'bobPrivate' | 'bobPublic' | 'shared',
      string
    >;
    const [ap, bp, aP, bP] = [v.alicePrivate, v.bobPrivate, v.alicePublic, v.bobPublic].map(
      fromHex,
    ) as [Uint8Array, Uint8Array, Uint8Array, Uint8Array];
    expect(hex(sodium.crypto_scalarmult_base(ap))).toBe(v.alicePublic);
    expect(hex(sodium.crypto_scalarmult_base(bp))).toBe(v.bobPublic);
    expect(hex(sodium.crypto_scalarmult(ap, bP))).toBe(v.shared);
    expect(hex(sodium.crypto_scalarmult(bp, aP))).toBe(v.shared);
    expect(hex(x25519.getPublicKey(ap))).toBe(v.alicePublic);
    expect(hex(x25519.getPublicKey(bp))).toBe(v.bobPublic);
    expect(hex(x25519.getSharedSecret(ap, bP))).toBe(v.shared);
    expect(hex(x25519.getSharedSecret(bp, aP))).toBe(v.shared);
  });

  it('BLAKE2b-512, RFC 7693 Appendix A', () => {
    const v = load('blake2b.json') as { message: string; outputLength: number; digest: string };
    expect(hex(sodium.crypto_generichash(v.outputLength, fromHex(v.message), null))).toBe(v.digest);
    expect(hex(blake2b(fromHex(v.message), { dkLen: v.outputLength }))).toBe(v.digest);
  });

  it('XChaCha20-Poly1305, draft-irtf-cfrg-xchacha-03 §A.3.1', () => {
    const v = load('xchacha20poly1305.json') as Record<
      'key' | 'nonce' | 'aad' | 'plaintext' | 'ciphertext' | 'tag',
      string
    >;
    const [key, nonce, aad, plaintext] = [v.key, v.nonce, v.aad, v.plaintext].map(fromHex) as [
      Uint8Array,
      Uint8Array,
      Uint8Array,
      Uint8Array,
    ];
    const sealed = v.ciphertext + v.tag;
    expect(
      hex(sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(plaintext, aad, null, nonce, key)),
    ).toBe(sealed);
    expect(hex(xchacha20poly1305(key, nonce, aad).encrypt(plaintext))).toBe(sealed);
    expect(hex(xchacha20poly1305(key, nonce, aad).decrypt(fromHex(sealed)))).toBe(v.plaintext);
  });
});
