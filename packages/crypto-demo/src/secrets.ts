/**
 * A device's secrets as one text (docs/protocol.md §20), so that a client
 * keeps its identity across reloads: `Device.exportSecrets` writes it,
 * `kit.restoreDevice` reads it back with every check below. Whoever holds
 * the text is the device.
 */
import { equalBytes, toBase64url } from './bytes.js';
import { bundleToJson, readBundle } from './commits.js';
import { KEY_BYTES } from './envelope.js';
import { MalformedInputError, UnsupportedVersionError } from './errors.js';
import { freezeBundle, isCertified, type DeviceBundle } from './identity.js';
import type { Primitives } from './sodium.js';
import { LIMITS, collecting, exactKeys, readBytes, readId, readJsonObject } from './wire.js';

/** What the text holds. */
export interface DeviceSecrets {
  readonly role: 'member' | 'ghost';
  /** The device's public bundle, certificate included. */
  readonly bundle: DeviceBundle;
  /** 32 bytes: the seed of the user's Ed25519 identity key pair (it certifies the user's devices). */
  readonly identitySeed: Uint8Array;
  /** 32 bytes: the seed of the device's Ed25519 signing key pair. */
  readonly signingSeed: Uint8Array;
  /** 32 bytes: the device's X25519 secret key. */
  readonly agreementSecret: Uint8Array;
}

const KEYS = [
  'v',
  'type',
  'role',
  'bundle',
  'identitySeed',
  'signingSeed',
  'agreementSecret',
] as const;
/** A real one is under 1 KB (ids are at most 128 bytes). */
const MAX_SECRETS_BYTES = 8_192;

/** The canonical JSON text of §20. */
export function serializeSecrets(s: DeviceSecrets): string {
  return JSON.stringify({
    v: 2,
    type: 'device-secrets',
    role: s.role,
    bundle: bundleToJson(s.bundle),
    identitySeed: toBase64url(s.identitySeed),
    signingSeed: toBase64url(s.signingSeed),
    agreementSecret: toBase64url(s.agreementSecret),
  });
}

/**
 * Reads exported device secrets and checks that they fit together: each
 * seed gives the public key its bundle lists, and the identity key certified
 * the bundle.
 *
 * @throws {MalformedInputError} (`what: 'device secrets'`) for anything else.
 * @throws {UnsupportedVersionError} for another version.
 */
export function parseSecrets(sodium: Primitives, input: unknown): DeviceSecrets {
  const malformed = (issues: string[]) => new MalformedInputError('device secrets', issues);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw malformed(['device secrets: expected the JSON text that exportSecrets() returned']);
  }
  const { text, value } = readJsonObject(input, MAX_SECRETS_BYTES, malformed);
  if (!Object.hasOwn(value, 'v')) throw malformed(['device secrets: missing field "v"']);
  if (value.v !== 2) throw new UnsupportedVersionError(value.v);
  const { value: secrets, issues } = collecting((i): DeviceSecrets => {
    exactKeys(i, value, KEYS, 'device secrets');
    if (value.type !== 'device-secrets') i.add('type', 'must be "device-secrets"');
    if (value.role !== 'member' && value.role !== 'ghost')
      i.add('role', 'must be "member" or "ghost"');
    return {
      role: value.role as 'member' | 'ghost',
      bundle: readBundle(i, value.bundle, 'bundle'),
      identitySeed: readBytes(i, value.identitySeed, 'identitySeed', 'text', KEY_BYTES),
      signingSeed: readBytes(i, value.signingSeed, 'signingSeed', 'text', KEY_BYTES),
      agreementSecret: readBytes(i, value.agreementSecret, 'agreementSecret', 'text', KEY_BYTES),
    };
  });
  if (!secrets) throw malformed(issues);
  if (serializeSecrets(secrets) !== text)
    throw malformed(['the text is not in canonical form (docs/protocol.md §3.3)']);
  const b = secrets.bundle;
  const wrong: string[] = [];
  if (!equalBytes(sodium.crypto_sign_seed_keypair(secrets.identitySeed).publicKey, b.identityKey))
    wrong.push("identitySeed: does not give the bundle's identity key");
  if (!equalBytes(sodium.crypto_sign_seed_keypair(secrets.signingSeed).publicKey, b.signingKey))
    wrong.push("signingSeed: does not give the bundle's signing key");
  if (!equalBytes(sodium.crypto_scalarmult_base(secrets.agreementSecret), b.agreementKey))
    wrong.push("agreementSecret: does not give the bundle's agreement key");
  if (wrong.length === 0 && !isCertified(sodium, b))
    wrong.push('bundle.certificate: the identity key did not sign this bundle');
  if (wrong.length > 0) throw malformed(wrong);
  return { ...secrets, bundle: freezeBundle(b) };
}

/** An escrow authority's master secret, with its id and name. */
export interface EscrowSecrets {
  readonly id: string;
  readonly name: string;
  /** 32 bytes: the X25519 master secret key. */
  readonly secret: Uint8Array;
}

/** The canonical JSON text of an authority's secrets (§20). */
export function serializeEscrowSecrets(s: EscrowSecrets): string {
  return JSON.stringify({
    v: 2,
    type: 'escrow-secrets',
    id: s.id,
    name: s.name,
    secret: toBase64url(s.secret),
  });
}

/**
 * Reads an authority's exported secrets.
 *
 * @throws {MalformedInputError} (`what: 'escrow secrets'`) for anything that is not one.
 * @throws {UnsupportedVersionError} for another version.
 */
export function parseEscrowSecrets(input: unknown): EscrowSecrets {
  const malformed = (issues: string[]) => new MalformedInputError('escrow secrets', issues);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) {
    throw malformed(['escrow secrets: expected the JSON text that exportSecrets() returned']);
  }
  const { text, value } = readJsonObject(input, MAX_SECRETS_BYTES, malformed);
  if (!Object.hasOwn(value, 'v')) throw malformed(['escrow secrets: missing field "v"']);
  if (value.v !== 2) throw new UnsupportedVersionError(value.v);
  const { value: secrets, issues } = collecting((i): EscrowSecrets => {
    exactKeys(i, value, ['v', 'type', 'id', 'name', 'secret'], 'escrow secrets');
    if (value.type !== 'escrow-secrets') i.add('type', 'must be "escrow-secrets"');
    return {
      id: readId(i, value.id, 'id', LIMITS.escrowIdBytes),
      name: readId(i, value.name, 'name'),
      secret: readBytes(i, value.secret, 'secret', 'text', KEY_BYTES),
    };
  });
  if (!secrets) throw malformed(issues);
  if (serializeEscrowSecrets(secrets) !== text)
    throw malformed(['the text is not in canonical form (docs/protocol.md §3.3)']);
  return secrets;
}
