/**
 * The baseline of the send benchmark: the libsodium calls one message needs,
 * made directly, with every buffer laid out in advance and no objects built
 * in the timed part. It follows docs/protocol.md byte for byte, so the
 * envelope it makes opens with a real device (run.ts checks that before it
 * times anything): it does the same cryptographic work as `Device.send`,
 * and nothing else.
 */
import sodium from 'libsodium-wrappers';
import {
  certificateBytes,
  PROTOCOL_VERSION,
  type DeviceBundle,
  type Envelope,
} from '../src/index.js';

const encoder = new TextEncoder();

/** `lp(x)`: a 4-byte big-endian length, then `x`. */
function lp(bytes: Uint8Array): Uint8Array {
  const out = new Uint8Array(4 + bytes.length);
  new DataView(out.buffer).setUint32(0, bytes.length);
  out.set(bytes, 4);
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

function random(length: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(length));
}

function writeU64(view: DataView, offset: number, n: number): void {
  view.setUint32(offset, Math.floor(n / 0x1_0000_0000));
  view.setUint32(offset + 4, n >>> 0);
}

/** A sender that builds envelopes with direct libsodium calls. */
export interface RawSender {
  /** Its public keys, to register with the provider so that devices can check its envelopes. */
  readonly bundle: DeviceBundle;
  /** Encrypts, wraps and signs one message (the timed part). */
  readonly send: () => void;
  /** The last message as an {@link Envelope} (not timed: only for the fairness check). */
  readonly lastEnvelope: () => Envelope;
}

/**
 * Makes a raw sender for `conversation` whose message keys are wrapped for
 * itself and for `recipients`, with the pair keys computed once up front
 * (as `Device` caches them).
 */
export function makeRawSender(
  conversation: string,
  identity: { user: string; device: string; name: string },
  recipients: readonly DeviceBundle[],
  text: string,
): RawSender {
  const identityKey = sodium.crypto_sign_seed_keypair(random(32));
  const signing = sodium.crypto_sign_seed_keypair(random(32));
  const agreementSecret = random(32);
  const unsigned = {
    ...identity,
    identityKey: identityKey.publicKey,
    signingKey: signing.publicKey,
    agreementKey: sodium.crypto_scalarmult_base(agreementSecret),
  };
  const bundle: DeviceBundle = {
    ...unsigned,
    certificate: sodium.crypto_sign_detached(certificateBytes(unsigned), identityKey.privateKey),
  };
  // Wraps in canonical order (ids bytewise; these are ASCII).
  const to = [bundle, ...recipients].sort((a, b) => (a.device < b.device ? -1 : 1));
  const pairKeys = to.map((r) =>
    sodium.crypto_generichash(
      32,
      concat(
        lp(encoder.encode('e2ee-kit/v2/pair-key')),
        lp(sodium.crypto_scalarmult(agreementSecret, r.agreementKey)),
        lp(bundle.agreementKey),
        lp(r.agreementKey),
      ),
      null,
    ),
  );
  const plaintext = encoder.encode(text);
  const n = to.length;

  // header_core ‖ lp(commitment), with the counter, the time and the commitment patched in place
  // per message; the commitment is keyed BLAKE2b over lp(domain) ‖ lp(header_core).
  const core = concat(
    lp(encoder.encode('e2ee-kit/v2/header')),
    lp(encoder.encode(conversation)),
    lp(encoder.encode('provider-managed')),
    new Uint8Array(8),
    lp(new Uint8Array(32)),
    lp(encoder.encode(identity.user)),
    lp(encoder.encode(identity.device)),
    lp(bundle.agreementKey),
    new Uint8Array(16),
  );
  const header = concat(core, lp(new Uint8Array(32)));
  const headerView = new DataView(header.buffer);
  const counterAt = core.length - 16;
  const commitmentAt = core.length + 4;
  const commitDomain = lp(encoder.encode('e2ee-kit/v2/key-commitment'));
  const commitInput = concat(commitDomain, lp(core));
  const commitView = new DataView(commitInput.buffer);
  const commitCounterAt = commitDomain.length + 4 + counterAt;

  // The associated data of each wrap, with the header hash patched in place.
  const wrapDomain = lp(encoder.encode('e2ee-kit/v2/wrap'));
  const hashInAd = wrapDomain.length;
  const ads = to.map((r) => concat(wrapDomain, new Uint8Array(32), lp(encoder.encode(r.device))));

  // The signed bytes, with every variable part copied in place.
  const sigDomain = lp(encoder.encode('e2ee-kit/v2/signature'));
  const ciphertextLength = plaintext.length + 16;
  const hashAt = sigDomain.length;
  const nonceAt = hashAt + 32 + 4;
  const ciphertextAt = nonceAt + 24 + 4;
  let size = ciphertextAt + ciphertextLength + 4;
  const wrapNonceAt: number[] = [];
  const wrapKeyAt: number[] = [];
  const toBytes = to.map((r) => lp(encoder.encode(r.device)));
  for (const t of toBytes) {
    size += t.length + 4;
    wrapNonceAt.push(size);
    size += 24 + 4;
    wrapKeyAt.push(size);
    size += 48;
  }
  const signed = new Uint8Array(size);
  const signedView = new DataView(signed.buffer);
  signed.set(sigDomain, 0);
  signedView.setUint32(hashAt + 32, 24);
  signedView.setUint32(ciphertextAt - 4, ciphertextLength);
  signedView.setUint32(ciphertextAt + ciphertextLength, n);
  toBytes.forEach((t, i) => {
    const at = (wrapNonceAt[i] as number) - 4 - t.length;
    signed.set(t, at);
    signedView.setUint32((wrapNonceAt[i] as number) - 4, 24);
    signedView.setUint32((wrapKeyAt[i] as number) - 4, 48);
  });

  // Everything one wrap needs, in recipient order.
  const slots = to.map((_, i) => ({
    ad: ads[i] as Uint8Array,
    pairKey: pairKeys[i] as Uint8Array,
    nonceAt: wrapNonceAt[i] as number,
    keyAt: wrapKeyAt[i] as number,
  }));

  let counter = 0;
  let sentAt = 0;
  let fresh = new Uint8Array(0);
  let ciphertext: Uint8Array = new Uint8Array(0);
  const wrapped: Uint8Array[] = new Array<Uint8Array>(n);
  let signature: Uint8Array = new Uint8Array(0);
  let commitment: Uint8Array = new Uint8Array(32);

  return {
    bundle,
    send: () => {
      counter += 1;
      sentAt = Date.now();
      writeU64(headerView, counterAt, counter);
      writeU64(headerView, counterAt + 8, sentAt);
      writeU64(commitView, commitCounterAt, counter);
      writeU64(commitView, commitCounterAt + 8, sentAt);
      fresh = new Uint8Array(32 + 24 * (1 + n));
      globalThis.crypto.getRandomValues(fresh);
      const messageKey = fresh.subarray(0, 32);
      const nonce = fresh.subarray(32, 56);
      commitment = sodium.crypto_generichash(32, commitInput, messageKey);
      header.set(commitment, commitmentAt);
      const headerHash = sodium.crypto_generichash(32, header, null);
      ciphertext = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
        plaintext,
        header,
        null,
        nonce,
        messageKey,
      );
      signed.set(headerHash, hashAt);
      signed.set(nonce, nonceAt);
      signed.set(ciphertext, ciphertextAt);
      let i = 0;
      for (const slot of slots) {
        slot.ad.set(headerHash, hashInAd);
        const wrapNonce = fresh.subarray(56 + 24 * i, 80 + 24 * i);
        const key = sodium.crypto_aead_xchacha20poly1305_ietf_encrypt(
          messageKey,
          slot.ad,
          null,
          wrapNonce,
          slot.pairKey,
        );
        signed.set(wrapNonce, slot.nonceAt);
        signed.set(key, slot.keyAt);
        wrapped[i++] = key;
      }
      signature = sodium.crypto_sign_detached(signed, signing.privateKey);
    },
    lastEnvelope: () => {
      return {
        version: PROTOCOL_VERSION,
        header: {
          conversation,
          mode: 'provider-managed',
          epoch: 0,
          state: new Uint8Array(32),
          senderUser: identity.user,
          senderDevice: identity.device,
          senderKey: bundle.agreementKey,
          counter,
          sentAt,
          commitment,
        },
        nonce: fresh.slice(32, 56),
        ciphertext,
        wraps: to.map((r, i) => ({
          to: r.device,
          nonce: fresh.slice(56 + 24 * i, 80 + 24 * i),
          key: wrapped[i] as Uint8Array,
        })),
        signature,
      };
    },
  };
}
