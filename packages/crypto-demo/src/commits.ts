/**
 * The commit chain of member-signed conversations (docs/protocol.md §6):
 * commits as values, their canonical JSON, their bytes and hash, and
 * {@link Chain}, which applies them with every check of §6.4, in order.
 */
import { ByteWriter, equalBytes, toBase64url } from './bytes.js';
import { KEY_BYTES, PROTOCOL_VERSION, SIGNATURE_BYTES } from './envelope.js';
import {
  CommitGapError,
  E2eeKitError,
  ForkError,
  InvalidCommitError,
  MalformedInputError,
  UncertifiedDeviceError,
  UnsupportedVersionError,
} from './errors.js';
import { bundleBytes, freezeBundle, isCertified, type DeviceBundle } from './identity.js';
import type { Primitives } from './sodium.js';
import {
  LIMITS,
  collecting,
  exactKeys,
  isPlainObject,
  readBytes,
  readDeviceId,
  readId,
  readInt,
  readJsonObject,
  type Issues,
} from './wire.js';

/** A roster change (§6.1). */
export type CommitAction = 'create' | 'add' | 'update' | 'remove';

/** One signed roster change of a member-signed conversation (§6.2). */
export interface Commit {
  readonly conversation: string;
  readonly epoch: number;
  /** 32 bytes: `state(epoch − 1)`, zeros for the genesis. */
  readonly prev: Uint8Array;
  readonly action: CommitAction;
  /** `create` only: the first roster, creator first. */
  readonly members?: readonly DeviceBundle[];
  /** `add` and `update` only. */
  readonly member?: DeviceBundle;
  /** `remove` only: the device removed. */
  readonly device?: string;
  /** Device id of the member who signed. */
  readonly committer: string;
  /** The committer's clock, ms since 1970. */
  readonly at: number;
  /** 64 bytes: the committer's Ed25519 signature over the commit bytes. */
  readonly signature: Uint8Array;
}

const COMMIT_DOMAIN = 'e2ee-kit/v2/commit';
export const ZERO32 = new Uint8Array(KEY_BYTES);

/** `commit_bytes` of §6.3. */
export function commitBytes(c: Omit<Commit, 'signature'>): Uint8Array {
  const w = new ByteWriter(512)
    .text(COMMIT_DOMAIN)
    .text(c.conversation)
    .u64(c.epoch)
    .bytes(c.prev)
    .text(c.action);
  if (c.action === 'create') {
    const members = c.members ?? [];
    w.u32(members.length);
    for (const m of members) bundleBytes(w, m);
  } else if (c.action === 'remove') {
    w.text(c.device ?? '');
  } else if (c.member) {
    bundleBytes(w, c.member);
  }
  return w.text(c.committer).u64(c.at).finish();
}

/** `state(epoch) = H32(commit_bytes)`. */
export function commitHash(sodium: Primitives, c: Omit<Commit, 'signature'>): Uint8Array {
  return sodium.crypto_generichash(32, commitBytes(c), null);
}

export function bundleToJson(b: DeviceBundle): Record<string, string> {
  return {
    user: b.user,
    device: b.device,
    name: b.name,
    identityKey: toBase64url(b.identityKey),
    signingKey: toBase64url(b.signingKey),
    agreementKey: toBase64url(b.agreementKey),
    certificate: toBase64url(b.certificate),
  };
}

/** The canonical JSON text of a commit (§6.2, §3.3). */
export function serializeCommit(c: Commit): string {
  const o: Record<string, unknown> = {
    v: PROTOCOL_VERSION,
    type: 'commit',
    conversation: c.conversation,
    epoch: c.epoch,
    prev: toBase64url(c.prev),
    action: c.action,
  };
  if (c.action === 'create') o.members = (c.members ?? []).map(bundleToJson);
  else if (c.action === 'remove') o.device = c.device;
  else if (c.member) o.member = bundleToJson(c.member);
  o.committer = c.committer;
  o.at = c.at;
  o.signature = toBase64url(c.signature);
  return JSON.stringify(o);
}

const BUNDLE_KEYS = [
  'user',
  'device',
  'name',
  'identityKey',
  'signingKey',
  'agreementKey',
  'certificate',
];

export function readBundle(issues: Issues, v: unknown, path: string): DeviceBundle {
  if (!isPlainObject(v)) {
    issues.add(path, 'must be an object');
    return undefined as unknown as DeviceBundle;
  }
  exactKeys(issues, v, BUNDLE_KEYS, path);
  return {
    user: readId(issues, v.user, `${path}.user`),
    device: readDeviceId(issues, v.device, `${path}.device`),
    name: readId(issues, v.name, `${path}.name`),
    identityKey: readBytes(issues, v.identityKey, `${path}.identityKey`, 'text', KEY_BYTES),
    signingKey: readBytes(issues, v.signingKey, `${path}.signingKey`, 'text', KEY_BYTES),
    agreementKey: readBytes(issues, v.agreementKey, `${path}.agreementKey`, 'text', KEY_BYTES),
    certificate: readBytes(issues, v.certificate, `${path}.certificate`, 'text', SIGNATURE_BYTES),
  };
}

/**
 * Reads a commit from its JSON text (§6.4 steps 1–3).
 *
 * @throws {UnsupportedVersionError} for another version.
 * @throws {MalformedInputError} for anything else that is not a canonical commit.
 */
export function parseCommit(input: string | Uint8Array): Commit {
  const malformed = (issues: string[]) => new MalformedInputError('commit', issues);
  const { text, value } = readJsonObject(input, LIMITS.commitBytes, malformed);
  if (!Object.hasOwn(value, 'v')) throw malformed(['commit: missing field "v"']);
  if (value.v !== PROTOCOL_VERSION) throw new UnsupportedVersionError(value.v);
  const { value: commit, issues } = collecting((i): Commit => {
    const action = value.action as string;
    const body =
      action === 'create'
        ? 'members'
        : action === 'remove'
          ? 'device'
          : action === 'add' || action === 'update'
            ? 'member'
            : undefined;
    if (!body) i.add('action', 'must be "create", "add", "update" or "remove"');
    exactKeys(
      i,
      value,
      [
        'v',
        'type',
        'conversation',
        'epoch',
        'prev',
        'action',
        body ?? 'member',
        'committer',
        'at',
        'signature',
      ],
      'commit',
    );
    if (value.type !== 'commit') i.add('type', 'must be "commit"');
    let members: DeviceBundle[] | undefined;
    if (action === 'create') {
      const mv = value.members;
      if (!Array.isArray(mv) || mv.length < 1 || mv.length > LIMITS.roster) {
        i.add('members', `must be a list of 1 to ${LIMITS.roster} bundles`);
      } else {
        members = mv.map((m, k) => readBundle(i, m, `members.${k}`));
      }
    }
    return {
      conversation: readId(i, value.conversation, 'conversation'),
      epoch: readInt(i, value.epoch, 'epoch', 1),
      prev: readBytes(i, value.prev, 'prev', 'text', KEY_BYTES),
      action: action as CommitAction,
      ...(members ? { members } : {}),
      ...(action === 'add' || action === 'update'
        ? { member: readBundle(i, value.member, 'member') }
        : {}),
      ...(action === 'remove' ? { device: readDeviceId(i, value.device, 'device') } : {}),
      committer: readDeviceId(i, value.committer, 'committer'),
      at: readInt(i, value.at, 'at', 0),
      signature: readBytes(i, value.signature, 'signature', 'text', SIGNATURE_BYTES),
    };
  });
  if (!commit) throw malformed(issues);
  if (serializeCommit(commit) !== text)
    throw malformed(['the text is not in canonical form (docs/protocol.md §3.3)']);
  return commit;
}

/** What applying one commit changed, for the notices of §10.3. */
export interface AppliedCommit {
  readonly commit: Commit;
  readonly epoch: number;
  readonly before: readonly DeviceBundle[];
  readonly after: readonly DeviceBundle[];
}

/**
 * One client's copy of a conversation's commit chain: its epoch, every
 * state hash and every roster. Applying a commit runs the checks of §6.4 in
 * order; the first failure throws and nothing changes.
 */
export class Chain {
  readonly conversation: string;
  readonly #sodium: Primitives;
  readonly #states: Uint8Array[] = [];
  readonly #rosters: (readonly DeviceBundle[])[] = [];
  readonly #commits: Commit[] = [];
  /** Checks and pins a bundle's identity (checkBundle of §4.3); `false` = uncertified. */
  readonly #checkBundle: (b: DeviceBundle) => boolean;

  constructor(
    sodium: Primitives,
    conversation: string,
    checkBundle?: (b: DeviceBundle) => boolean,
  ) {
    this.#sodium = sodium;
    this.conversation = conversation;
    this.#checkBundle = checkBundle ?? ((b) => isCertified(sodium, b));
  }

  /** The current epoch `E` (0 before the genesis). */
  get epoch(): number {
    return this.#states.length;
  }

  /** `state(e)`, for 1 ≤ e ≤ E. */
  state(epoch: number): Uint8Array | undefined {
    return this.#states[epoch - 1];
  }

  /** `roster(e)`, for 1 ≤ e ≤ E (the current one by default). */
  roster(epoch: number = this.epoch): readonly DeviceBundle[] {
    return this.#rosters[epoch - 1] ?? [];
  }

  /** The commits applied, oldest first. */
  commits(): readonly Commit[] {
    return this.#commits;
  }

  /**
   * Applies one commit (§6.4 steps 4–13). Returns `undefined` for an exact
   * duplicate of an applied commit, which is ignored.
   */
  apply(c: Commit): AppliedCommit | undefined {
    const E = this.epoch;
    const fail = (reason: ConstructorParameters<typeof InvalidCommitError>[2]) =>
      new InvalidCommitError(this.conversation, c.epoch, reason);
    if (c.conversation !== this.conversation) throw fail('conversation');
    const hash = commitHash(this.#sodium, c);
    if (c.epoch <= E) {
      if (equalBytes(hash, this.state(c.epoch) as Uint8Array)) return undefined;
      throw new ForkError(this.conversation, c.epoch, c.epoch === 1 ? 'rerooted' : 'equivocation');
    }
    if (c.epoch !== E + 1) throw new CommitGapError(this.conversation, E, c.epoch);
    if (E === 0 ? c.action !== 'create' || !equalBytes(c.prev, ZERO32) : c.action === 'create') {
      throw fail('genesis');
    }
    if (E >= 1 && !equalBytes(c.prev, this.state(E) as Uint8Array)) {
      throw new ForkError(this.conversation, c.epoch, 'prev');
    }
    const before = this.roster();
    let signer: DeviceBundle | undefined;
    if (c.action === 'create') {
      const first = c.members?.[0];
      signer = first && first.device === c.committer ? first : undefined;
    } else {
      signer = before.find((b) => b.device === c.committer);
    }
    if (!signer) throw fail('signer-not-member');
    // Certificates are checked without pinning first; pins change only once the whole commit is good.
    const certified = (b: DeviceBundle) => isCertified(this.#sodium, b);
    if (c.action === 'create' && !certified(signer))
      throw new UncertifiedDeviceError(signer.device, signer.user);
    let ok: boolean;
    try {
      ok = this.#sodium.crypto_sign_verify_detached(c.signature, commitBytes(c), signer.signingKey);
    } catch {
      ok = false;
    }
    if (!ok) throw fail('signature');
    let after: DeviceBundle[];
    const identityOf = (list: readonly DeviceBundle[], user: string) =>
      list.find((b) => b.user === user)?.identityKey;
    switch (c.action) {
      case 'create': {
        const members = c.members ?? [];
        if (new Set(members.map((m) => m.device)).size !== members.length)
          throw fail('duplicate-member');
        for (const m of members.slice(1))
          if (!certified(m)) throw new UncertifiedDeviceError(m.device, m.user);
        for (const m of members) {
          const id = identityOf(members, m.user);
          if (id && !equalBytes(id, m.identityKey)) throw fail('identity-conflict');
        }
        after = [...members];
        break;
      }
      case 'add': {
        const m = c.member as DeviceBundle;
        if (before.some((b) => b.device === m.device)) throw fail('duplicate-member');
        if (before.length >= LIMITS.roster) throw fail('roster-full');
        if (!certified(m)) throw new UncertifiedDeviceError(m.device, m.user);
        const id = identityOf(before, m.user);
        if (id && !equalBytes(id, m.identityKey)) throw fail('identity-conflict');
        after = [...before, m];
        break;
      }
      case 'update': {
        const m = c.member as DeviceBundle;
        const at = before.findIndex((b) => b.device === m.device);
        const old = before[at];
        if (!old) throw fail('not-in-roster');
        if (old.user !== m.user || !equalBytes(old.identityKey, m.identityKey))
          throw fail('identity-conflict');
        if (
          old.name === m.name &&
          equalBytes(old.signingKey, m.signingKey) &&
          equalBytes(old.agreementKey, m.agreementKey)
        ) {
          throw fail('no-change');
        }
        if (!certified(m)) throw new UncertifiedDeviceError(m.device, m.user);
        after = before.map((b, i) => (i === at ? m : b));
        break;
      }
      case 'remove': {
        if (!before.some((b) => b.device === c.device)) throw fail('not-in-roster');
        if (before.length < 2) throw fail('last-member');
        after = before.filter((b) => b.device !== c.device);
        break;
      }
    }
    // Step 13: apply, and pin identities.
    const frozenAfter = Object.freeze(after.map(freezeBundle));
    for (const b of c.action === 'create' ? frozenAfter : c.member ? [c.member] : [])
      this.#checkBundle(b);
    this.#states.push(hash);
    this.#rosters.push(frozenAfter);
    this.#commits.push(c);
    return { commit: c, epoch: c.epoch, before, after: frozenAfter };
  }

  /** Applies every commit of `texts` after the current epoch; stops at the first error and throws it. */
  applyTexts(texts: readonly string[], from = 0): AppliedCommit[] {
    const applied: AppliedCommit[] = [];
    for (const text of texts.slice(from)) {
      const result = this.apply(parseCommit(text));
      if (result) applied.push(result);
    }
    return applied;
  }
}

/** Whether an error is one of the commit chain's typed refusals. */
export function isChainError(error: unknown): error is E2eeKitError {
  return error instanceof E2eeKitError;
}
