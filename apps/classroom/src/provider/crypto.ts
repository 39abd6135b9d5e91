/**
 * Every use of `@e2ee-kit/crypto-demo` by the server, in one module: when
 * the protocol changes, this file is the only one that has to follow.
 *
 * The server is the kit's provider made real (protocol v2): it checks what a
 * provider can check with public keys only (a bundle's certificate against
 * its identity key, the envelope's shape, sender key and signature, the
 * commits of a member-signed roster, the signature of a read receipt) and
 * holds no private key at all: every check is crypto-demo's own
 * `Provider.checkEnvelope` / `Provider.checkReadReceipt` against a
 * per-class directory of certified bundles.
 */
import {
  certificateBytes,
  commitBytes,
  createKit,
  E2eeKitError,
  fromBase64url,
  MalformedEnvelopeError,
  MalformedInputError,
  parseCommit,
  parseEnvelope,
  parseReadReceipt,
  serializeEnvelope,
  toBase64url,
  type Commit,
  type DeviceBundle,
  type Envelope,
  type Kit,
} from '@e2ee-kit/crypto-demo';
import sodium from 'libsodium-wrappers';

/** Bytes of an Ed25519 or X25519 public key. */
export const PUBLIC_KEY_BYTES = 32;
/** Bytes of an Ed25519 signature (and of a device certificate). */
export const SIGNATURE_BYTES = 64;

/** A device's certified public bundle (protocol v2 §4.3), as the server's directory stores it. */
export interface PublicBundle {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  /** The user's Ed25519 identity key, 32 bytes: it signed `certificate`. */
  readonly identityKey: Uint8Array;
  /** Ed25519, 32 bytes. */
  readonly signingKey: Uint8Array;
  /** X25519, 32 bytes. */
  readonly agreementKey: Uint8Array;
  /** The identity key's Ed25519 signature over the device's keys and name, 64 bytes. */
  readonly certificate: Uint8Array;
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
  readonly parsed: Envelope;
}

export type EnvelopeCheck =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'unknown-sender' | 'bad-signature' };

/** A phone's signed read receipt (protocol v2 §19), as the server relays it to watchers. */
export interface CheckedReceipt {
  /** The device that read, or tried: its signature checked out. */
  readonly reader: string;
  /** crypto-demo's `envelopeId` of the envelope. */
  readonly envelope: string;
  readonly readable: boolean;
  /** The reader's clock (ms since 1970), as it signed it. */
  readonly at: number;
}

export type ReceiptCheck =
  | { readonly ok: true; readonly receipt: CheckedReceipt }
  | {
      readonly ok: false;
      /**
       * `malformed`: not a canonical version-2 receipt; `unknown-reader`: the reader is not in the
       * class's directory (or not certified); `bad-signature`: not signed by the reader it names.
       */
      readonly reason: 'malformed' | 'unknown-reader' | 'bad-signature';
      /** What crypto-demo said, for the log. */
      readonly issues: readonly string[];
    };

/** What the server reads from a member-signed commit (protocol v2 §6). */
export interface RelayedCommit {
  readonly conversation: string;
  readonly epoch: number;
  readonly action: 'create' | 'add' | 'update' | 'remove';
  readonly committer: string;
  readonly at: number;
  /** `create`: the first roster; `add`, `update`: the member. */
  readonly members: readonly PublicBundle[];
  /** `remove`: the device removed. */
  readonly removed: string | null;
  /** The commit's canonical JSON text: exactly what is stored and relayed. */
  readonly text: string;
  /** @internal */
  readonly parsed: Commit;
}

/** Why a commit does not extend the chain (the rules of protocol §6.4 the server can check). */
export type CommitCheck =
  | { readonly ok: true }
  | {
      readonly ok: false;
      readonly reason: 'epoch' | 'prev' | 'genesis' | 'signer' | 'signature' | 'member';
    };

/** One class's public-key checks. */
export interface ClassCrypto {
  /**
   * Adds a certified device to the directory the checks use.
   * @throws {Error} with a student-readable message if the bundle is malformed,
   * its X25519 key is weak, or its certificate does not check out.
   */
  register(bundle: PublicBundle): void;
  /** The sender is in the directory, certified, with the envelope's key, and the signature checks out. */
  verifyEnvelope(envelope: RelayedEnvelope): EnvelopeCheck;
  /**
   * Reads a read receipt (its JSON value or text, as the `receipt` frame
   * carries it) and checks its signature against the reader's certified
   * bundle in this class's directory. It does not check that the envelope
   * exists, nor who it was addressed to: the caller matches the id.
   */
  readReceipt(value: unknown): ReceiptCheck;
}

/** The crypto the server needs, ready to use (libsodium loaded). */
export interface ProviderCrypto {
  /** Reads an envelope's JSON (a parsed value), or says why it is not one. */
  readEnvelope(
    value: unknown,
  ): { ok: true; envelope: RelayedEnvelope } | { ok: false; issues: string[] };
  /** Reads a commit's JSON text (canonical form, version 2), or says why it is not one. */
  readCommit(text: string): { ok: true; commit: RelayedCommit } | { ok: false; issues: string[] };
  /**
   * Checks that `commit` extends the chain whose last commit is `previous`
   * (`undefined` before the genesis): epoch, `prev` hash, signer on
   * `roster` (the creator for the genesis), signature, and every bundle it
   * carries equal to the directory's certified one.
   */
  checkCommit(
    commit: RelayedCommit,
    previous: string | undefined,
    roster: readonly PublicBundle[],
    directory: (device: string) => PublicBundle | undefined,
  ): CommitCheck;
  /** Checks a bundle's certificate against its identity key (and the key lengths). */
  isCertified(bundle: PublicBundle): boolean;
  /** Fresh checks for one class. */
  forClass(): ClassCrypto;
  /** Canonical unpadded base64url, or `undefined`. */
  decodeBytes(text: string): Uint8Array | undefined;
  encodeBytes(bytes: Uint8Array): string;
  /** The longest commit text crypto-demo reads. */
  readonly maxCommitBytes: number;
}

/** Loads libsodium (once) and returns the server's crypto. */
export async function loadProviderCrypto(): Promise<ProviderCrypto> {
  await sodium.ready;
  // Real randomness, though the server's kit makes no key: it only holds directories.
  const kit: Kit = await createKit();
  const equal = (a: Uint8Array, b: Uint8Array) => a.length === b.length && sodium.memcmp(a, b);
  const sameBundle = (a: PublicBundle, b: PublicBundle) =>
    a.device === b.device &&
    a.user === b.user &&
    a.name === b.name &&
    equal(a.identityKey, b.identityKey) &&
    equal(a.signingKey, b.signingKey) &&
    equal(a.agreementKey, b.agreementKey) &&
    equal(a.certificate, b.certificate);
  const verify = (signature: Uint8Array, message: Uint8Array, key: Uint8Array) => {
    try {
      return sodium.crypto_sign_verify_detached(signature, message, key);
    } catch {
      return false;
    }
  };
  return {
    readEnvelope(value) {
      let envelope: ReturnType<typeof parseEnvelope>;
      try {
        envelope = parseEnvelope(value);
      } catch (error) {
        if (error instanceof MalformedEnvelopeError)
          return { ok: false, issues: [...error.issues] };
        if (error instanceof E2eeKitError) return { ok: false, issues: [error.message] };
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
    readCommit(text) {
      let c: Commit;
      try {
        c = parseCommit(text);
      } catch (error) {
        if (error instanceof MalformedInputError) return { ok: false, issues: [...error.issues] };
        if (error instanceof E2eeKitError) return { ok: false, issues: [error.message] };
        throw error;
      }
      return {
        ok: true,
        commit: {
          conversation: c.conversation,
          epoch: c.epoch,
          action: c.action,
          committer: c.committer,
          at: c.at,
          members: c.action === 'create' ? [...(c.members ?? [])] : c.member ? [c.member] : [],
          removed: c.action === 'remove' ? (c.device ?? null) : null,
          text,
          parsed: c,
        },
      };
    },
    checkCommit(commit, previous, roster, directory) {
      const c = commit.parsed;
      if (previous === undefined) {
        if (c.epoch !== 1) return { ok: false, reason: 'epoch' };
        if (c.action !== 'create' || !c.prev.every((b) => b === 0))
          return { ok: false, reason: 'genesis' };
      } else {
        const last = parseCommit(previous);
        if (c.epoch !== last.epoch + 1) return { ok: false, reason: 'epoch' };
        if (c.action === 'create') return { ok: false, reason: 'genesis' };
        // state(E) = BLAKE2b-256(commit_bytes of commit E) (protocol §6.3).
        if (!equal(c.prev, sodium.crypto_generichash(32, commitBytes(last), null)))
          return { ok: false, reason: 'prev' };
      }
      const signer =
        c.action === 'create'
          ? c.members?.[0]?.device === c.committer
            ? c.members[0]
            : undefined
          : roster.find((b) => b.device === c.committer);
      if (!signer) return { ok: false, reason: 'signer' };
      if (!verify(c.signature, commitBytes(c), signer.signingKey))
        return { ok: false, reason: 'signature' };
      // Every bundle the commit carries is the one the directory holds (so it is certified).
      for (const m of commit.members) {
        const known = directory(m.device);
        if (!known || !sameBundle(known, m)) return { ok: false, reason: 'member' };
      }
      if (c.action === 'remove' && !roster.some((b) => b.device === c.device))
        return { ok: false, reason: 'member' };
      return { ok: true };
    },
    isCertified(b) {
      if (
        b.identityKey.length !== PUBLIC_KEY_BYTES ||
        b.signingKey.length !== PUBLIC_KEY_BYTES ||
        b.agreementKey.length !== PUBLIC_KEY_BYTES ||
        b.certificate.length !== SIGNATURE_BYTES
      )
        return false;
      return verify(b.certificate, certificateBytes(b), b.identityKey);
    },
    forClass() {
      return classCrypto(kit);
    },
    decodeBytes: fromBase64url,
    encodeBytes: toBase64url,
    maxCommitBytes: 64 * 1024,
  };
}

function classCrypto(kit: Kit): ClassCrypto {
  // The class's directory of certified bundles: crypto-demo's provider-side
  // checks (protocol §11.2, §19) run against it. It relays nothing.
  const provider = kit.provider('classroom');
  const issuesOf = (error: E2eeKitError): readonly string[] =>
    error instanceof MalformedInputError || error instanceof MalformedEnvelopeError
      ? error.issues
      : [error.message];
  return {
    register(bundle) {
      provider.register(toDemoBundle(bundle));
    },
    verifyEnvelope(envelope) {
      try {
        provider.checkEnvelope(envelope.parsed);
        return { ok: true };
      } catch (error) {
        if (!(error instanceof E2eeKitError)) throw error;
        switch (error.code) {
          case 'unknown-participant':
          case 'uncertified-device':
          case 'sender-key-mismatch':
            return { ok: false, reason: 'unknown-sender' };
          default:
            return { ok: false, reason: 'bad-signature' };
        }
      }
    },
    readReceipt(value) {
      try {
        const receipt = parseReadReceipt(value);
        provider.checkReadReceipt(receipt);
        return {
          ok: true,
          receipt: {
            reader: receipt.reader,
            envelope: receipt.envelope,
            readable: receipt.readable,
            at: receipt.at,
          },
        };
      } catch (error) {
        if (!(error instanceof E2eeKitError)) throw error;
        const issues = issuesOf(error);
        switch (error.code) {
          case 'malformed':
          case 'unsupported-version':
            return { ok: false, reason: 'malformed', issues };
          case 'unknown-participant':
          case 'uncertified-device':
            return { ok: false, reason: 'unknown-reader', issues };
          default:
            return { ok: false, reason: 'bad-signature', issues };
        }
      }
    },
  };
}

function toDemoBundle(bundle: PublicBundle): DeviceBundle {
  return {
    device: bundle.device,
    user: bundle.user,
    name: bundle.name,
    identityKey: bundle.identityKey,
    signingKey: bundle.signingKey,
    agreementKey: bundle.agreementKey,
    certificate: bundle.certificate,
  };
}

/**
 * Ids no student may take. None now: the server no longer makes an escrow
 * "verifier" of its own, and crypto-demo refuses every `escrow:` device id.
 */
export const RESERVED_DEVICE_IDS: readonly string[] = [];
