/**
 * The roster as one client sees it (docs/protocol.md §5, §6, §10): creating
 * and changing conversations in either group mode, following the provider's
 * roster (provider-managed) or verifying the commit chain (member-signed),
 * the notices, the recipient check, and the ordered client update (§12).
 */
import { equalBytes, toBase64url } from './bytes.js';
import {
  Chain,
  ZERO32,
  commitBytes,
  parseCommit,
  serializeCommit,
  type AppliedCommit,
  type Commit,
} from './commits.js';
import type { KitContext } from './context.js';
import { ESCROW_PREFIX, compareIds, type GroupMode } from './envelope.js';
import {
  InvalidArgumentError,
  ModeMismatchError,
  NotAMemberError,
  UnknownParticipantError,
} from './errors.js';
import { IdentityPins, isCertified, mustBeCertified, type DeviceBundle } from './identity.js';
import type { ClientUpdateOrder } from './ordered-update.js';
import type { Provider } from './provider.js';
import type { ConversationRecord, HasBundle, RosterEntry } from './provider-records.js';
import { LIMITS } from './wire.js';

/** The kinds of notice a client records (docs/protocol.md §10.3). */
export type NoticeKind =
  /** A member created the conversation with this device in it. */
  | 'conversation-created'
  /** A user who was not in the conversation now is. */
  | 'member-added'
  /** A known user has a new device in the conversation. */
  | 'device-added'
  /** A device left the conversation (or was removed). */
  | 'member-removed'
  /** A member-signed `update` changed a device's keys or name. */
  | 'device-updated'
  /** A user's identity key is not the one this client pinned: never suppressible. */
  | 'safety-number-changed'
  /** A provider-managed roster entry whose certificate does not verify: it gets no wrap. */
  | 'uncertified-device'
  /** An opened message was also encrypted for devices outside this client's roster (§10.1). */
  | 'unexpected-recipient';

/** A change or a finding this client recorded. `shown: false` means the user never saw it. */
export interface Notice {
  readonly kind: NoticeKind;
  readonly conversation: string;
  /** The device the notice is about (for `unexpected-recipient`: the first unexpected one). */
  readonly device: string;
  readonly user: string;
  readonly name: string;
  /** This client's clock. */
  readonly at: number;
  /** `false` when the provider suppressed it, or an ordered client update hid it. */
  readonly shown: boolean;
  /** Member-signed: the device whose signed commit made the change. `null` otherwise. */
  readonly by: string | null;
  /** Member-signed: the epoch of the change (or of the message). */
  readonly epoch: number | null;
  /** Provider-managed: the roster version of the change. */
  readonly version: number | null;
  /** `unexpected-recipient`: every device outside the roster; `conversation-created`: the members. */
  readonly devices: readonly string[];
  /** `unexpected-recipient`: the envelope's header hash (base64url). */
  readonly envelope: string | null;
  /** `unexpected-recipient`: the device that sent the message. */
  readonly sender: string | null;
}

/** One roster entry as a verifying client judged it. */
export interface RosterCheckEntry {
  readonly device: string;
  readonly user: string;
  readonly name: string;
  /** Whether this client does not list the entry on screen. */
  readonly hidden: boolean;
  /**
   * `signed`: member-signed mode, a member's signed commit added this device with these keys.
   * `listed`: provider-managed mode, listed and displayed, with a valid certificate (all a client
   * can check in this mode). `hidden`: provider-managed mode, the provider makes every client
   * encrypt to it but tells them not to show it. `uncertified`: its user's identity did not sign it.
   */
  readonly status: 'signed' | 'listed' | 'hidden' | 'uncertified';
  /** Member-signed: the device whose commit added it. `null` otherwise. */
  readonly addedBy: string | null;
}

/** The result of `Device.verifyRoster`. */
export interface RosterCheck {
  readonly conversation: string;
  readonly mode: GroupMode;
  readonly entries: readonly RosterCheckEntry[];
  /** Entries that are neither `signed` nor `listed`: the ghost, if there is one. */
  readonly unverified: readonly RosterCheckEntry[];
  /** `true` when every entry the client encrypts to is one its user can see and trust. */
  readonly ok: boolean;
}

/** Options of `Device.createConversation`. */
export interface CreateConversationOptions {
  /** Display name, e.g. `Class 3B`. */
  readonly name?: string;
  /**
   * `provider-managed` (default): the provider's roster is authoritative, as in WhatsApp groups.
   * `member-signed`: every roster change is a commit signed by a member, as in Signal private
   * groups and MLS; the provider alone cannot add anyone.
   */
  readonly mode?: GroupMode;
}

/** A device named by its object, its bundle or its id (`bob/phone`). */
export type Member = HasBundle | DeviceBundle | string;

/** One conversation as this client knows it, in either mode. */
export type Synced =
  | {
      readonly mode: 'provider-managed';
      readonly record: ConversationRecord;
      /** Every entry the provider lists whose bundle is certified, hidden or not: the recipients. */
      readonly bundles: readonly DeviceBundle[];
      readonly entries: readonly RosterEntry[];
    }
  | {
      readonly mode: 'member-signed';
      readonly chain: Chain;
      readonly epoch: number;
      readonly bundles: readonly DeviceBundle[];
    };

interface PmState {
  readonly mode: 'provider-managed';
  version: number;
  /** The directory bundle last checked per device: a new one (a swap) is checked and pinned again. */
  readonly checked: Map<string, DeviceBundle>;
  synced?: Synced & { mode: 'provider-managed' };
  cacheKey?: readonly unknown[];
}

interface MsState {
  readonly mode: 'member-signed';
  readonly chain: Chain;
  /** Devices an ordered client update told this client to hide. */
  readonly hiddenByUpdate: Set<string>;
  readonly addedBy: Map<string, string>;
  /** The list of commit texts last applied (the provider replaces it at every change). */
  texts?: readonly string[];
  synced?: Synced & { mode: 'member-signed' };
}

/** One device's view of the rosters of its conversations, and the notices it recorded. */
export class Roster {
  readonly #ctx: KitContext;
  readonly #provider: Provider;
  readonly #own: DeviceBundle;
  readonly #sign: (message: Uint8Array) => Uint8Array;
  readonly #pins = new IdentityPins();
  readonly #states = new Map<string, PmState | MsState>();
  readonly #notices: Notice[] = [];

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
    this.#pins.pin(own.user, own.identityKey);
  }

  /** The identity key this client pinned for `user`, if any. */
  pinnedIdentity(user: string): Uint8Array | undefined {
    return this.#pins.get(user);
  }

  /** Pins a user's identity from a certified bundle (trust on first use); returns the pinned key. */
  pin(b: DeviceBundle): Uint8Array {
    this.#pins.pin(b.user, b.identityKey);
    return b.identityKey;
  }

  /** Syncs every conversation this client knows, so that its pins are current; errors are left for `sync`. */
  refreshAll(): void {
    for (const conversation of this.#states.keys()) {
      try {
        this.current(conversation);
      } catch {
        // A fork or a missing conversation shows up when the user opens it.
      }
    }
  }

  /** See `Device.createConversation`. */
  createConversation(
    id: string,
    members: readonly Member[],
    options: CreateConversationOptions,
  ): void {
    const mode = options.mode ?? 'provider-managed';
    if (!(['provider-managed', 'member-signed'] as unknown[]).includes(mode)) {
      throw new InvalidArgumentError('The mode must be "provider-managed" or "member-signed".');
    }
    const list: unknown = members;
    if (!Array.isArray(list))
      throw new InvalidArgumentError('The members must be a list of devices.');
    if (members.length + 1 > LIMITS.roster) {
      throw new InvalidArgumentError(`A conversation holds at most ${LIMITS.roster} devices.`);
    }
    const bundles = [this.#own, ...members.map((m) => this.#resolve(m))];
    const seen = new Set<string>();
    for (const b of bundles) {
      if (seen.has(b.device)) throw new InvalidArgumentError(`${b.device} is listed twice.`);
      seen.add(b.device);
      mustBeCertified(this.#ctx.sodium, b);
    }
    const name = options.name ?? id;
    if (mode === 'provider-managed') {
      this.#provider.createConversation({
        id,
        name,
        mode,
        creator: this.#own.device,
        devices: [...seen],
      });
    } else {
      const genesis = this.#signCommit({
        conversation: id,
        epoch: 1,
        prev: ZERO32,
        action: 'create',
        members: bundles,
        committer: this.#own.device,
        at: this.#ctx.now(),
      });
      this.#provider.createConversation({ id, name, mode, creator: this.#own.device, genesis });
    }
    this.sync(id);
  }

  /** See `Device.addMember`. */
  addMember(conversation: string, member: Member): void {
    const b = this.#resolve(member);
    const state = this.#state(conversation);
    if (state.mode === 'provider-managed') {
      this.#mustBeMember(conversation);
      this.#provider.addEntry(conversation, b.device);
      this.sync(conversation);
      return;
    }
    mustBeCertified(this.#ctx.sodium, b);
    this.#commit(conversation, { action: 'add', member: b });
  }

  /**
   * See `Device.removeMember`. In a member-signed conversation any member may
   * remove any device, the creator included (docs/protocol.md §5.3).
   */
  removeMember(conversation: string, member: Member): void {
    const device =
      typeof member === 'string'
        ? member
        : 'bundle' in member
          ? member.bundle.device
          : member.device;
    const state = this.#state(conversation);
    if (state.mode === 'provider-managed') {
      this.#mustBeMember(conversation);
      this.#provider.removeEntry(conversation, device);
      this.sync(conversation);
      return;
    }
    this.#commit(conversation, { action: 'remove', device });
  }

  /** Signs and publishes one commit on top of the current chain (member-signed). */
  #commit(conversation: string, change: Pick<Commit, 'action' | 'member' | 'device'>): string {
    const synced = this.current(conversation);
    if (synced.mode !== 'member-signed')
      throw new InvalidArgumentError('Not a member-signed conversation.');
    if (!synced.bundles.some((b) => b.device === this.#own.device)) {
      throw new NotAMemberError(this.#own.device, conversation);
    }
    const text = this.#signCommit({
      conversation,
      epoch: synced.epoch + 1,
      prev: synced.chain.state(synced.epoch) as Uint8Array,
      ...change,
      committer: this.#own.device,
      at: this.#ctx.now(),
    });
    this.#provider.publishCommit(conversation, text);
    this.sync(conversation);
    return text;
  }

  #signCommit(c: Omit<Commit, 'signature'>): string {
    return serializeCommit({ ...c, signature: this.#sign(commitBytes(c)) });
  }

  /** See `Device.sync`. */
  sync(conversation: string): Notice[] {
    const before = this.#notices.length;
    this.current(conversation);
    return this.#notices.slice(before);
  }

  #state(conversation: string): PmState | MsState {
    let state = this.#states.get(conversation);
    if (!state) {
      const record = this.#provider.conversation(conversation);
      state =
        record.mode === 'member-signed'
          ? {
              mode: 'member-signed',
              chain: new Chain(this.#ctx.sodium, conversation, (b) =>
                this.#checkBundle(conversation, b, null),
              ),
              hiddenByUpdate: new Set(),
              addedBy: new Map(),
            }
          : { mode: 'provider-managed', version: 0, checked: new Map() };
      this.#states.set(conversation, state);
    }
    return state;
  }

  /** The conversation's mode as this client pinned it, or `undefined` if it never saw it. */
  knownMode(conversation: string): GroupMode | undefined {
    return this.#states.get(conversation)?.mode;
  }

  /** The roster as it stands now: fetched from the provider, with notices recorded for every change. */
  current(conversation: string): Synced {
    const state = this.#state(conversation);
    const record = this.#provider.conversation(conversation);
    if (record.mode !== state.mode)
      throw new ModeMismatchError(conversation, state.mode, record.mode);
    return state.mode === 'provider-managed'
      ? this.#syncManaged(conversation, state, record)
      : this.#syncSigned(conversation, state);
  }

  /** checkBundle of §4.3 step 2 (pinning), with its notice. Returns whether the bundle is certified. */
  #checkBundle(conversation: string, b: DeviceBundle, version: number | null): boolean {
    if (!isCertified(this.#ctx.sodium, b)) return false;
    if (b.user === this.#own.user) {
      // A device that claims this user with another identity: never re-pin one's own identity.
      if (this.#pins.wouldChange(b.user, b.identityKey)) {
        this.#noteOnce('safety-number-changed', conversation, b);
      }
      return true;
    }
    if (this.#pins.pin(b.user, b.identityKey)) {
      this.#note('safety-number-changed', conversation, b, true, { version });
    }
    return true;
  }

  #syncManaged(conversation: string, state: PmState, record: ConversationRecord): Synced {
    const directory = this.#provider.directory;
    const key = [record, directory.revision()];
    if (state.synced && state.cacheKey?.[0] === key[0] && state.cacheKey?.[1] === key[1])
      return state.synced;
    const bundlesNow = record.entries.map((e) => directory.find(e.device));
    // The changes since the last version this client processed. The first
    // time, everything up to and including the change that added this device
    // (and the others added with it) is the baseline: no notice.
    let baselineUntil = 0;
    if (state.version === 0) {
      const ownAdd = [...record.changes]
        .reverse()
        .find((c) => c.kind === 'added' && c.device === this.#own.device);
      if (ownAdd) {
        baselineUntil = ownAdd.version;
        for (const c of record.changes)
          if (c.kind === 'added' && c.at === ownAdd.at)
            baselineUntil = Math.max(baselineUntil, c.version);
      }
    }
    // Replay the whole log to know who was in the roster before each change; notices only for new ones.
    const inRoster = new Map<string, string>(); // device → user
    for (const c of record.changes) {
      const fresh = c.version > state.version && c.version > baselineUntil;
      const b = directory.find(c.device);
      if (c.kind === 'added') {
        const userKnown = b !== undefined && [...inRoster.values()].includes(b.user);
        if (b) inRoster.set(c.device, b.user);
        if (!b || c.version <= state.version) continue;
        const certified = this.#checkBundle(conversation, b, c.version);
        state.checked.set(b.device, b);
        if (!certified) {
          this.#noteOnce('uncertified-device', conversation, b);
          continue;
        }
        if (fresh) {
          this.#note(
            userKnown ? 'device-added' : 'member-added',
            conversation,
            b,
            !c.suppressNotice,
            {
              version: c.version,
            },
          );
        }
      } else {
        inRoster.delete(c.device);
        if (!fresh) continue;
        this.#note(
          'member-removed',
          conversation,
          b ?? { device: c.device, user: c.device, name: c.device },
          !c.suppressNotice,
          {
            version: c.version,
          },
        );
      }
    }
    state.version = record.version;
    const bundles: DeviceBundle[] = [];
    const entries: RosterEntry[] = [];
    record.entries.forEach((e, i) => {
      const b = bundlesNow[i];
      if (!b) return;
      if (!isCertified(this.#ctx.sodium, b)) {
        this.#noteOnce('uncertified-device', conversation, b);
        return;
      }
      // A directory that swapped a device's identity since: re-pin, and say so.
      if (state.checked.get(b.device) !== b) {
        this.#checkBundle(conversation, b, record.version);
        state.checked.set(b.device, b);
      }
      bundles.push(b);
      entries.push(e);
    });
    state.synced = { mode: 'provider-managed', record, bundles, entries };
    state.cacheKey = key;
    return state.synced;
  }

  #syncSigned(conversation: string, state: MsState): Synced {
    const texts = this.#provider.commits(conversation, this.#own.device);
    if (state.synced && state.texts === texts) return state.synced;
    try {
      for (const text of texts) {
        // Commits this client already has come back as duplicates (no change, no notice).
        const applied = state.chain.apply(parseCommit(text));
        if (applied) this.#noteCommit(conversation, state, applied);
      }
      state.texts = texts;
    } finally {
      state.synced = {
        mode: 'member-signed',
        chain: state.chain,
        epoch: state.chain.epoch,
        bundles: state.chain.roster(),
      };
    }
    return state.synced;
  }

  /** Brings a member-signed conversation up to `epoch` if the provider has it. */
  catchUp(conversation: string): Synced {
    return this.current(conversation);
  }

  #noteCommit(conversation: string, state: MsState, a: AppliedCommit): void {
    const c = a.commit;
    const by = c.committer;
    const hidden = (device: string) => state.hiddenByUpdate.has(device);
    const extra = { by, epoch: a.epoch };
    switch (c.action) {
      case 'create':
        for (const m of a.after) state.addedBy.set(m.device, by);
        if (by !== this.#own.device) {
          const creator = a.after[0] as DeviceBundle;
          this.#note('conversation-created', conversation, creator, true, {
            ...extra,
            devices: a.after.map((m) => m.device),
          });
        }
        break;
      case 'add': {
        const m = c.member as DeviceBundle;
        state.addedBy.set(m.device, by);
        const userKnown = a.before.some((b) => b.user === m.user);
        this.#note(
          userKnown ? 'device-added' : 'member-added',
          conversation,
          m,
          !hidden(m.device),
          extra,
        );
        break;
      }
      case 'update':
        this.#note(
          'device-updated',
          conversation,
          c.member as DeviceBundle,
          !hidden((c.member as DeviceBundle).device),
          extra,
        );
        break;
      case 'remove': {
        const gone = a.before.find((b) => b.device === c.device) as DeviceBundle;
        this.#note('member-removed', conversation, gone, !hidden(gone.device), extra);
        break;
      }
    }
  }

  #note(
    kind: NoticeKind,
    conversation: string,
    b: { device: string; user: string; name: string },
    shown: boolean,
    extra: {
      by?: string;
      sender?: string;
      epoch?: number;
      version?: number | null;
      devices?: readonly string[];
      envelope?: string;
    },
  ): Notice {
    const notice: Notice = Object.freeze({
      kind,
      conversation,
      device: b.device,
      user: b.user,
      name: b.name,
      at: this.#ctx.now(),
      shown,
      by: extra.by ?? null,
      epoch: extra.epoch ?? null,
      version: extra.version ?? null,
      devices: Object.freeze([...(extra.devices ?? [])]),
      envelope: extra.envelope ?? null,
      sender: extra.sender ?? null,
    });
    this.#notices.push(notice);
    return notice;
  }

  #noteOnce(kind: NoticeKind, conversation: string, b: DeviceBundle): void {
    if (
      !this.#notices.some(
        (n) => n.kind === kind && n.conversation === conversation && n.device === b.device,
      )
    ) {
      this.#note(kind, conversation, b, true, {});
    }
  }

  /**
   * The recipient check of §10.1: the `to` of every wrap outside the
   * reference roster and the mandated escrow keys. Records an
   * `unexpected-recipient` notice if there is any. Returns them, sorted.
   */
  recipientCheck(
    conversation: string,
    epoch: number,
    recipients: readonly string[],
    sender: string,
    headerHash: Uint8Array,
  ): string[] {
    const state = this.#state(conversation);
    let reference: readonly string[];
    if (state.mode === 'member-signed') {
      reference = state.chain.roster(epoch).map((b) => b.device);
    } else {
      const synced =
        state.synced ?? (this.current(conversation) as Synced & { mode: 'provider-managed' });
      reference = synced.entries.filter((e) => !e.hidden).map((e) => e.device);
    }
    const escrow = new Set(this.#provider.escrowKeys().map((e) => ESCROW_PREFIX + e.id));
    const known = new Set(reference);
    const unexpected = recipients
      .filter((to) => !known.has(to) && !escrow.has(to))
      .sort(compareIds);
    if (unexpected.length > 0) {
      const first = unexpected[0] as string;
      const b = this.#provider.directory.find(first);
      this.#note(
        'unexpected-recipient',
        conversation,
        b ?? { device: first, user: first, name: first },
        true,
        {
          epoch: state.mode === 'member-signed' ? epoch : undefined,
          sender,
          devices: unexpected,
          envelope: toBase64url(headerHash),
        },
      );
    }
    return unexpected;
  }

  /** See `Device.notices`. */
  notices(conversation?: string): Notice[] {
    return this.#notices.filter(
      (n) => conversation === undefined || n.conversation === conversation,
    );
  }

  /** See `Device.visibleRoster`. */
  visibleRoster(conversation: string): DeviceBundle[] {
    const synced = this.current(conversation);
    if (synced.mode === 'member-signed') {
      const state = this.#state(conversation) as MsState;
      return synced.bundles.filter((b) => !state.hiddenByUpdate.has(b.device));
    }
    return synced.bundles.filter((_, i) => !(synced.entries[i] as RosterEntry).hidden);
  }

  /** See `Device.verifyRoster`. */
  verifyRoster(conversation: string): RosterCheck {
    const synced = this.current(conversation);
    let entries: RosterCheckEntry[];
    if (synced.mode === 'member-signed') {
      const state = this.#state(conversation) as MsState;
      // The client of an ordered update lies to its own user: it leaves the ghost out.
      entries = synced.bundles
        .filter((b) => !state.hiddenByUpdate.has(b.device))
        .map((b) => ({
          device: b.device,
          user: b.user,
          name: b.name,
          hidden: false,
          status: 'signed' as const,
          addedBy: state.addedBy.get(b.device) ?? null,
        }));
    } else {
      const directory = this.#provider.directory;
      entries = synced.record.entries.flatMap((e) => {
        const b = directory.find(e.device);
        if (!b) return [];
        const status = !isCertified(this.#ctx.sodium, b)
          ? 'uncertified'
          : e.hidden
            ? 'hidden'
            : 'listed';
        return [
          { device: b.device, user: b.user, name: b.name, hidden: e.hidden, status, addedBy: null },
        ];
      });
    }
    const unverified = entries.filter((e) => e.status !== 'signed' && e.status !== 'listed');
    return { conversation, mode: synced.mode, entries, unverified, ok: unverified.length === 0 };
  }

  /**
   * The ordered client update of §12: sign the ghost in with this device's
   * key, and hide the ghost and the notice from this device's own user.
   * Returns the signed commit's text.
   */
  obeyUpdate(order: ClientUpdateOrder): string {
    const state = this.#state(order.conversation);
    if (state.mode !== 'member-signed') {
      throw new InvalidArgumentError(
        'An ordered client update applies to member-signed conversations.',
      );
    }
    const ghost = order.ghost.bundle;
    state.hiddenByUpdate.add(ghost.device);
    try {
      return this.#commit(order.conversation, { action: 'add', member: ghost });
    } catch (error) {
      state.hiddenByUpdate.delete(ghost.device);
      throw error;
    }
  }

  #mustBeMember(conversation: string): void {
    const synced = this.current(conversation);
    if (!synced.bundles.some((b) => b.device === this.#own.device)) {
      throw new NotAMemberError(this.#own.device, conversation);
    }
  }

  #resolve(member: Member): DeviceBundle {
    if (typeof member === 'string') {
      const found = this.#provider.directory.find(member);
      if (found) return found;
      const ofUser = this.#provider.directory.devicesOf(member);
      if (ofUser.length > 0 || !member.includes('/')) {
        throw new InvalidArgumentError(
          `"${member}" is not a device id: name a device, like "${member}/phone"${ofUser.length > 0 ? ` (${member} has ${ofUser.map((d) => d.device).join(', ')})` : ''}.`,
        );
      }
      throw new UnknownParticipantError(member);
    }
    const value: unknown = member;
    if (typeof value !== 'object' || value === null) {
      throw new InvalidArgumentError(
        'A member must be a device, its bundle, or a device id like "bob/phone".',
      );
    }
    const id = 'bundle' in member ? member.bundle.device : member.device;
    // The directory's bundle, not the caller's object: what the provider serves is what others see.
    const b = this.#provider.directory.device(id);
    return b;
  }

  /** Whether this client's roster (member-signed, current epoch) holds a device with these keys. */
  static sameKeys(a: DeviceBundle, b: DeviceBundle): boolean {
    return equalBytes(a.signingKey, b.signingKey) && equalBytes(a.agreementKey, b.agreementKey);
  }
}
