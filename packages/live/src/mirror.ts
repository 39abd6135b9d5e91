/**
 * Every crypto-demo call a live client makes to keep its mirror: a local
 * `Provider` fed by the server's ordered events (certified bundles, roster
 * changes, signed commits, escrow keys), which the client's own `Device`
 * reads and checks exactly as it reads crypto-demo's in-memory provider.
 * One file, so that a change of crypto-demo's API touches one place.
 */
import * as cryptoDemo from '@e2ee-kit/crypto-demo';
import {
  envelopeToJson,
  fromBase64url,
  toBase64url,
  type Device,
  type DeviceBundle,
  type Envelope,
  type EscrowKeyInfo,
  type GroupMode,
  type Kit,
  type Provider,
} from '@e2ee-kit/crypto-demo';
import type { BundleJson } from './protocol.js';

/**
 * The calls LIVE.md asks of crypto-demo (helper "crypto"). Until they are
 * merged, the mirror falls back on the provider's `@internal` methods (as
 * apps/classroom's test harness does) and a device cannot be exported.
 */
interface PublicMirrorApi {
  importCommit?(conversation: string, commitText: string): boolean;
  importRosterChange?(
    conversation: string,
    change: {
      op: 'add' | 'remove';
      device: string;
      hidden?: boolean;
      suppressNotice?: boolean;
      accessOrder?: boolean;
    },
  ): boolean;
}
interface InternalMirrorApi {
  createConversation(input: {
    id: string;
    name: string;
    mode: GroupMode;
    creator: string;
    devices?: readonly string[];
    genesis?: string;
  }): void;
  publishCommit(conversation: string, text: string): void;
  addEntry(
    conversation: string,
    device: string,
    options?: { hidden?: boolean; suppressNotice?: boolean },
  ): void;
}
interface ExportableDevice {
  exportSecrets?(): string;
  readReceipt?(envelope: Envelope, readable: boolean): unknown;
}
interface RestoringKit {
  restoreDevice?(provider: Provider, secrets: string, options?: { careful?: boolean }): Device;
}
interface ReceiptJsonApi {
  receiptToJson?: (receipt: unknown) => unknown;
}

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
  const api = mirror as unknown as PublicMirrorApi & InternalMirrorApi;
  if (api.importCommit) return api.importCommit(conversation, text);
  if (!hasConversation(mirror, conversation)) {
    const creator = (JSON.parse(text) as { committer?: unknown }).committer;
    api.createConversation({
      id: conversation,
      name: 'class',
      mode: 'member-signed',
      creator: typeof creator === 'string' ? creator : '',
      genesis: text,
    });
    return true;
  }
  if (mirror.commits(conversation).includes(text)) return false;
  api.publishCommit(conversation, text);
  return true;
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
  const api = mirror as unknown as PublicMirrorApi & InternalMirrorApi;
  if (api.importRosterChange) return api.importRosterChange(conversation, change);
  const exists = hasConversation(mirror, conversation);
  const listed =
    exists && mirror.conversation(conversation).entries.some((e) => e.device === change.device);
  if (change.op === 'remove') {
    if (!listed) return false;
    mirror.removeEntry(conversation, change.device, { suppressNotice: change.suppressNotice });
    return true;
  }
  if (listed) return false;
  if (!exists) {
    if (change.accessOrder) return false;
    api.createConversation({
      id: conversation,
      name: 'class',
      mode: 'provider-managed',
      creator: change.device,
      devices: [change.device],
    });
    return true;
  }
  if (change.accessOrder) {
    mirror.executeAccessOrder({
      conversation,
      ghost: { bundle: mirror.directory.device(change.device) },
      suppressNotices: change.suppressNotice,
      hidden: change.hidden,
    });
    return true;
  }
  api.addEntry(conversation, change.device, {
    hidden: change.hidden,
    suppressNotice: change.suppressNotice,
  });
  return true;
}

/** A new device with fresh keys, registered in the mirror. */
export function newDevice(
  kit: Kit,
  mirror: Provider,
  who: { user: string; name: string; device: string; careful: boolean },
): Device {
  return kit.device(mirror, who);
}

/** The device's secrets as text (whoever holds them IS the device), or `null` if crypto-demo cannot yet export them. */
export function exportSecrets(device: Device): string | null {
  const d = device as unknown as ExportableDevice;
  return d.exportSecrets ? d.exportSecrets() : null;
}

/** The device again from its exported secrets, registered in the mirror. */
export function restoreDevice(
  kit: Kit,
  mirror: Provider,
  secrets: string,
  careful: boolean,
): Device | null {
  const k = kit as unknown as RestoringKit;
  return k.restoreDevice ? k.restoreDevice(mirror, secrets, { careful }) : null;
}

/** The signed read receipt of one envelope as JSON for the `receipt` frame, or `null` if crypto-demo cannot make one yet. */
export function readReceiptJson(device: Device, envelope: Envelope, readable: boolean): unknown {
  const d = device as unknown as ExportableDevice;
  if (!d.readReceipt) return null;
  const receipt = d.readReceipt(envelope, readable);
  const toJson = (cryptoDemo as unknown as ReceiptJsonApi).receiptToJson;
  return toJson ? toJson(receipt) : receipt;
}

/**
 * The provider's "ordered client update" carried out on this phone: its own
 * client signs a commit adding the ghost (and hides it from its own user),
 * as crypto-demo's `provider.orderClientUpdate`. Returns the commit's text.
 */
export function obeyClientUpdate(
  mirror: Provider,
  device: Device,
  conversation: string,
  ghost: string,
): string {
  mirror.orderClientUpdate({
    conversation,
    device,
    ghost: { bundle: mirror.directory.device(ghost) },
  });
  const text = mirror.commits(conversation).at(-1);
  if (text === undefined) throw new Error('No commit after the client update.');
  return text;
}

/** The envelope as the `envelope` frame carries it. */
export function envelopeFrameValue(envelope: Envelope): unknown {
  return envelopeToJson(envelope);
}
