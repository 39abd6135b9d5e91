/**
 * The shapes of what the provider stores and relays: directory entries,
 * conversation records of both modes, escrow keys, the relay log. Both sides
 * import them (the provider that keeps them, the device that reads them), so
 * they live here and neither side imports the other.
 */
import type { Envelope, GroupMode } from './envelope.js';
import type { DeviceBundle } from './identity.js';

export type { DeviceBundle } from './identity.js';

/** Anything that carries a device's public identity: a `Device`, or a ghost's. */
export interface HasBundle {
  readonly bundle: DeviceBundle;
}

/** One device on a provider-managed roster, as the provider stores it (docs/protocol.md §5.1). */
export interface RosterEntry {
  readonly device: string;
  /** The provider tells clients not to list this entry on screen. */
  readonly hidden: boolean;
  /** The provider told clients not to show a notice for its addition. */
  readonly suppressNotice: boolean;
  readonly addedAt: number;
}

/** One change of a provider-managed roster (docs/protocol.md §5.1). */
export interface RosterChange {
  /** 1, 2, 3, …: the roster version this change made. */
  readonly version: number;
  readonly kind: 'added' | 'removed';
  readonly device: string;
  /** The provider's clock. */
  readonly at: number;
  readonly suppressNotice: boolean;
}

/** A conversation as the provider stores it. */
export interface ConversationRecord {
  readonly id: string;
  readonly name: string;
  readonly mode: GroupMode;
  /** Device id of the creator, as the provider says (clients of member-signed groups read the genesis instead). */
  readonly creator: string;
  /** Provider-managed: the roster. Member-signed: the roster of the provider's chain, for display only. */
  readonly entries: readonly RosterEntry[];
  /** Provider-managed: every change, oldest first. Empty in member-signed mode. */
  readonly changes: readonly RosterChange[];
  /** Provider-managed: the number of changes. Member-signed: the chain's epoch. */
  readonly version: number;
  /** Member-signed: the commits' canonical JSON texts, epoch 1 first. Empty in provider-managed mode. */
  readonly commits: readonly string[];
}

/** An escrow public key the provider makes every client encrypt to. */
export interface EscrowKeyInfo {
  /** Authority id (1 to 121 bytes). */
  readonly id: string;
  readonly name: string;
  /** X25519 public key, 32 bytes. */
  readonly publicKey: Uint8Array;
}

/** Metadata of one relayed message: what the provider logs besides the ciphertext. */
export interface RelayRecord {
  /** 1, 2, 3, … in relay order. */
  readonly index: number;
  readonly conversation: string;
  readonly fromUser: string;
  readonly fromDevice: string;
  /** Recipient ids, in the envelope's order (`escrow:…` for an escrow key). */
  readonly to: readonly string[];
  readonly sentAt: number;
  readonly relayedAt: number;
  /** Ciphertext length: the text's length in UTF-8 bytes plus 16. */
  readonly ciphertextBytes: number;
  /** The envelope (a frozen value). */
  readonly envelope: Envelope;
}

/** An access order the provider carried out. */
export interface AccessOrder {
  /**
   * `provider-roster`: the provider added the ghost to its own roster (works in provider-managed
   * mode). `client-update`: it pushed an ordered update to one member's device, which signed the
   * ghost in (member-signed mode).
   */
  readonly kind: 'provider-roster' | 'client-update';
  readonly conversation: string;
  readonly ghost: string;
  /** The device whose client was ordered to sign the ghost in (`client-update` only). */
  readonly device: string | null;
  readonly suppressNotices: boolean;
  readonly hidden: boolean;
  readonly at: number;
}

/**
 * Everything the provider stores or relays: public keys, rosters, metadata and
 * ciphertext. Nothing else.
 */
export interface ProviderView {
  readonly directory: readonly DeviceBundle[];
  readonly conversations: readonly ConversationRecord[];
  readonly messages: readonly (RelayRecord & {
    /** The envelope as JSON text, exactly the bytes the provider relays. */
    readonly wire: string;
  })[];
  readonly escrowKeys: readonly EscrowKeyInfo[];
  readonly accessOrders: readonly AccessOrder[];
}
