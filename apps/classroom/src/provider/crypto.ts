/**
 * Every use of `@e2ee-kit/crypto-demo` by the server, in one module: the
 * envelope and roster formats will change with protocol v2, and this file is
 * the only one that has to follow.
 *
 * The server is the kit's provider made real: it checks what a provider can
 * check with public keys only (the envelope's shape, the sender's key and
 * signature, the signatures on the roster) and never holds a private key of
 * anyone else. It does make one key pair of its own per class: the
 * "verifier" below, which only ever proves that it cannot read.
 */
import {
  createKit,
  fromBase64url,
  MalformedEnvelopeError,
  membershipStatement,
  parseEnvelope,
  serializeEnvelope,
  toBase64url,
  type Device,
  type DeviceBundle,
  type Kit,
  type Provider,
} from '@e2ee-kit/crypto-demo';
import sodium from 'libsodium-wrappers';

/** Bytes of an Ed25519 or X25519 public key. */
export const PUBLIC_KEY_BYTES = 32;
/** Bytes of an Ed25519 signature. */
export const SIGNATURE_BYTES = 64;

/** A device's public keys as the server's directory stores them. */
export interface PublicBundle {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  /** Ed25519, 32 bytes. */
  readonly signingKey: Uint8Array;
  /** X25519, 32 bytes. */
  readonly agreementKey: Uint8Array;
}

/** What the server reads from an envelope (the header is public by design). */
export interface RelayedEnvelope {
  readonly conversation: string;
  readonly senderUser: string;
  readonly senderDevice: string;
  readonly counter: number;
  readonly sentAt: number;
  /** Recipient ids, in the envelope's order. */
  readonly to: readonly string[];
  readonly ciphertextBytes: number;
  /** The envelope re-serialized in canonical JSON: exactly what is stored and relayed. */
  readonly json: string;
  /** @internal The parsed envelope, for {@link ClassCrypto.verifyEnvelope}. */
  readonly parsed: unknown;
}

export type EnvelopeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'unknown-sender' | 'bad-signature' };

/** One class's public-key checks. */
export interface ClassCrypto {
  /** Adds a device to the directory the checks use. */
  register(bundle: PublicBundle): void;
  /** The sender is in the directory with the envelope's key, and the signature checks out. */
  verifyEnvelope(envelope: RelayedEnvelope): EnvelopeCheck;
  /**
   * `signature` is `signer`'s Ed25519 signature over crypto-demo's membership
   * statement of `member` in `conversation` (a member-signed roster entry).
   */
  verifyMembership(
    conversation: string,
    member: PublicBundle,
    signer: PublicBundle,
    signature: Uint8Array,
  ): boolean;
}

/** The crypto the server needs, ready to use (libsodium loaded). */
export interface ProviderCrypto {
  /** Reads an envelope's JSON (a parsed value), or says why it is not one. */
  readEnvelope(
    value: unknown,
  ): { ok: true; envelope: RelayedEnvelope } | { ok: false; issues: string[] };
  /** Fresh checks for one class. */
  forClass(): ClassCrypto;
  /** Canonical unpadded base64url, or `undefined`. */
  decodeBytes(text: string): Uint8Array | undefined;
  encodeBytes(bytes: Uint8Array): string;
}

const VERIFIER_DEVICE = 'provider/verifier';

/** Loads libsodium (once) and returns the server's crypto. */
export async function loadProviderCrypto(): Promise<ProviderCrypto> {
  await sodium.ready;
  // Real randomness: the verifier's keys are never needed again.
  const kit: Kit = await createKit();
  return {
    readEnvelope(value) {
      let envelope: ReturnType<typeof parseEnvelope>;
      try {
        envelope = parseEnvelope(value);
      } catch (error) {
        if (error instanceof MalformedEnvelopeError)
          return { ok: false, issues: [...error.issues] };
        throw error;
      }
      const h = envelope.header;
      return {
        ok: true,
        envelope: {
          conversation: h.conversation,
          senderUser: h.senderUser,
          senderDevice: h.senderDevice,
          counter: h.counter,
          sentAt: h.sentAt,
          to: envelope.wraps.map((w) => w.to),
          ciphertextBytes: envelope.ciphertext.length,
          json: serializeEnvelope(envelope),
          parsed: envelope,
        },
      };
    },
    forClass() {
      return classCrypto(kit);
    },
    decodeBytes: fromBase64url,
    encodeBytes: toBase64url,
  };
}

function classCrypto(kit: Kit): ClassCrypto {
  const provider: Provider = kit.provider('classroom');
  // crypto-demo v1 has no public "verify this envelope's signature" call, but
  // `tryRead` runs exactly the receiver's public checks (sender in the
  // directory with this key, then the Ed25519 signature) before it tries to
  // unwrap. A device that is never a recipient therefore answers
  // 'not-a-recipient' if and only if those checks passed.
  // TODO(protocol v2): use the public verify function instead.
  const verifier: Device = kit.device(provider, {
    user: 'provider',
    device: VERIFIER_DEVICE,
    name: 'Provider',
  });
  return {
    register(bundle) {
      provider.register(toDemoBundle(bundle));
    },
    verifyEnvelope(envelope) {
      if (envelope.senderDevice === VERIFIER_DEVICE) return { ok: false, reason: 'unknown-sender' };
      const attempt = verifier.tryRead(envelope.parsed as Parameters<Device['tryRead']>[0]);
      if (attempt.canRead) {
        // Cannot happen: nobody wraps a key for the verifier. Refuse anyway.
        return { ok: false, reason: 'bad-signature' };
      }
      switch (attempt.reason) {
        case 'not-a-recipient':
          return { ok: true };
        case 'unknown-sender':
          return { ok: false, reason: 'unknown-sender' };
        default:
          return { ok: false, reason: 'bad-signature' };
      }
    },
    verifyMembership(conversation, member, signer, signature) {
      if (signature.length !== SIGNATURE_BYTES) return false;
      const statement = membershipStatement(conversation, toDemoBundle(member));
      return sodium.crypto_sign_verify_detached(signature, statement, signer.signingKey);
    },
  };
}

function toDemoBundle(bundle: PublicBundle): DeviceBundle {
  return {
    device: bundle.device,
    user: bundle.user,
    name: bundle.name,
    signingKey: bundle.signingKey,
    agreementKey: bundle.agreementKey,
  };
}

/** The server's own device id in each class directory: no student may take it. */
export const RESERVED_DEVICE_IDS: readonly string[] = [VERIFIER_DEVICE];
