/** The receiving half of the protocol, shared by devices and escrow key holders. */
import { equalBytes, fromUtf8 } from './bytes.js';
import type { KitContext } from './context.js';
import { headerBytes, headerHash, signedBytes, wrapAssociatedData, type Envelope, type WrappedKey } from './envelope.js';
import type { Trace } from './trace.js';

/** `header_bytes` and `header_hash` of one envelope, computed once per envelope object. */
export interface HeaderDigest {
  readonly bytes: Uint8Array;
  readonly hash: Uint8Array;
}

const digests = new WeakMap<Envelope, HeaderDigest>();

/** The header's bytes and hash (public values, so they are shared between parties). */
export function digestHeader(ctx: KitContext, envelope: Envelope): HeaderDigest {
  let d = digests.get(envelope);
  if (!d) {
    const bytes = headerBytes(envelope.header);
    d = { bytes, hash: headerHash(ctx.sodium, bytes) };
    digests.set(envelope, d);
  }
  return d;
}

// Verifying a signature is a public computation (the key is public), so its
// outcome is shared by every party that checks the same envelope with the same
// key: whoCanRead checks 30 parties without 30 Ed25519 verifications.
const verified = new WeakMap<Envelope, { readonly key: Uint8Array; readonly ok: boolean }[]>();

/** Ed25519 check of the envelope's signature with `signingKey`. */
export function verifySignature(
  ctx: KitContext,
  envelope: Envelope,
  signingKey: Uint8Array,
  party: string,
  trace: Trace | undefined,
): boolean {
  let results = verified.get(envelope);
  if (!results) {
    results = [];
    verified.set(envelope, results);
  }
  // Nearly always one entry: every party checks with the sender's key from the directory.
  let ok = results.find((r) => equalBytes(r.key, signingKey))?.ok;
  if (ok === undefined) {
    const { hash } = digestHeader(ctx, envelope);
    const message = signedBytes(hash, envelope.nonce, envelope.ciphertext, envelope.wraps);
    ok = ctx.sodium.crypto_sign_verify_detached(envelope.signature, message, signingKey);
    results.push({ key: signingKey.slice(), ok });
  }
  trace?.add({ step: 'verify', party, ok, signature: envelope.signature.slice(), signingKey: signingKey.slice() });
  return ok;
}

/** Outcome of trying one wrapped key and then the body. */
export type OpenOutcome =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly failed: 'wrapped-key' | 'ciphertext' };

/** Opens `wrap` with `key` and, if that works, decrypts the body. */
export function openWith(
  ctx: KitContext,
  envelope: Envelope,
  wrap: WrappedKey,
  key: Uint8Array,
  party: string,
  trace: Trace | undefined,
): OpenOutcome {
  const { sodium } = ctx;
  const digest = digestHeader(ctx, envelope);
  let messageKey: Uint8Array;
  try {
    messageKey = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      wrap.key,
      wrapAssociatedData(digest.hash, wrap.to),
      wrap.nonce,
      key,
    );
  } catch {
    trace?.add({ step: 'unwrap', party, ok: false, wrappedKey: wrap.key.slice(), messageKey: undefined });
    return { ok: false, failed: 'wrapped-key' };
  }
  trace?.add({ step: 'unwrap', party, ok: true, wrappedKey: wrap.key.slice(), messageKey: messageKey.slice() });
  let plaintext: Uint8Array | undefined;
  try {
    plaintext = sodium.crypto_aead_xchacha20poly1305_ietf_decrypt(
      null,
      envelope.ciphertext,
      digest.bytes,
      envelope.nonce,
      messageKey,
    );
  } catch {
    plaintext = undefined;
  } finally {
    messageKey.fill(0);
  }
  const text = plaintext && fromUtf8(plaintext);
  trace?.add({
    step: 'decrypt',
    party,
    ok: text !== undefined,
    ciphertext: envelope.ciphertext.slice(),
    plaintext: plaintext?.slice(),
    text,
  });
  return text === undefined ? { ok: false, failed: 'ciphertext' } : { ok: true, text };
}

// Which wraps each recipient id has, per envelope: public data, built once and
// shared by every party that tries the envelope.
const wrapIndex = new WeakMap<Envelope, Map<string, WrappedKey[]>>();

function wrapsAddressedTo(envelope: Envelope, to: string): readonly WrappedKey[] {
  let index = wrapIndex.get(envelope);
  if (!index) {
    index = new Map();
    for (const w of envelope.wraps) {
      const list = index.get(w.to);
      if (list) list.push(w);
      else index.set(w.to, [w]);
    }
    wrapIndex.set(envelope, index);
  }
  return index.get(to) ?? [];
}

/**
 * The wraps in the order a party should try them: those addressed to `to`
 * first, then all the others. Lazy, so that a party whose own wrap opens
 * stops there: whoCanRead over n parties costs O(n) unwraps, not O(n²).
 */
export function* wrapsToTry(envelope: Envelope, to: string): Generator<WrappedKey, void, undefined> {
  yield* wrapsAddressedTo(envelope, to);
  for (const w of envelope.wraps) if (w.to !== to) yield w;
}

/** Public keys compared in constant shape. */
export const sameKey = equalBytes;
