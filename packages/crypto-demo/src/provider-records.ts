/**
 * The shapes of what the provider stores and relays: directory entries,
 * roster entries, conversation records, escrow keys, the relay log. Both
 * sides import them (the provider that keeps them, the device that reads
 * them), so they live here and neither side imports the other.
 */
import type { Envelope } from './envelope.js';

/** A device's public identity, as the provider's directory lists it. */
export interface DeviceBundle {
  /** Unique device id, e.g. `alice/phone`. */
  readonly device: string;
  /** The user the device belongs to, e.g. `alice`. */
  readonly user: string;
  /** Display name of the user, e.g. `Alice`. */
  readonly name: string;
  /** Ed25519 public key (32 bytes): checks this device's signatures. */
  readonly signingKey: Uint8Array;
  /** X25519 public key (32 bytes): message keys are wrapped to it. */
  readonly agreementKey: Uint8Array;
}

/** Anything that carries a device's public identity: a `Device`, or a ghost's. */
export interface HasBundle {
  readonly bundle: DeviceBundle;
}

/** One device on a conversation's roster, as the provider stores it. */
export interface RosterEntry {
  readonly device: string;
  /** The member device whose signature added this one; `null` when the provider added it alone. */
  readonly addedBy: string | null;
  /** `addedBy`'s Ed25519 signature over the membership statement, or `null`. */
  readonly signature: Uint8Array | null;
  /** The provider tells clients not to list this entry on screen. */
  readonly hidden: boolean;
  /** The provider tells clients not to show a notice for this change. */
  readonly suppressNotice: boolean;
  readonly addedAt: number;
}

/** A conversation as the provider stores it. */
export interface ConversationRecord {
  readonly id: string;
  readonly name: string;
  /** Device id of the creator. */
  readonly creator: string;
  readonly entries: readonly RosterEntry[];
  readonly removed: readonly {
    readonly device: string;
    readonly at: number;
    readonly suppressNotice: boolean;
  }[];
  /** Grows by one at every roster change. */
  readonly version: number;
}

/** An escrow public key the provider makes every client encrypt to. */
export interface EscrowKeyInfo {
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
  readonly envelope: Envelope;
}

/** An access order the provider carried out. */
export interface AccessOrder {
  readonly conversation: string;
  readonly ghost: string;
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
