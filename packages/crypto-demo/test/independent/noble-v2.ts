/**
 * Independent implementation of crypto-demo protocol version 2, part 2: the
 * cryptography. Identity keys and device certificates (§4), the member-signed
 * commit chain (§6), sealing and opening envelopes (§7–§10), the escrow holder
 * and the relay (§11), safety numbers (§13), replay state (§14) and the
 * deterministic mode (§15). Written from docs/protocol.md alone on the noble
 * libraries; it imports nothing from crypto-demo.
 */
import { chacha20, xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { ed25519, x25519 } from '@noble/curves/ed25519.js';
import {
  H,
  KH,
  LIMITS,
  SpecError,
  ZERO32,
  b64,
  cmp,
  compareBytes,
  concat,
  equalBytes,
  hex,
  idProblem,
  lp,
  parseCommit,
  parseEnvelope,
  parseReplayState,
  serializeCommit,
  serializeReplayState,
  u32,
  u64,
  utf8,
  type Bundle,
  type Commit,
  type UnsignedCommit,
  type Envelope,
  type Header,
  type Wrap,
} from './noble-v2-codec.js';

export * from './noble-v2-codec.js';

// ---- primitives (§2) -------------------------------------------------------

/** `Verify`: strict RFC 8032 (no ZIP 215). Never throws. */
export function verifySig(pk: Uint8Array, msg: Uint8Array, sig: Uint8Array): boolean {
  try {
    return ed25519.verify(sig, msg, pk, { zip215: false });
  } catch {
    return false;
  }
}

/** `X25519(k, u)`, or `undefined` when the result is all zero (→ `weak-key`). */
export function x25519Shared(secret: Uint8Array, pub: Uint8Array): Uint8Array | undefined {
  let out: Uint8Array;
  try {
    out = x25519.scalarMult(secret, pub);
  } catch {
    return undefined;
  }
  return equalBytes(out, ZERO32) ? undefined : out;
}

export function aeadSeal(k: Uint8Array, n: Uint8Array, ad: Uint8Array, m: Uint8Array) {
  return xchacha20poly1305(k, n, ad).encrypt(m);
}

export function aeadOpen(k: Uint8Array, n: Uint8Array, ad: Uint8Array, c: Uint8Array) {
  try {
    return xchacha20poly1305(k, n, ad).decrypt(c);
  } catch {
    return undefined;
  }
}

export function systemRandom(length: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(length));
}

// ---- §4 identities, devices, certificates ----------------------------------

export interface Identity {
  user: string;
  secret: Uint8Array;
  publicKey: Uint8Array;
}

/** A device's secrets with its certified bundle. */
export interface DeviceKeys {
  bundle: Bundle;
  signingSecret: Uint8Array;
  agreementSecret: Uint8Array;
}

export function identityFrom(user: string, secret: Uint8Array): Identity {
  return { user, secret, publicKey: ed25519.getPublicKey(secret) };
}

/** §4.2 `cert_bytes`. */
export function certBytes(b: Omit<Bundle, 'certificate'>): Uint8Array {
  return concat(
    lp('e2ee-kit/v2/device-certificate'),
    lp(b.user),
    lp(b.identityKey),
    lp(b.device),
    lp(b.name),
    lp(b.signingKey),
    lp(b.agreementKey),
  );
}

/** A device from 64 bytes (Ed25519 secret ‖ X25519 secret), certified by `identity`. */
export function deviceFrom(
  identity: Identity,
  device: string,
  name: string,
  r: Uint8Array,
): DeviceKeys {
  if (r.length !== 64) throw new SpecError('invalid-argument', 'a device needs 64 bytes');
  const signingSecret = r.slice(0, 32);
  const agreementSecret = r.slice(32, 64);
  const unsigned = {
    user: identity.user,
    device,
    name,
    identityKey: identity.publicKey,
    signingKey: ed25519.getPublicKey(signingSecret),
    agreementKey: x25519.getPublicKey(agreementSecret),
  };
  return { bundle: certify(identity, unsigned), signingSecret, agreementSecret };
}

/** Signs a bundle's certificate with the identity secret. */
export function certify(identity: Identity, b: Omit<Bundle, 'certificate'>): Bundle {
  return { ...b, certificate: ed25519.sign(certBytes(b), identity.secret) };
}

/** `bundle_bytes(B)`. */
export function bundleBytes(b: Bundle): Uint8Array {
  return concat(
    lp(b.user),
    lp(b.device),
    lp(b.name),
    lp(b.identityKey),
    lp(b.signingKey),
    lp(b.agreementKey),
    lp(b.certificate),
  );
}

/** A notice (§10.2), reduced to what this implementation records. */
export interface Notice {
  kind:
    | 'conversation-created'
    | 'member-added'
    | 'device-added'
    | 'member-removed'
    | 'device-updated'
    | 'safety-number-changed'
    | 'uncertified-device'
    | 'unexpected-recipient';
  conversation: string;
  shown: boolean;
  device?: string;
  user?: string;
  by?: string | null;
  epoch?: number;
  devices?: string[];
  envelope?: string;
  sender?: string;
}

/**
 * The identity pins of one client (§4.3 step 2). `draft()` gives a copy whose
 * changes take effect only on `commit`, so a refused input pins nothing.
 */
export class Pins {
  constructor(readonly map = new Map<string, Uint8Array>()) {}
  draft(): Pins {
    return new Pins(new Map(this.map));
  }
  commit(draft: Pins) {
    this.map.clear();
    for (const [k, v] of draft.map) this.map.set(k, v);
  }
}

/**
 * `checkBundle` (§4.3): the certificate, then the pin. Pushes a
 * `safety-number-changed` notice into `notices` when it re-pins.
 */
export function checkBundle(b: Bundle, pins: Pins, notices: Notice[], conversation: string) {
  const { certificate, ...unsigned } = b;
  if (!verifySig(b.identityKey, certBytes(unsigned), certificate))
    throw new SpecError('uncertified-device', `${b.device} is not certified by ${b.user}`, {
      device: b.device,
      user: b.user,
    });
  const pinned = pins.map.get(b.user);
  if (pinned && !equalBytes(pinned, b.identityKey))
    notices.push({ kind: 'safety-number-changed', conversation, user: b.user, shown: true });
  pins.map.set(b.user, b.identityKey);
}

// ---- §6 the commit chain ---------------------------------------------------

/** §6.3 `commit_bytes`. */
export function commitBytes(c: UnsignedCommit): Uint8Array {
  const body =
    c.action === 'create'
      ? concat(u32(c.members.length), ...c.members.map(bundleBytes))
      : c.action === 'remove'
        ? lp(c.device)
        : bundleBytes(c.member);
  return concat(
    lp('e2ee-kit/v2/commit'),
    lp(c.conversation),
    u64(c.epoch),
    lp(c.prev),
    lp(c.action),
    body,
    lp(c.committer),
    u64(c.at),
  );
}

/** Builds and signs a commit; returns it with its canonical text. */
export function buildCommit(
  input: UnsignedCommit,
  signingSecret: Uint8Array,
): { commit: Commit; text: string } {
  const commit: Commit = { ...input, signature: ed25519.sign(commitBytes(input), signingSecret) };
  return { commit, text: serializeCommit(commit) };
}

function invalid(conversation: string, epoch: number, reason: string): SpecError {
  return new SpecError('invalid-commit', `commit ${epoch} of ${conversation}: ${reason}`, {
    conversation,
    epoch,
    reason,
  });
}

/**
 * One client's view of one member-signed conversation: `E`, `state(1…E)`,
 * `roster(1…E)`. `apply` runs §6.4 in order.
 */
export class Chain {
  epoch = 0;
  readonly states: Uint8Array[] = [];
  readonly rosters: Bundle[][] = [];

  constructor(
    readonly conversation: string,
    readonly pins = new Pins(),
    readonly notices: Notice[] = [],
    readonly me?: string,
  ) {}

  state(e: number): Uint8Array | undefined {
    return this.states[e - 1];
  }

  roster(e: number = this.epoch): readonly Bundle[] {
    return this.rosters[e - 1] ?? [];
  }

  /** §6.4; returns `'duplicate'` for a commit already applied (no change). */
  apply(input: string | Uint8Array): 'applied' | 'duplicate' {
    const C = parseCommit(input); // steps 1–3
    const conv = this.conversation;
    const E = this.epoch;
    if (C.conversation !== conv) throw invalid(conv, C.epoch, 'conversation'); // 4
    const hash = H(32, commitBytes(C));
    if (C.epoch <= E) {
      // 5
      if (equalBytes(hash, this.states[C.epoch - 1] ?? ZERO32)) return 'duplicate';
      throw new SpecError('fork', `another commit ${C.epoch} of ${conv}`, {
        conversation: conv,
        epoch: C.epoch,
        reason: C.epoch === 1 ? 'rerooted' : 'equivocation',
      });
    }
    if (C.epoch !== E + 1)
      throw new SpecError('commit-gap', `have ${E}, got ${C.epoch}`, {
        conversation: conv,
        have: E,
        got: C.epoch,
      }); // 6
    if (E === 0 ? C.action !== 'create' || !equalBytes(C.prev, ZERO32) : C.action === 'create')
      throw invalid(conv, C.epoch, 'genesis'); // 7
    if (E >= 1 && !equalBytes(C.prev, this.states[E - 1] ?? ZERO32))
      throw new SpecError('fork', `commit ${C.epoch} does not follow ${E}`, {
        conversation: conv,
        epoch: C.epoch,
        reason: 'prev',
      }); // 8
    const R = this.roster(E);
    let signer: Bundle | undefined; // 9
    if (C.action === 'create') {
      const first = C.members[0];
      signer = first && first.device === C.committer ? first : undefined;
    } else signer = R.find((b) => b.device === C.committer);
    if (!signer) throw invalid(conv, C.epoch, 'signer-not-member');
    const pins = this.pins.draft();
    const notices: Notice[] = [];
    if (C.action === 'create') checkBundle(signer, pins, notices, conv); // 10
    if (!verifySig(signer.signingKey, commitBytes(C), C.signature))
      throw invalid(conv, C.epoch, 'signature'); // 11
    const next = this.actionChecks(C, R, pins, notices); // 12
    // 13
    this.rosters.push(next);
    this.states.push(hash);
    this.epoch = E + 1;
    this.pins.commit(pins);
    this.notices.push(...notices, ...this.rosterNotices(C, R));
    return 'applied';
  }

  private actionChecks(C: Commit, R: readonly Bundle[], pins: Pins, notices: Notice[]): Bundle[] {
    const conv = this.conversation;
    const has = (d: string) => R.some((b) => b.device === d);
    switch (C.action) {
      case 'create': {
        if (new Set(C.members.map((m) => m.device)).size !== C.members.length)
          throw invalid(conv, C.epoch, 'duplicate-member');
        for (const m of C.members.slice(1)) checkBundle(m, pins, notices, conv);
        const ik = new Map<string, Uint8Array>();
        for (const m of C.members) {
          const k = ik.get(m.user);
          if (k && !equalBytes(k, m.identityKey)) throw invalid(conv, C.epoch, 'identity-conflict');
          ik.set(m.user, m.identityKey);
        }
        return [...C.members];
      }
      case 'add': {
        const m = C.member;
        if (has(m.device)) throw invalid(conv, C.epoch, 'duplicate-member');
        if (R.length >= LIMITS.MAX_ROSTER) throw invalid(conv, C.epoch, 'roster-full');
        checkBundle(m, pins, notices, conv);
        const same = R.find((b) => b.user === m.user);
        if (same && !equalBytes(same.identityKey, m.identityKey))
          throw invalid(conv, C.epoch, 'identity-conflict');
        return [...R, m];
      }
      case 'update': {
        const m = C.member;
        const old = R.find((b) => b.device === m.device);
        if (!old) throw invalid(conv, C.epoch, 'not-in-roster');
        if (old.user !== m.user || !equalBytes(old.identityKey, m.identityKey))
          throw invalid(conv, C.epoch, 'identity-conflict');
        if (
          old.name === m.name &&
          equalBytes(old.signingKey, m.signingKey) &&
          equalBytes(old.agreementKey, m.agreementKey)
        )
          throw invalid(conv, C.epoch, 'no-change');
        checkBundle(m, pins, notices, conv);
        return R.map((b) => (b.device === m.device ? m : b));
      }
      case 'remove': {
        if (!has(C.device)) throw invalid(conv, C.epoch, 'not-in-roster');
        if (R.length < 2) throw invalid(conv, C.epoch, 'last-member');
        return R.filter((b) => b.device !== C.device);
      }
    }
  }

  private rosterNotices(C: Commit, R: readonly Bundle[]): Notice[] {
    const base = { conversation: this.conversation, by: C.committer, epoch: C.epoch, shown: true };
    switch (C.action) {
      case 'create':
        return this.me === C.committer ? [] : [{ kind: 'conversation-created', ...base }];
      case 'add': {
        const known = R.some((b) => b.user === C.member.user);
        const kind = known ? 'device-added' : 'member-added';
        return [{ kind, ...base, device: C.member.device, user: C.member.user }];
      }
      case 'update':
        return [{ kind: 'device-updated', ...base, device: C.member.device, user: C.member.user }];
      case 'remove': {
        const gone = R.find((b) => b.device === C.device);
        return [{ kind: 'member-removed', ...base, device: C.device, user: gone?.user }];
      }
    }
  }
}

/** Verifies a whole chain from its genesis; throws the first refusal. */
export function verifyChain(
  conversation: string,
  commits: readonly (string | Uint8Array)[],
  pins = new Pins(),
): Chain {
  const chain = new Chain(conversation, pins);
  for (const c of commits) chain.apply(c);
  return chain;
}

// ---- §7, §8 sealing --------------------------------------------------------

/** §7.2 `header_core`. */
export function headerCore(h: Omit<Header, 'commitment'>): Uint8Array {
  return concat(
    lp('e2ee-kit/v2/header'),
    lp(h.conversation),
    lp(h.mode),
    u64(h.epoch),
    lp(h.state),
    lp(h.senderUser),
    lp(h.senderDevice),
    lp(h.senderKey),
    u64(h.counter),
    u64(h.sentAt),
  );
}

export function headerBytes(h: Header): Uint8Array {
  return concat(headerCore(h), lp(h.commitment));
}

export function headerHash(h: Header): Uint8Array {
  return H(32, headerBytes(h));
}

/** §7.3 `commitment`. */
export function keyCommitment(mk: Uint8Array, core: Uint8Array): Uint8Array {
  return KH(32, mk, concat(lp('e2ee-kit/v2/key-commitment'), lp(core)));
}

/** §8.4 `pair_key(S → R)` from an X25519 secret and the other side's public key. */
export function pairKey(
  ownSecret: Uint8Array,
  peer: Uint8Array,
  senderPk: Uint8Array,
  recipientPk: Uint8Array,
  owner: string,
): Uint8Array {
  const shared = x25519Shared(ownSecret, peer);
  if (!shared) throw new SpecError('weak-key', `zero X25519 result for ${owner}`, { owner });
  return H(32, concat(lp('e2ee-kit/v2/pair-key'), lp(shared), lp(senderPk), lp(recipientPk)));
}

export function wrapAd(hh: Uint8Array, to: string): Uint8Array {
  return concat(lp('e2ee-kit/v2/wrap'), hh, lp(to));
}

/** §8.5 `signed_bytes`. */
export function signedBytes(e: Omit<Envelope, 'signature'>): Uint8Array {
  return concat(
    lp('e2ee-kit/v2/signature'),
    headerHash(e.header),
    lp(e.nonce),
    lp(e.ciphertext),
    u32(e.wraps.length),
    ...e.wraps.flatMap((w) => [lp(w.to), lp(w.nonce), lp(w.key)]),
  );
}

/** (Re-)signs an envelope: a sender's act, used by tests to craft hostile but signed envelopes. */
export function signEnvelope(e: Omit<Envelope, 'signature'>, signingSecret: Uint8Array): Envelope {
  return { ...e, signature: ed25519.sign(signedBytes(e), signingSecret) };
}

/** §15 derivations of a seeded send. */
export function seededDerivation(seed: Uint8Array, core: Uint8Array, text: string) {
  const sendKey = H(32, concat(lp('e2ee-kit/v2/seeded-send'), lp(seed)));
  const content = KH(
    32,
    sendKey,
    concat(lp('e2ee-kit/v2/seeded-content'), lp(core), lp(utf8(text))),
  );
  return {
    sendKey,
    content,
    mk: KH(32, content, lp('e2ee-kit/v2/seeded-message-key')),
    nonce: KH(24, content, lp('e2ee-kit/v2/seeded-body-nonce')),
    wrapNonce: (to: string) => KH(24, content, concat(lp('e2ee-kit/v2/seeded-wrap-nonce'), lp(to))),
  };
}

/** §15 seed rule: at least one byte; a string is its UTF-8. */
export function seedBytes(seed: string | Uint8Array): Uint8Array {
  const s = typeof seed === 'string' ? utf8(seed) : seed;
  if (s.length === 0) throw new SpecError('invalid-argument', 'the seed must not be empty');
  return s;
}

/** §15 generator: `draw(n, len)`; the returned function makes draws 0, 1, 2, … */
export function drbg(seed: string | Uint8Array): (len: number) => Uint8Array {
  const s = seedBytes(seed);
  let n = 0;
  const nonce = utf8('LibsodiumDRG');
  return (len) => {
    const key = H(32, concat(lp('e2ee-kit/v2/drbg'), lp(s), u64(n++)));
    return chacha20(key, nonce, new Uint8Array(len));
  };
}

export interface Recipient {
  to: string;
  publicKey: Uint8Array;
}

export interface SealInput {
  header: Omit<Header, 'senderKey' | 'commitment'>;
  text: string;
  sender: DeviceKeys;
  /** All recipients, the sender's own device included, escrow wraps too. */
  recipients: readonly Recipient[];
  /** Seeded mode (§15); without it, `mk` and nonces come from the system. */
  seed?: string | Uint8Array;
  /** Hostile sender only: wrap this key instead of `mk` for a recipient. */
  wrapKeyFor?: (to: string) => Uint8Array | undefined;
}

/** §8: commitment, body, wraps (sorted with `cmp`), signature. */
export function seal(input: SealInput): Envelope {
  const { sender, text } = input;
  if (typeof text !== 'string' || /\p{Cs}/u.test(text))
    throw new SpecError('invalid-argument', 'the text must be a well-formed string');
  if (utf8(text).length > LIMITS.MAX_TEXT_BYTES)
    throw new SpecError('invalid-argument', 'text over MAX_TEXT_BYTES');
  if (input.recipients.length > LIMITS.MAX_WRAPS)
    throw new SpecError('invalid-argument', 'too many recipients');
  for (const r of input.recipients)
    if (idProblem(r.to) !== undefined) throw new SpecError('invalid-argument', `bad id ${r.to}`);
  const recipients = [...input.recipients].sort((a, b) => cmp(a.to, b.to));
  for (let i = 1; i < recipients.length; i++)
    if (cmp(recipients[i - 1]?.to ?? '', recipients[i]?.to ?? '') === 0)
      throw new SpecError('invalid-argument', 'a recipient twice');
  if (!recipients.some((r) => r.to === sender.bundle.device))
    throw new SpecError('not-a-member', `${sender.bundle.device} is not a recipient`, {
      device: sender.bundle.device,
      conversation: input.header.conversation,
    });
  const partial = { ...input.header, senderKey: sender.bundle.agreementKey };
  const core = headerCore(partial);
  const seeded =
    input.seed === undefined ? undefined : seededDerivation(seedBytes(input.seed), core, text);
  const mk = seeded?.mk ?? systemRandom(32);
  const nonce = seeded?.nonce ?? systemRandom(24);
  const header: Header = { ...partial, commitment: keyCommitment(mk, core) };
  const hb = headerBytes(header);
  const hh = H(32, hb);
  const ciphertext = aeadSeal(mk, nonce, hb, utf8(text));
  const wraps: Wrap[] = recipients.map((r) => {
    const wrapNonce = seeded?.wrapNonce(r.to) ?? systemRandom(24);
    const pk = pairKey(sender.agreementSecret, r.publicKey, partial.senderKey, r.publicKey, r.to);
    const wrapped = input.wrapKeyFor?.(r.to) ?? mk;
    return { to: r.to, nonce: wrapNonce, key: aeadSeal(pk, wrapNonce, wrapAd(hh, r.to), wrapped) };
  });
  return signEnvelope({ header, nonce, ciphertext, wraps }, sender.signingSecret);
}

// ---- §9 receiving ------------------------------------------------------------

/** §9 steps 12–16 for the holder of an X25519 secret, given the wrap to use. */
function unwrapAndDecrypt(
  env: Envelope,
  wrap: Wrap,
  me: { secret: Uint8Array; publicKey: Uint8Array; device: string },
): string {
  const h = env.header;
  const hb = headerBytes(h);
  const pk = pairKey(me.secret, h.senderKey, h.senderKey, me.publicKey, h.senderDevice); // 13
  const mk = aeadOpen(pk, wrap.nonce, wrapAd(H(32, hb), wrap.to), wrap.key);
  if (!mk || mk.length !== 32)
    throw new SpecError('tampered', 'the wrapped key does not open', { part: 'wrapped-key' });
  if (!equalBytes(keyCommitment(mk, headerCore(h)), h.commitment))
    throw new SpecError(
      'key-commitment-mismatch',
      `the key of ${me.device} is not the committed one`,
      {
        device: me.device,
      },
    ); // 14
  const plain = aeadOpen(mk, env.nonce, hb, env.ciphertext); // 15
  if (!plain)
    throw new SpecError('tampered', 'the ciphertext does not open', { part: 'ciphertext' });
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(plain); // 16
  } catch {
    throw new SpecError('tampered', 'the plaintext is not UTF-8', { part: 'plaintext' });
  }
}

function findWrap(env: Envelope, to: string): Wrap {
  const w = env.wraps.find((x) => x.to === to);
  if (!w) throw new SpecError('not-a-recipient', `no wrap for ${to}`, { device: to });
  return w;
}

/** How a provider-managed client sees the provider (§5.1). */
export interface ProviderView {
  bundle(device: string): Bundle | undefined;
  /** The displayed roster: the provider's list without `hidden` entries. */
  displayed(): readonly string[];
}

export type Conversation =
  | {
      mode: 'member-signed';
      chain: Chain;
      /** The provider's `commits(conversation, fromEpoch)`. */
      fetch?: (fromEpoch: number) => readonly (string | Uint8Array)[];
      escrow?: readonly string[];
    }
  | {
      mode: 'provider-managed';
      provider: ProviderView;
      careful?: boolean;
      escrow?: readonly string[];
    };

export interface Opened {
  text: string;
  sentAt: number;
  envelope: Envelope;
  headerHash: Uint8Array;
}

/** A receiving device: its keys, pins, conversations, replay set and notices. */
export class Device {
  readonly pins = new Pins();
  readonly notices: Notice[] = [];
  readonly conversations = new Map<string, Conversation>();
  private readonly replay = new Set<string>();

  constructor(readonly keys: DeviceKeys) {
    this.pins.map.set(keys.bundle.user, keys.bundle.identityKey);
  }

  get id(): string {
    return this.keys.bundle.device;
  }

  /** Joins a member-signed conversation, applying (and pinning) the chain it is given. */
  joinMemberSigned(
    conversation: string,
    commits: readonly (string | Uint8Array)[],
    opts: {
      fetch?: (fromEpoch: number) => readonly (string | Uint8Array)[];
      escrow?: readonly string[];
    } = {},
  ): Chain {
    const chain = new Chain(conversation, this.pins, this.notices, this.id);
    for (const c of commits) chain.apply(c);
    this.conversations.set(conversation, { mode: 'member-signed', chain, ...opts });
    return chain;
  }

  joinProviderManaged(
    conversation: string,
    provider: ProviderView,
    opts: { careful?: boolean; escrow?: readonly string[] } = {},
  ) {
    this.conversations.set(conversation, { mode: 'provider-managed', provider, ...opts });
  }

  /** §9, all 18 steps. */
  open(input: string | Uint8Array): Opened {
    const env = parseEnvelope(input); // 1–6
    const h = env.header;
    const conv = this.conversations.get(h.conversation); // 7
    if (!conv)
      throw new SpecError('unknown-conversation', h.conversation, { conversation: h.conversation });
    const mismatch = () =>
      new SpecError('mode-mismatch', `${h.conversation} is ${conv.mode}`, {
        conversation: h.conversation,
        expected: conv.mode,
        found: h.mode,
      });
    if (h.mode !== conv.mode) throw mismatch();
    const notices: Notice[] = [];
    let pins: Pins;
    let bundle: Bundle;
    let reference: readonly string[];
    if (conv.mode === 'provider-managed') {
      if (h.epoch !== 0 || !equalBytes(h.state, ZERO32)) throw mismatch();
      const b = conv.provider.bundle(h.senderDevice); // 8
      if (!b)
        throw new SpecError('unknown-participant', h.senderDevice, { participant: h.senderDevice });
      pins = this.pins.draft();
      checkBundle(b, pins, notices, h.conversation);
      bundle = b;
      reference = conv.provider.displayed();
    } else {
      const chain = conv.chain;
      if (h.epoch > chain.epoch && conv.fetch)
        for (const c of conv.fetch(chain.epoch + 1)) chain.apply(c);
      if (h.epoch > chain.epoch)
        throw new SpecError('unknown-epoch', `epoch ${h.epoch}`, {
          conversation: h.conversation,
          epoch: h.epoch,
          current: chain.epoch,
        });
      if (h.epoch === 0) throw mismatch();
      if (!equalBytes(h.state, chain.state(h.epoch) ?? ZERO32))
        throw new SpecError('fork', `state of epoch ${h.epoch}`, {
          conversation: h.conversation,
          epoch: h.epoch,
          reason: 'state',
        });
      const b = chain.roster(h.epoch).find((x) => x.device === h.senderDevice); // 8
      if (!b)
        throw new SpecError('not-a-member', `${h.senderDevice} at epoch ${h.epoch}`, {
          device: h.senderDevice,
          conversation: h.conversation,
        });
      if (h.epoch < chain.epoch) {
        const now = chain.roster().find((x) => x.device === h.senderDevice);
        if (
          !now ||
          !equalBytes(now.signingKey, b.signingKey) ||
          !equalBytes(now.agreementKey, b.agreementKey)
        )
          throw new SpecError('stale-epoch', `${h.senderDevice} changed since ${h.epoch}`, {
            conversation: h.conversation,
            epoch: h.epoch,
            current: chain.epoch,
          });
      }
      bundle = b;
      pins = this.pins.draft();
      reference = chain.roster(h.epoch).map((x) => x.device);
    }
    if (bundle.user !== h.senderUser || !equalBytes(bundle.agreementKey, h.senderKey))
      throw new SpecError('sender-key-mismatch', h.senderDevice, { sender: h.senderDevice }); // 9
    if (!verifySig(bundle.signingKey, signedBytes(env), env.signature))
      throw new SpecError('tampered', 'bad signature', { part: 'signature' }); // 10
    const hh = headerHash(h);
    if (this.replay.has(hex(hh)))
      throw new SpecError('replayed', `${h.senderDevice} #${h.counter}`, {
        sender: h.senderDevice,
        counter: h.counter,
      }); // 11
    const wrap = findWrap(env, this.id); // 12
    const text = unwrapAndDecrypt(env, wrap, {
      secret: this.keys.agreementSecret,
      publicKey: this.keys.bundle.agreementKey,
      device: this.id,
    }); // 13–16
    const careful = conv.mode === 'member-signed' || conv.careful === true;
    if (careful) {
      const unexpected = recipientCheck(env, reference, conv.escrow ?? []); // 17
      if (unexpected.length > 0)
        notices.push({
          kind: 'unexpected-recipient',
          conversation: h.conversation,
          envelope: b64(hh),
          sender: h.senderDevice,
          epoch: h.epoch,
          devices: unexpected,
          shown: true,
        });
    }
    this.pins.commit(pins); // 18
    this.notices.push(...notices);
    this.replay.add(hex(hh));
    return { text, sentAt: h.sentAt, envelope: env, headerHash: hh };
  }

  /** §14 export. */
  exportReplayState(): string {
    const seen = [...this.replay].map((x) =>
      Uint8Array.from(x.match(/../g) ?? [], (b) => parseInt(b, 16)),
    );
    return serializeReplayState({ device: this.id, seen: seen.sort(compareBytes) });
  }

  /** §14 import: union, never removal. */
  importReplayState(input: string | Uint8Array) {
    const r = parseReplayState(input);
    if (r.device !== this.id)
      throw new SpecError('invalid-argument', `replay state of ${r.device}, not ${this.id}`);
    for (const s of r.seen) this.replay.add(hex(s));
  }
}

/** §10.1 `unexpected`: wraps neither on the reference roster nor a mandated escrow. */
export function recipientCheck(
  env: Envelope,
  reference: readonly string[],
  escrow: readonly string[],
): string[] {
  const ok = new Set([...reference, ...escrow.map((e) => `escrow:${e}`)]);
  return env.wraps
    .map((w) => w.to)
    .filter((to) => !ok.has(to))
    .sort(cmp);
}

// ---- §11 escrow ------------------------------------------------------------

export interface EscrowAuthority {
  id: string;
  name: string;
  master: Uint8Array;
  publicKey: Uint8Array;
}

export function escrowFrom(id: string, name: string, master: Uint8Array): EscrowAuthority {
  if (idProblem(id, LIMITS.MAX_ESCROW_ID_BYTES) !== undefined)
    throw new SpecError('invalid-argument', `bad escrow authority id ${id}`);
  return { id, name, master, publicKey: x25519.getPublicKey(master) };
}

/** The provider's directory as the escrow holder reads it. */
export interface Directory {
  bundle(device: string): Bundle | undefined;
  identityKey(user: string): Uint8Array | undefined;
}

/** §11.2: the escrow holder's six steps. No replay set. */
export function escrowOpen(
  input: string | Uint8Array,
  authority: EscrowAuthority,
  directory: Directory,
) {
  const env = parseEnvelope(input); // 1
  const h = env.header;
  const b = directory.bundle(h.senderDevice); // 2
  if (!b)
    throw new SpecError('unknown-participant', h.senderDevice, { participant: h.senderDevice });
  const ik = directory.identityKey(h.senderUser);
  if (!ik || !equalBytes(ik, b.identityKey))
    throw new SpecError('uncertified-device', `${b.device} is not certified by ${h.senderUser}`, {
      device: b.device,
      user: h.senderUser,
    });
  checkBundle(b, new Pins(), [], h.conversation);
  if (b.user !== h.senderUser || !equalBytes(b.agreementKey, h.senderKey))
    throw new SpecError('sender-key-mismatch', h.senderDevice, { sender: h.senderDevice }); // 3
  if (!verifySig(b.signingKey, signedBytes(env), env.signature))
    throw new SpecError('tampered', 'bad signature', { part: 'signature' });
  const to = `escrow:${authority.id}`;
  const wrap = findWrap(env, to); // 4
  const text = unwrapAndDecrypt(env, wrap, {
    secret: authority.master,
    publicKey: authority.publicKey,
    device: to,
  }); // 5–6
  return { text, envelope: env };
}

/** §11.3: what a relay can check with public keys only (here: shape and escrow presence). */
export function relayCheckEscrow(
  input: string | Uint8Array,
  mandated: readonly string[],
): Envelope {
  const env = parseEnvelope(input);
  const missing = mandated.filter((id) => !env.wraps.some((w) => w.to === `escrow:${id}`));
  if (missing.length > 0)
    throw new SpecError('escrow-missing', `no wrap for ${missing.join(', ')}`, {
      authorities: missing,
    });
  return env;
}

// ---- §13 safety numbers ----------------------------------------------------

/** `digits(u, IK)`: 30 digits. */
export function fingerprintDigits(
  user: string,
  identityKey: Uint8Array,
  iterations = 5200,
): string {
  let d = H(64, concat(lp('e2ee-kit/v2/fingerprint'), lp(user), lp(identityKey)));
  for (let i = 1; i < iterations; i++) d = H(64, concat(d, identityKey));
  let out = '';
  for (let j = 0; j < 6; j++) {
    let n = 0;
    for (const byte of d.subarray(5 * j, 5 * j + 5)) n = n * 256 + byte;
    out += String(n % 100_000).padStart(5, '0');
  }
  return out;
}

export const SAFETY_PREFIX = 'e2ee-kit-safety-number:2:';

/** The safety number of two users (§13), with its display forms. */
export function safetyNumber(
  a: { user: string; identityKey: Uint8Array },
  b: { user: string; identityKey: Uint8Array },
) {
  if (a.user === b.user) throw new SpecError('invalid-argument', 'a safety number needs two users');
  const [first, second] = cmp(a.user, b.user) < 0 ? [a, b] : [b, a];
  const digits =
    fingerprintDigits(first.user, first.identityKey) +
    fingerprintDigits(second.user, second.identityKey);
  const groups = digits.match(/.{5}/g) ?? [];
  return { digits, groups, text: groups.join(' '), payload: SAFETY_PREFIX + digits };
}

/** A scanner (§13): `'invalid'` unless exactly the prefix and 60 ASCII digits. */
export function scanSafetyPayload(
  payload: string,
  ownDigits: string,
): 'match' | 'mismatch' | 'invalid' {
  const m = /^e2ee-kit-safety-number:2:([0-9]{60})$/.exec(payload);
  if (!m) return 'invalid';
  return m[1] === ownDigits ? 'match' : 'mismatch';
}
