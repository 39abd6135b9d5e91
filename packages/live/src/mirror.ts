/**
 * Every crypto-demo call a live client makes to keep its mirror: a local
 * `Provider` fed by the server's ordered events (certified bundles, roster
 * changes, signed commits, escrow keys), which the client's own `Device`
 * reads and checks exactly as it reads crypto-demo's in-memory provider.
 * One file, so that a change of crypto-demo's API touches one place.
 */
import {
  envelopeToJson,
  receiptToJson,
  fromBase64url,
  toBase64url,
  type Device,
  type DeviceBundle,
  type Envelope,
  type EscrowKeyInfo,
  type Kit,
  type Provider,
} from '@e2ee-kit/crypto-demo';
import type { BundleJson } from './protocol.js';

/** Base64url text → bytes; throws on text that is not base64url. */
function bytes(text: string, what: string): Uint8Array {
  const b = fromBase64url(text);
  if (!b) throw new Error(`${what} is not base64url.`);
  return b;
}

/** A bundle as the wire carries it (bytes as base64url) → crypto-demo's. */
export function bundleFromJson(b: BundleJson): DeviceBundle {
  return {
    device: b.device,
    user: b.user,
    name: b.name,
    identityKey: bytes(b.identityKey, 'identityKey'),
    signingKey: bytes(b.signingKey, 'signingKey'),
    agreementKey: bytes(b.agreementKey, 'agreementKey'),
    certificate: bytes(b.certificate, 'certificate'),
  };
}

export function bundleToJson(b: DeviceBundle): BundleJson {
  return {
    device: b.device,
    user: b.user,
    name: b.name,
    identityKey: toBase64url(b.identityKey),
    signingKey: toBase64url(b.signingKey),
    agreementKey: toBase64url(b.agreementKey),
    certificate: toBase64url(b.certificate),
  };
}

/** An escrow key as JSON (`publicKey` as base64url), the body of `PUT …/escrow`. */
export function escrowKeyToJson(key: EscrowKeyInfo): {
  id: string;
  name: string;
  publicKey: string;
} {
  return { id: key.id, name: key.name, publicKey: toBase64url(key.publicKey) };
}

export function escrowKeyFromJson(value: unknown): EscrowKeyInfo {
  const v = (value ?? {}) as Record<string, unknown>;
  if (typeof v.id !== 'string' || typeof v.name !== 'string' || typeof v.publicKey !== 'string')
    throw new Error('An escrow key is {id, name, publicKey}.');
  return { id: v.id, name: v.name, publicKey: bytes(v.publicKey, 'publicKey') };
}

/** Registers a certified bundle unless the directory has it; the directory checks the certificate. */
export function registerBundle(mirror: Provider, bundle: DeviceBundle): boolean {
  if (mirror.directory.find(bundle.device)) return false;
  mirror.register(bundle);
  return true;
}

function hasConversation(mirror: Provider, conversation: string): boolean {
  return mirror.conversations().some((c) => c.id === conversation);
}

/**
 * A signed commit of a member-signed class: the genesis creates the mirror's
 * conversation, a later one is applied with every chain check. `false` if
 * the mirror already has it (the phone's own commit coming back).
 */
export function importCommit(mirror: Provider, conversation: string, text: string): boolean {
  return mirror.importCommit(conversation, text);
}

/** A provider-managed roster change (the provider's own list), an access order included. */
export function importRosterChange(
  mirror: Provider,
  conversation: string,
  change: {
    op: 'add' | 'remove';
    device: string;
    hidden: boolean;
    suppressNotice: boolean;
    accessOrder: boolean;
  },
): boolean {
  // An access order before anyone joined reaches no conversation yet.
  if (change.accessOrder && !hasConversation(mirror, conversation)) return false;
  return mirror.importRosterChange(conversation, change);
}

/** A new device with fresh keys, registered in the mirror. */
export function newDevice(
  kit: Kit,
  mirror: Provider,
  who: { user: string; name: string; device: string; careful: boolean },
): Device {
  return kit.device(mirror, who);
}

/** The device's secrets as text: whoever holds them IS the device. */
export function exportSecrets(device: Device): string {
  return device.exportSecrets();
}

/** The device again from its exported secrets (and replay state), registered in the mirror. */
export function restoreDevice(
  kit: Kit,
  mirror: Provider,
  secrets: string,
  options: { careful: boolean; replayState?: string | undefined },
): Device {
  return kit.restoreDevice(mirror, secrets, {
    careful: options.careful,
    ...(options.replayState !== undefined ? { replayState: options.replayState } : {}),
  });
}

/** The signed read receipt of one envelope, as JSON for the `receipt` frame. */
export function readReceiptJson(device: Device, envelope: Envelope, readable: boolean): unknown {
  return JSON.parse(receiptToJson(device.readReceipt(envelope, readable))) as unknown;
}

/**
 * The provider's "ordered client update" carried out on this phone: its own
 * client signs a commit adding the ghost (and hides it from its own user).
 * Returns the commit's text.
 */
export function obeyClientUpdate(device: Device, conversation: string, ghost: string): string {
  return device.applyClientUpdate(conversation, ghost);
}

/** The envelope as the `envelope` frame carries it. */
export function envelopeFrameValue(envelope: Envelope): unknown {
  return envelopeToJson(envelope);
}
