/**
 * Identity keys, device certificates and bundles (docs/protocol.md §4): each
 * user has one Ed25519 identity key that signs each of the user's devices'
 * keys, and a client pins the first identity key it sees for each user.
 */
import { ByteWriter, equalBytes, textLength, toBase64url } from './bytes.js';
import { ESCROW_PREFIX, KEY_BYTES, SIGNATURE_BYTES, isWeakX25519 } from './envelope.js';
import { InvalidArgumentError, UncertifiedDeviceError, WeakKeyError } from './errors.js';
import type { Primitives } from './sodium.js';
import { isId } from './wire.js';

const CERT_DOMAIN = 'e2ee-kit/v2/device-certificate';

/** A device's public identity, as the directory serves it and commits carry it (§4.3). */
export interface DeviceBundle {
  /** The user the device belongs to, e.g. `alice`. */
  readonly user: string;
  /** Unique device id, e.g. `alice/phone`. */
  readonly device: string;
  /** Display name of the user, e.g. `Alice`. */
  readonly name: string;
  /** The user's Ed25519 identity public key (32 bytes): it signed {@link certificate}. */
  readonly identityKey: Uint8Array;
  /** Ed25519 public key (32 bytes): checks this device's signatures. */
  readonly signingKey: Uint8Array;
  /** X25519 public key (32 bytes): message keys are wrapped to it. */
  readonly agreementKey: Uint8Array;
  /** 64-byte Ed25519 signature by the identity key over both device keys and the name. */
  readonly certificate: Uint8Array;
}

/** `cert_bytes` of §4.2. */
export function certificateBytes(b: Omit<DeviceBundle, 'certificate'>): Uint8Array {
  return new ByteWriter(
    textLength(CERT_DOMAIN) +
      textLength(b.user) +
      textLength(b.device) +
      textLength(b.name) +
      4 * 36,
  )
    .text(CERT_DOMAIN)
    .text(b.user)
    .bytes(b.identityKey)
    .text(b.device)
    .text(b.name)
    .bytes(b.signingKey)
    .bytes(b.agreementKey)
    .finish();
}

/** `bundle_bytes` of §4.3, used inside commits. */
export function bundleBytes(w: ByteWriter, b: DeviceBundle): ByteWriter {
  return w
    .text(b.user)
    .text(b.device)
    .text(b.name)
    .bytes(b.identityKey)
    .bytes(b.signingKey)
    .bytes(b.agreementKey)
    .bytes(b.certificate);
}

const frozen = new WeakSet<object>();

/** A frozen bundle whose byte fields are getters that hand out copies (bundles are values too). */
export function freezeBundle(b: DeviceBundle): DeviceBundle {
  if (frozen.has(b)) return b;
  const bytes = (x: Uint8Array): PropertyDescriptor => {
    const own = x.slice();
    return { enumerable: true, get: () => own.slice() };
  };
  const out = Object.freeze(
    Object.defineProperties(
      {},
      {
        user: { enumerable: true, value: b.user },
        device: { enumerable: true, value: b.device },
        name: { enumerable: true, value: b.name },
        identityKey: bytes(b.identityKey),
        signingKey: bytes(b.signingKey),
        agreementKey: bytes(b.agreementKey),
        certificate: bytes(b.certificate),
      },
    ),
  ) as DeviceBundle;
  frozen.add(out);
  return out;
}

/**
 * Checks what a directory or a commit may hold as a bundle: ids, byte
 * lengths, a usable X25519 key. Does not check the certificate.
 *
 * @throws {InvalidArgumentError} naming the device, for a bad id or length.
 * @throws {WeakKeyError} naming the device, for a low-order X25519 key.
 */
export function checkBundleShape(sodium: Primitives, b: unknown): DeviceBundle {
  if (typeof b !== 'object' || b === null)
    throw new InvalidArgumentError('A device bundle must be an object.');
  const x = b as Record<string, unknown>;
  const device = isId(x.device) ? x.device : undefined;
  const who = device ?? 'a device';
  if (!device || device.startsWith(ESCROW_PREFIX)) {
    throw new InvalidArgumentError(
      `The device id of ${who} must be 1 to 128 bytes of text, not starting with "${ESCROW_PREFIX}".`,
    );
  }
  if (!isId(x.user))
    throw new InvalidArgumentError(`The user id of ${who} must be 1 to 128 bytes of text.`);
  if (!isId(x.name))
    throw new InvalidArgumentError(`The name of ${who} must be 1 to 128 bytes of text.`);
  for (const [field, len] of [
    ['identityKey', KEY_BYTES],
    ['signingKey', KEY_BYTES],
    ['agreementKey', KEY_BYTES],
    ['certificate', SIGNATURE_BYTES],
  ] as const) {
    const v = x[field];
    if (!(v instanceof Uint8Array) || v.length !== len) {
      throw new InvalidArgumentError(`The ${field} of ${who} must be ${len} bytes.`);
    }
  }
  const bundle = b as DeviceBundle;
  if (isWeakX25519(sodium, bundle.agreementKey)) throw new WeakKeyError(device);
  return bundle;
}

// Certificate checks of frozen bundles (values that cannot change), made once.
const certified = new WeakMap<DeviceBundle, boolean>();

/** Step 1 of `checkBundle` (§4.3): the identity key signed this bundle. */
export function isCertified(sodium: Primitives, b: DeviceBundle): boolean {
  const known = frozen.has(b) ? certified.get(b) : undefined;
  if (known !== undefined) return known;
  let ok: boolean;
  try {
    ok = sodium.crypto_sign_verify_detached(b.certificate, certificateBytes(b), b.identityKey);
  } catch {
    ok = false;
  }
  if (frozen.has(b)) certified.set(b, ok);
  return ok;
}

/** Throws {@link UncertifiedDeviceError} unless `b`'s certificate verifies. */
export function mustBeCertified(sodium: Primitives, b: DeviceBundle): void {
  if (!isCertified(sodium, b)) throw new UncertifiedDeviceError(b.device, b.user);
}

/**
 * One client's pinned identity keys (step 2 of `checkBundle`): the first key
 * seen for a user is pinned; a different one later is re-pinned and reported.
 */
export class IdentityPins {
  readonly #pins = new Map<string, Uint8Array>();

  /** The pinned identity key of `user`, if any. */
  get(user: string): Uint8Array | undefined {
    return this.#pins.get(user);
  }

  /** Whether pinning `key` for `user` would change a pin. */
  wouldChange(user: string, key: Uint8Array): boolean {
    const pinned = this.#pins.get(user);
    return pinned !== undefined && !equalBytes(pinned, key);
  }

  /** Pins `key` for `user`; returns `true` if it replaced another key. */
  pin(user: string, key: Uint8Array): boolean {
    const changed = this.wouldChange(user, key);
    this.#pins.set(user, key.slice());
    return changed;
  }

  /** A short id of a key, for messages. */
  static short(key: Uint8Array): string {
    return toBase64url(key.subarray(0, 6));
  }
}
