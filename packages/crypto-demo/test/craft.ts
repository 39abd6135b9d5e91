/**
 * A hand-made version-2 sender that follows docs/protocol.md with libsodium
 * calls only, for the adversarial tests: a forger of escrow "intercepts" and
 * a malicious sender that gives two readers two different message keys. It
 * holds its own keys and registers a certified bundle, as any client could.
 */
import sodium from 'libsodium-wrappers';
import { certificateBytes, type DeviceBundle, type Provider } from '../src/index.js';

await sodium.ready;

const enc = new TextEncoder();
function lp(x: Uint8Array | string): Uint8Array {
  const b = typeof x === 'string' ? enc.encode(x) : x;
  const out = new Uint8Array(4 + b.length);
  new DataView(out.buffer).setUint32(0, b.length);
  out.set(b, 4);
  return out;
}
function u64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n));
  return out;
}
function cat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
const b64 = (x: Uint8Array) => sodium.to_base64(x, sodium.base64_variants.URLSAFE_NO_PADDING);

/** A client made by hand: its keys, its certified bundle. */
export interface CraftedClient {
  readonly bundle: DeviceBundle;
  readonly signingSecret: Uint8Array;
  readonly agreementSecret: Uint8Array;
}

/** Keys and a certificate for `device`, made with libsodium (identity key included). */
export function craftClient(user: string, device: string, name: string): CraftedClient {
  const identity = sodium.crypto_sign_keypair();
  const signing = sodium.crypto_sign_keypair();
  const agreementSecret = sodium.randombytes_buf(32);
  const unsigned = {
    user,
    device,
    name,
    identityKey: identity.publicKey,
    signingKey: signing.publicKey,
    agreementKey: sodium.crypto_scalarmult_base(agreementSecret),
  };
  const certificate = sodium.crypto_sign_detached(certificateBytes(unsigned), identity.privateKey);
  return {
    bundle: { ...unsigned, certificate },
    signingSecret: signing.privateKey,
    agreementSecret,
  };
}

/** One recipient of a crafted envelope, and the message key its wrap holds. */
export interface CraftedRecipient {
  readonly to: string;
  readonly publicKey: Uint8Array;
  /** The key put in this wrap; default the envelope's message key. */
  readonly messageKey?: Uint8Array;
}

/**
 * A provider-managed envelope as JSON text, signed by `from` (or by `signer`,
 * to forge), with `mk` committed and the body encrypted under `mk`.
 */
export function craftEnvelope(options: {
  from: CraftedClient;
  /** The identity the header claims (default `from`'s). */
  claim?: { user: string; device: string; agreementKey?: Uint8Array };
  conversation: string;
  text: string;
  recipients: readonly CraftedRecipient[];
  counter?: number;
  sentAt?: number;
}): string {
  const { from } = options;
  const claim = options.claim ?? from.bundle;
  const senderKey = options.claim?.agreementKey ?? from.bundle.agreementKey;
  const mk = sodium.randombytes_buf(32);
  const core = cat(
    lp('e2ee-kit/v2/header'),
    lp(options.conversation),
    lp('provider-managed'),
    u64(0),
    lp(new Uint8Array(32)),
    lp(claim.user),
    lp(claim.device),
    lp(senderKey),
    u64(options.counter ?? 1),
    u64(options.sentAt ?? 1_742_500_900_000),
  );
  const commitment = sodium.crypto_generichash(
    32,
    cat(lp('e2ee-kit/v2/key-commitment'), lp(core)),
    mk,
  );
  const headerBytes = cat(core, lp(commitment));
  const headerHash = sodium.crypto_generichash(32, headerBytes, null);
  const nonce = sodium.randombytes_buf(24);
  const ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
    enc.encode(options.text),
    headerBytes,
    null,
    nonce,
    mk,
  );
  const sorted = [...options.recipients].sort((a, b) => (a.to < b.to ? -1 : 1));
  const wraps = sorted.map((r) => {
    const shared = sodium.crypto_scalarmult(from.agreementSecret, r.publicKey);
    const pairKey = sodium.crypto_generichash(
      32,
      cat(lp('e2ee-kit/v2/pair-key'), lp(shared), lp(from.bundle.agreementKey), lp(r.publicKey)),
      null,
    );
    const wrapNonce = sodium.randombytes_buf(24);
    const key = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
      r.messageKey ?? mk,
      cat(lp('e2ee-kit/v2/wrap'), headerHash, lp(r.to)),
      null,
      wrapNonce,
      pairKey,
    );
    return { to: r.to, nonce: wrapNonce, key };
  });
  const signed = cat(
    lp('e2ee-kit/v2/signature'),
    headerHash,
    lp(nonce),
    lp(ciphertext),
    (() => {
      const n = new Uint8Array(4);
      new DataView(n.buffer).setUint32(0, wraps.length);
      return n;
    })(),
    ...wraps.flatMap((w) => [lp(w.to), lp(w.nonce), lp(w.key)]),
  );
  const signature = sodium.crypto_sign_detached(signed, from.signingSecret);
  return JSON.stringify({
    v: 2,
    suite: 'X25519-BLAKE2b-XChaCha20Poly1305-Ed25519',
    header: {
      conversation: options.conversation,
      mode: 'provider-managed',
      epoch: 0,
      state: b64(new Uint8Array(32)),
      senderUser: claim.user,
      senderDevice: claim.device,
      senderKey: b64(senderKey),
      counter: options.counter ?? 1,
      sentAt: options.sentAt ?? 1_742_500_900_000,
      commitment: b64(commitment),
    },
    nonce: b64(nonce),
    ciphertext: b64(ciphertext),
    wraps: wraps.map((w) => ({ to: w.to, nonce: b64(w.nonce), key: b64(w.key) })),
    signature: b64(signature),
  });
}

/** Registers a crafted client with a provider (as any app would). */
export function registerCrafted(provider: Provider, client: CraftedClient): void {
  provider.register(client.bundle);
}
