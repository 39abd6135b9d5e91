/**
 * The roster as one client sees it (docs/protocol.md, "6. Who gets a wrap"):
 * creating and changing conversations with signed membership statements,
 * syncing the provider's roster into notices, and verifying the members'
 * signatures instead of trusting the provider.
 */
import { ByteWriter, equalBytes } from './bytes.js';
import type { KitContext } from './context.js';
import { InvalidArgumentError, NotAMemberError } from './errors.js';
import type { Provider } from './provider.js';
import type {
  ConversationRecord,
  DeviceBundle,
  HasBundle,
  RosterEntry,
} from './provider-records.js';

/** The kinds of change a client can notice in a conversation. */
export type NoticeKind =
  /** A user who was not in the conversation now is. */
  | 'member-added'
  /** A known user has a new device in the conversation. */
  | 'device-added'
  /** A device left the conversation. */
  | 'member-removed'
  /** A known device now has different keys. */
  | 'safety-number-changed'
  /** A careful client found a roster entry that no member signed, and did not encrypt to it. */
  | 'unverified-device';

/** A change this client detected. `shown: false` means the provider told the client to hide it. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly conversation: string;
  /** The device the notice is about. */
  readonly device: string;
  readonly user: string;
  readonly name: string;
  readonly at: number;
  /** `false` when the provider suppressed it: the user never saw it. */
  readonly shown: boolean;
}

/** One roster entry as a verifying client judged it. */
export interface RosterCheckEntry {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  /** Whether the provider asks clients not to display this entry. */
  readonly hidden: boolean;
  /** `signed`: an earlier verified member signed this device and its keys into the conversation. */
  readonly status: 'signed' | 'unsigned' | 'bad-signature' | 'signer-not-member';
  /** Device id of the member whose signature added it, if any. */
  readonly addedBy: string | null;
}

/** The result of `Device.verifyRoster`. */
export interface RosterCheck {
  readonly conversation: string;
  readonly entries: readonly RosterCheckEntry[];
  /** Devices no member vouched for: the ghost, if there is one. */
  readonly unverified: readonly RosterCheckEntry[];
  /** `true` when every entry was signed in by a member. */
  readonly ok: boolean;
}

/** Options of `Device.createConversation`. */
export interface CreateConversationOptions {
  /** Display name, e.g. `Class 3B`. */
  readonly name?: string;
}

/** A device named by its object, its bundle or its id. */
export type Member = HasBundle | DeviceBundle | string;

const DOMAIN_ADD = 'e2ee-kit/v1/add';

/** The bytes a member signs to add a device to a conversation (docs/protocol.md, "Roster"). */
export function membershipStatement(conversation: string, bundle: DeviceBundle): Uint8Array {
  return new ByteWriter(256)
    .text(DOMAIN_ADD)
    .text(conversation)
    .text(bundle.device)
    .text(bundle.user)
    .bytes(bundle.signingKey)
    .bytes(bundle.agreementKey)
    .finish();
}

interface Known {
  readonly user: string;
  readonly signingKey: Uint8Array;
  readonly agreementKey: Uint8Array;
}

/** One roster state as fetched from the provider, with each entry's directory bundle. */
export interface Synced {
  readonly record: ConversationRecord;
  readonly bundles: readonly DeviceBundle[];
  readonly entries: readonly RosterEntry[];
}

const known = (b: DeviceBundle): Known => ({
  user: b.user,
  signingKey: b.signingKey,
  agreementKey: b.agreementKey,
});

/** One device's view of the rosters of its conversations, and the notices it recorded. */
export class Roster {
  readonly #ctx: KitContext;
  readonly #provider: Provider;
  readonly #own: DeviceBundle;
  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #synced = new Map<string, Synced>();
  readonly #known = new Map<string, Map<string, Known>>();
  readonly #syncedVersion = new Map<string, number>();
  readonly #notices: Notice[] = [];

  /** `sign` makes this device's Ed25519 signature (its secret stays with the device). */
  constructor(
    ctx: KitContext,
    provider: Provider,
    own: DeviceBundle,
    sign: (message: Uint8Array) => Uint8Array,
  ) {
    this.#ctx = ctx;
    this.#provider = provider;
    this.#own = own;
    this.#sign = sign;
  }

  /** See `Device.createConversation`. */
  createConversation(
    id: string,
    members: readonly Member[],
    options: CreateConversationOptions,
  ): void {
    const bundles = [this.#own, ...members.map((m) => this.#resolve(m))];
    const seen = new Set<string>();
    for (const b of bundles) {
      if (seen.has(b.device)) throw new InvalidArgumentError(`${b.device} is listed twice.`);
      seen.add(b.device);
    }
    const at = this.#ctx.now();
    this.#provider.createConversation({
      id,
      name: options.name ?? id,
      creator: this.#own.device,
      entries: bundles.map((b) => this.#signedEntry(id, b, at)),
    });
    this.sync(id);
  }

  /** See `Device.addMember`. */
  addMember(conversation: string, member: Member): void {
    this.#mustBeMember(conversation);
    const entry = this.#signedEntry(conversation, this.#resolve(member), this.#ctx.now());
    this.#provider.addEntry(conversation, entry);
  }

  /** See `Device.removeMember`. */
  removeMember(conversation: string, member: Member): void {
    this.#mustBeMember(conversation);
    this.#provider.removeEntry(conversation, this.#resolve(member).device);
  }

  /** See `Device.sync`. */
  sync(conversation: string): Notice[] {
    return this.#sync(conversation).notices;
  }

  /** The roster as it stands at the provider now (recording notices for any change). */
  current(conversation: string): Synced {
    return this.#sync(conversation).synced;
  }

  #sync(conversation: string): { synced: Synced; notices: Notice[] } {
    const record = this.#provider.conversation(conversation);
    const notices: Notice[] = [];
    // The provider replaces the record at every roster change, and a device
    // id never changes keys in the directory: same record, same roster.
    const cached = this.#synced.get(conversation);
    if (cached?.record === record) return { synced: cached, notices };
    const entries = record.entries;
    const bundles = entries.map((e) => this.#provider.directory.device(e.device));
    if (this.#syncedVersion.get(conversation) === record.version) {
      const synced = { record, bundles, entries };
      this.#synced.set(conversation, synced);
      return { synced, notices };
    }
    // The first time, the baseline is the roster as it stood when this device
    // joined: every entry added at the same time as its own or before (the
    // members a conversation was created with are added together). Anything
    // added after that is news.
    let before = this.#known.get(conversation);
    if (!before) {
      const own = entries.find((e) => e.device === this.#own.device);
      const baseline = new Map<string, Known>();
      entries.forEach((entry, i) => {
        if (own !== undefined && entry.addedAt > own.addedAt) return;
        const b = bundles[i] as DeviceBundle;
        baseline.set(b.device, known(b));
      });
      before = baseline;
    }
    const after = new Map<string, Known>();
    const at = this.#ctx.now();
    entries.forEach((entry, i) => {
      const b = bundles[i] as DeviceBundle;
      after.set(b.device, known(b));
      const old = before.get(b.device);
      const shown = !entry.suppressNotice;
      if (!old) {
        const userKnown = [...before.values()].some((k) => k.user === b.user);
        const kind = userKnown ? 'device-added' : 'member-added';
        notices.push(notice(kind, conversation, b, at, shown));
        if (userKnown) notices.push(notice('safety-number-changed', conversation, b, at, shown));
      } else if (
        !equalBytes(old.signingKey, b.signingKey) ||
        !equalBytes(old.agreementKey, b.agreementKey)
      ) {
        notices.push(notice('safety-number-changed', conversation, b, at, shown));
      }
    });
    for (const [device, old] of before) {
      if (after.has(device)) continue;
      const removal = record.removed.find((r) => r.device === device);
      const name = this.#provider.directory.find(device)?.name ?? old.user;
      notices.push({
        kind: 'member-removed',
        conversation,
        device,
        user: old.user,
        name,
        at,
        shown: !(removal?.suppressNotice ?? false),
      });
    }
    this.#known.set(conversation, after);
    this.#syncedVersion.set(conversation, record.version);
    this.#notices.push(...notices);
    const synced = { record, bundles, entries };
    this.#synced.set(conversation, synced);
    return { synced, notices };
  }

  /** See `Device.notices`. */
  notices(conversation?: string): Notice[] {
    return this.#notices.filter(
      (n) => conversation === undefined || n.conversation === conversation,
    );
  }

  /** Records, once per device, that a careful client left out a device no member signed. */
  noteUnverified(conversation: string, b: DeviceBundle): void {
    const already = this.#notices.some(
      (n) =>
        n.kind === 'unverified-device' && n.conversation === conversation && n.device === b.device,
    );
    if (!already) {
      this.#notices.push(notice('unverified-device', conversation, b, this.#ctx.now(), true));
    }
  }

  /** See `Device.visibleRoster`. */
  visibleRoster(conversation: string): DeviceBundle[] {
    const synced = this.current(conversation);
    return synced.bundles.filter((_, i) => !(synced.entries[i] as RosterEntry).hidden);
  }

  /** See `Device.verifyRoster`. */
  verifyRoster(conversation: string): RosterCheck {
    const entries = this.check(conversation, this.current(conversation));
    const unverified = entries.filter((e) => e.status !== 'signed');
    return { conversation, entries, unverified, ok: unverified.length === 0 };
  }

  /** Judges each entry of `synced` against the members' signatures (docs/protocol.md, 6.2). */
  check(conversation: string, synced: Synced): RosterCheckEntry[] {
    const { sodium } = this.#ctx;
    const vouched = new Map<string, DeviceBundle>();
    return synced.entries.map((entry, i) => {
      const b = synced.bundles[i] as DeviceBundle;
      let status: RosterCheckEntry['status'];
      const signer =
        entry.addedBy === null
          ? undefined
          : entry.addedBy === b.device && b.device === synced.record.creator && vouched.size === 0
            ? b
            : vouched.get(entry.addedBy);
      if (entry.addedBy === null || entry.signature === null) status = 'unsigned';
      else if (!signer) status = 'signer-not-member';
      else if (
        sodium.crypto_sign_verify_detached(
          entry.signature,
          membershipStatement(conversation, b),
          signer.signingKey,
        )
      )
        status = 'signed';
      else status = 'bad-signature';
      if (status === 'signed') vouched.set(b.device, b);
      return {
        device: b.device,
        user: b.user,
        name: b.name,
        hidden: entry.hidden,
        status,
        addedBy: entry.addedBy,
      };
    });
  }

  #mustBeMember(conversation: string): void {
    const record = this.#provider.conversation(conversation);
    if (!record.entries.some((e) => e.device === this.#own.device)) {
      throw new NotAMemberError(this.#own.device, conversation);
    }
  }

  #signedEntry(conversation: string, b: DeviceBundle, at: number): RosterEntry {
    return {
      device: b.device,
      addedBy: this.#own.device,
      signature: this.#sign(membershipStatement(conversation, b)),
      hidden: false,
      suppressNotice: false,
      addedAt: at,
    };
  }

  #resolve(member: Member): DeviceBundle {
    const id =
      typeof member === 'string'
        ? member
        : 'bundle' in member
          ? member.bundle.device
          : member.device;
    return this.#provider.directory.device(id);
  }
}

function notice(
  kind: NoticeKind,
  conversation: string,
  b: DeviceBundle,
  at: number,
  shown: boolean,
): Notice {
  return { kind, conversation, device: b.device, user: b.user, name: b.name, at, shown };
}
