/**
 * Protocol version 2 (docs/protocol.md), checked with the independent noble
 * implementation in test/independent/noble-v2*.ts. The first part uses noble
 * alone: round trips and one refusal per check, with the spec's error code.
 * The last part is the interop test with crypto-demo itself.
 */
import { describe, expect, it } from 'vitest';
import * as demo from '../src/index.js';
import * as v1 from './independent/noble-envelope.js';
import {
  Chain,
  Device,
  H,
  LIMITS,
  Pins,
  SpecError,
  ZERO32,
  b64,
  buildCommit,
  certify,
  cmp,
  commitBytes,
  deviceFrom,
  drbg,
  escrowFrom,
  escrowOpen,
  fingerprintDigits,
  fromB64,
  headerBytes,
  hex,
  identityFrom,
  parseBundle,
  parseCommit,
  parseEnvelope,
  parseReplayState,
  relayCheckEscrow,
  safetyNumber,
  scanSafetyPayload,
  seal,
  serializeCommit,
  serializeEnvelope,
  signEnvelope,
  systemRandom,
  utf8,
  verifyChain,
  type Bundle,
  type Code,
  type CommitBody,
  type DeviceKeys,
  type Envelope,
  type Identity,
  type Mode,
  type ProviderView,
  type SealInput,
  type UnsignedCommit,
} from './independent/noble-v2.js';

// ---- helpers ---------------------------------------------------------------

type Body = CommitBody & { committer: string };

function refusal(fn: () => unknown): SpecError {
  try {
    fn();
  } catch (e) {
    if (e instanceof SpecError) return e;
    throw e;
  }
  throw new Error('expected a refusal, got none');
}

function expectCode(fn: () => unknown, code: Code, data?: Record<string, unknown>) {
  const e = refusal(fn);
  expect(e.code, e.message).toBe(code);
  if (data) expect(e.data).toMatchObject(data);
  return e;
}

const user = (name: string) => identityFrom(name, systemRandom(32));
const device = (id: Identity, dev: string, name = id.user) =>
  deviceFrom(id, dev, name, systemRandom(64));
const recipient = (b: Bundle) => ({ to: b.device, publicKey: b.agreementKey });

function world() {
  const ids = { alice: user('alice'), bob: user('bob'), carol: user('carol') };
  const alice = device(ids.alice, 'alice/phone', 'Alice');
  const bob = device(ids.bob, 'bob/phone', 'Bob');
  const carol = device(ids.carol, 'carol/phone', 'Carol');
  const commits: string[] = [];
  const states: Uint8Array[] = [];
  const commit = (body: Body, by: DeviceKeys) => {
    const epoch = commits.length + 1;
    const { commit: c, text } = buildCommit(
      {
        conversation: 'chat',
        epoch,
        prev: states.at(-1) ?? ZERO32,
        at: 1000 * epoch,
        ...body,
      },
      by.signingSecret,
    );
    commits.push(text);
    states.push(H(32, commitBytes(c)));
    return text;
  };
  commit(
    {
      action: 'create',
      members: [alice.bundle, bob.bundle, carol.bundle],
      committer: 'alice/phone',
    },
    alice,
  );
  return { ids, alice, bob, carol, commits, states, commit };
}

type World = ReturnType<typeof world>;

function send(
  w: World,
  from: DeviceKeys,
  text: string,
  opts: {
    epoch?: number;
    roster?: Bundle[];
    extra?: SealInput['recipients'];
    counter?: number;
    mode?: Mode;
    seed?: string;
    wrapKeyFor?: SealInput['wrapKeyFor'];
  } = {},
): Envelope {
  const mode = opts.mode ?? 'member-signed';
  const epoch = mode === 'provider-managed' ? 0 : (opts.epoch ?? 1);
  const roster = opts.roster ?? [w.alice.bundle, w.bob.bundle, w.carol.bundle];
  return seal({
    header: {
      conversation: 'chat',
      mode,
      epoch,
      state: epoch === 0 ? ZERO32 : (w.states[epoch - 1] ?? ZERO32),
      senderUser: from.bundle.user,
      senderDevice: from.bundle.device,
      counter: opts.counter ?? 1,
      sentAt: 1742500802000,
    },
    text,
    sender: from,
    recipients: [...roster.map(recipient), ...(opts.extra ?? [])],
    seed: opts.seed,
    wrapKeyFor: opts.wrapKeyFor,
  });
}

function member(w: World, keys: DeviceKeys, commits = w.commits) {
  const d = new Device(keys);
  d.joinMemberSigned('chat', commits);
  return d;
}

/** A provider that lists devices (some hidden) and serves their bundles. */
function provider(
  bundles: Bundle[],
  hidden: string[] = [],
): ProviderView & { set(b: Bundle): void } {
  const map = new Map(bundles.map((b) => [b.device, b]));
  return {
    bundle: (d) => map.get(d),
    displayed: () => [...map.keys()].filter((d) => !hidden.includes(d)),
    set: (b) => map.set(b.device, b),
  };
}

const text = (e: Envelope) => serializeEnvelope(e);

// ---- §3 canonical JSON -----------------------------------------------------

describe('noble v2: canonical JSON and parseEnvelope (§3, §9 steps 1–6)', () => {
  const w = world();
  const json = text(send(w, w.alice, 'Salut 👋', { counter: 3000 }));

  it('re-serializes an envelope to the same text, with wraps sorted by cmp', () => {
    const env = parseEnvelope(json);
    expect(serializeEnvelope(env)).toBe(json);
    expect(parseEnvelope(utf8(json))).toEqual(env);
    expect(env.wraps.map((x) => x.to)).toEqual(['alice/phone', 'bob/phone', 'carol/phone']);
  });

  it.each([
    ['3e3', '"counter":3e3,'],
    ['3000.0', '"counter":3000.0,'],
    ['3E3', '"counter":3E3,'],
    ['+3000 (not JSON)', '"counter":+3000,'],
    ['03000 (not JSON)', '"counter":03000,'],
    ['a space', '"counter": 3000,'],
    ['a duplicate key', '"counter":3000,"counter":3000,'],
    ['a string', '"counter":"3000",'],
  ])('refuses the counter spelled with %s', (_, spelling) => {
    const bad = json.replace('"counter":3000,', spelling);
    expect(bad).not.toBe(json);
    expectCode(() => parseEnvelope(bad), 'malformed');
  });

  it('refuses -0, 2^53 + 1 and 1.001e3 as integers', () => {
    const sentAt = '"sentAt":1742500802000,';
    for (const s of ['"sentAt":-0,', '"sentAt":9007199254740993,', '"sentAt":1.001e3,'])
      expectCode(() => parseEnvelope(json.replace(sentAt, s)), 'malformed');
  });

  it('refuses duplicate keys, other key orders, non-canonical escapes, a BOM, a newline', () => {
    const cases = [
      json.replace('"v":2,', '"v":2,"v":2,'),
      json.replace('{"v":2,"suite":', '{"suite":').replace(',"header":', ',"v":2,"header":'),
      json.replace('"conversation":"chat"', '"conversation":"\\u0063hat"'),
      json.replace('"senderDevice":"alice/phone"', '"senderDevice":"alice\\/phone"'),
      '\uFEFF' + json,
      json + '\n',
    ];
    for (const c of cases) expectCode(() => parseEnvelope(c), 'malformed');
    // the byte form of a BOM too
    expectCode(() => parseEnvelope(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)])), 'malformed');
  });

  it('refuses bad base64url: padding, stray characters, non-zero unused bits, wrong lengths', () => {
    const env = JSON.parse(json) as { nonce: string; signature: string };
    const nonce = env.nonce; // 24 bytes: 32 characters, no unused bits
    const sig = env.signature; // 64 bytes: 86 characters, 4 unused bits
    // the last character's low 4 bits are unused: setting one is refused
    const nextChar = (c: string) => {
      const abc = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
      return abc.charAt(abc.indexOf(c) + 1);
    };
    expect(fromB64(sig.slice(0, 85) + nextChar(sig.slice(85)))).toBeUndefined();
    for (const bad of [
      json.replace(nonce, nonce + '=='),
      json.replace(nonce, nonce.slice(0, 31) + '+'),
      json.replace(nonce, nonce.slice(0, 28)),
      json.replace(sig, sig.slice(0, 85) + nextChar(sig.slice(85))),
    ])
      expectCode(() => parseEnvelope(bad), 'malformed');
  });

  it('refuses unknown and missing fields, a wrong suite, bad ids, an escrow: sender', () => {
    const o = () => JSON.parse(json) as Record<string, Record<string, unknown>>;
    const extra = o();
    extra.extra = {};
    const missing = o();
    delete missing.header?.commitment;
    const suite = o() as Record<string, unknown>;
    suite.suite = 'X25519-BLAKE2b-XChaCha20Poly1305';
    const control = o();
    (control.header ?? {}).conversation = 'ch\u0007at';
    const long = o();
    (long.header ?? {}).conversation = 'é'.repeat(65);
    const escrowSender = o();
    (escrowSender.header ?? {}).senderDevice = 'escrow:agency';
    for (const bad of [extra, missing, suite, control, long, escrowSender])
      expectCode(() => parseEnvelope(JSON.stringify(bad)), 'malformed');
  });

  it('refuses reordered or repeated wraps', () => {
    const o = JSON.parse(json) as { wraps: unknown[] };
    const reordered = { ...o, wraps: [...o.wraps].reverse() };
    expectCode(() => parseEnvelope(JSON.stringify(reordered)), 'malformed');
    const repeated = { ...o, wraps: [o.wraps[0], o.wraps[0], o.wraps[1]] };
    expectCode(() => parseEnvelope(JSON.stringify(repeated)), 'malformed');
  });

  it('checks the wraps array length before its items, and the byte length before parsing', () => {
    const o = JSON.parse(json) as { wraps: unknown[] };
    const tooMany = { ...o, wraps: Array.from({ length: LIMITS.MAX_WRAPS + 1 }, () => 0) };
    expect(refusal(() => parseEnvelope(JSON.stringify(tooMany))).message).toMatch(
      /wraps: not 1 to 1024/,
    );
    const big = 'x'.repeat(LIMITS.MAX_ENVELOPE_BYTES + 1);
    expect(refusal(() => parseEnvelope(big)).message).toMatch(/longer than/);
    expectCode(() => parseEnvelope(new Uint8Array(LIMITS.MAX_ENVELOPE_BYTES + 1)), 'malformed');
    expectCode(() => parseEnvelope(new Uint8Array([0x7b, 0xff, 0x7d])), 'malformed');
    expectCode(() => parseEnvelope('[]'), 'malformed');
  });

  it('refuses a version-1 envelope with unsupported-version, naming version 2', () => {
    const a = v1.identityFrom(systemRandom(64));
    const env1 = v1.seal({
      header: {
        conversation: 'chat',
        senderUser: 'alice',
        senderDevice: 'alice/phone',
        counter: 1,
        sentAt: 0,
      },
      text: 'old',
      sender: a,
      recipients: [{ to: 'alice/phone', publicKey: a.agreementKey }],
    });
    const e = expectCode(() => parseEnvelope(v1.toJson(env1)), 'unsupported-version', {
      expected: 2,
      found: 1,
    });
    expect(e.message).toMatch(/expected version 2/);
    expectCode(() => parseEnvelope(json.replace('"v":2,', '"v":"2",')), 'unsupported-version');
    expectCode(() => parseEnvelope(json.replace('"v":2,', '')), 'malformed');
    // `2.0` is the number 2 (step 4 passes) but not its canonical spelling (step 6)
    expectCode(() => parseEnvelope(json.replace('"v":2,', '"v":2.0,')), 'malformed');
  });

  it('reads and refuses bundles and replay states by the same rules', () => {
    const b = w.alice.bundle;
    const bj = JSON.stringify({
      user: b.user,
      device: b.device,
      name: b.name,
      identityKey: b64(b.identityKey),
      signingKey: b64(b.signingKey),
      agreementKey: b64(b.agreementKey),
      certificate: b64(b.certificate),
    });
    expect(parseBundle(bj)).toEqual(b);
    expectCode(
      () => parseBundle(bj.replace('"user":"alice",', '"user":"alice","user":"alice",')),
      'malformed',
    );
    const rs = JSON.stringify({
      v: 2,
      type: 'replay-state',
      device: 'bob/phone',
      seen: [b64(ZERO32)],
    });
    expect(parseReplayState(rs).seen).toHaveLength(1);
    const unsorted = JSON.stringify({
      v: 2,
      type: 'replay-state',
      device: 'bob/phone',
      seen: [b64(new Uint8Array(32).fill(1)), b64(ZERO32)],
    });
    expectCode(() => parseReplayState(unsorted), 'malformed');
    expectCode(() => parseReplayState(rs.replace('"v":2', '"v":1')), 'unsupported-version');
  });
});

// ---- §4 certificates -------------------------------------------------------

describe('noble v2: device certificates (§4)', () => {
  it('a device certified by its user passes; a swapped key or another signer does not', () => {
    const w = world();
    const pins = new Pins();
    const bobView = new Device(w.bob);
    const ok = new Device(w.bob);
    ok.joinProviderManaged('chat', provider([w.alice.bundle, w.bob.bundle]));
    expect(
      ok.open(
        text(
          send(w, w.alice, 'hi', {
            mode: 'provider-managed',
            roster: [w.alice.bundle, w.bob.bundle],
          }),
        ),
      ).text,
    ).toBe('hi');

    const swapped = {
      ...w.alice.bundle,
      agreementKey: device(w.ids.alice, 'x').bundle.agreementKey,
    };
    const ghost = user('ghost');
    const forged = certify(ghost, { ...w.alice.bundle, identityKey: w.ids.alice.publicKey });
    for (const b of [swapped, forged]) {
      bobView.joinProviderManaged('chat', provider([b, w.bob.bundle]));
      const env = send(w, w.alice, 'hi', {
        mode: 'provider-managed',
        roster: [w.alice.bundle, w.bob.bundle],
      });
      expectCode(() => bobView.open(text(env)), 'uncertified-device', {
        device: 'alice/phone',
        user: 'alice',
      });
    }
    expect(pins.map.size).toBe(0);
  });
});

// ---- §6 commit chain -------------------------------------------------------

describe('noble v2: the member-signed commit chain (§6.4)', () => {
  it('builds and verifies create, add, update, remove from the genesis', () => {
    const w = world();
    const dave = device(user('dave'), 'dave/phone', 'Dave');
    const laptop = device(w.ids.bob, 'bob/laptop', 'Bob');
    w.commit({ action: 'add', member: dave.bundle, committer: 'bob/phone' }, w.bob);
    w.commit({ action: 'add', member: laptop.bundle, committer: 'bob/phone' }, w.bob);
    const rekeyed = device(w.ids.carol, 'carol/phone', 'Carol');
    w.commit({ action: 'update', member: rekeyed.bundle, committer: 'carol/phone' }, w.carol);
    // any member may remove the creator (§5.3)
    // carol's old key no longer signs for her device
    const stale = buildCommit(
      {
        conversation: 'chat',
        epoch: 5,
        prev: w.states[3] ?? ZERO32,
        action: 'remove',
        device: 'alice/phone',
        committer: 'carol/phone',
        at: 5,
      },
      w.carol.signingSecret,
    ).text;
    expectCode(() => verifyChain('chat', [...w.commits, stale]), 'invalid-commit', {
      reason: 'signature',
    });
    w.commit({ action: 'remove', device: 'alice/phone', committer: 'carol/phone' }, rekeyed);
    const chain = verifyChain('chat', w.commits);
    expect(chain.epoch).toBe(5);
    expect(chain.roster().map((b) => b.device)).toEqual([
      'bob/phone',
      'carol/phone',
      'dave/phone',
      'bob/laptop',
    ]);
    expect(chain.roster().find((b) => b.device === 'carol/phone')).toEqual(rekeyed.bundle);
    expect(w.states.map(hex)).toEqual(chain.states.map(hex));
    for (const t of w.commits) expect(serializeCommit(parseCommit(t))).toBe(t);
    const bobClient = member(w, w.bob);
    expect(bobClient.notices.map((n) => n.kind)).toEqual([
      'conversation-created',
      'member-added',
      'device-added',
      'device-updated',
      'member-removed',
    ]);
    expect(bobClient.notices.every((n) => n.shown)).toBe(true);
  });

  it('a replayed commit is a silent duplicate; replayed at another epoch it is refused', () => {
    const w = world();
    const dave = device(user('dave'), 'dave/phone');
    const addDave = w.commit(
      { action: 'add', member: dave.bundle, committer: 'alice/phone' },
      w.alice,
    );
    w.commit({ action: 'remove', device: 'dave/phone', committer: 'alice/phone' }, w.alice);
    const chain = verifyChain('chat', w.commits);
    expect(chain.apply(addDave)).toBe('duplicate');
    expect(chain.epoch).toBe(3);
    expect(chain.roster().some((b) => b.device === 'dave/phone')).toBe(false);
    // the same signed content moved to epoch 4 on top of the removal: the signature breaks
    const moved = parseCommit(addDave);
    const replayed = serializeCommit({ ...moved, epoch: 4, prev: w.states[2] ?? ZERO32 });
    expectCode(() => chain.apply(replayed), 'invalid-commit', { reason: 'signature', epoch: 4 });
  });

  it('refuses a forged commit, a re-rooted chain, an equivocation, a gap, a wrong prev', () => {
    const w = world();
    const ghostId = user('ghost');
    const ghost = device(ghostId, 'ghost/1');
    const chain = verifyChain('chat', w.commits);
    // forged: names alice as committer, signed by the ghost
    const forged = buildCommit(
      {
        conversation: 'chat',
        epoch: 2,
        prev: w.states[0] ?? ZERO32,
        action: 'add',
        member: ghost.bundle,
        committer: 'alice/phone',
        at: 5,
      },
      ghost.signingSecret,
    ).text;
    expectCode(() => chain.apply(forged), 'invalid-commit', { reason: 'signature' });
    // signed by the ghost as itself: not a member
    const self = buildCommit(
      {
        conversation: 'chat',
        epoch: 2,
        prev: w.states[0] ?? ZERO32,
        action: 'add',
        member: ghost.bundle,
        committer: 'ghost/1',
        at: 5,
      },
      ghost.signingSecret,
    ).text;
    expectCode(() => chain.apply(self), 'invalid-commit', { reason: 'signer-not-member' });
    // re-rooted: a second, valid genesis in which the ghost is the creator
    const reroot = buildCommit(
      {
        conversation: 'chat',
        epoch: 1,
        prev: ZERO32,
        action: 'create',
        members: [ghost.bundle, w.alice.bundle, w.bob.bundle],
        committer: 'ghost/1',
        at: 1,
      },
      ghost.signingSecret,
    ).text;
    expect(verifyChain('chat', [reroot]).epoch).toBe(1); // valid on its own
    expectCode(() => chain.apply(reroot), 'fork', { reason: 'rerooted', epoch: 1 });
    // equivocation at epoch 2
    const dave = device(user('dave'), 'dave/phone');
    const addDave = w.commit(
      { action: 'add', member: dave.bundle, committer: 'alice/phone' },
      w.alice,
    );
    chain.apply(addDave);
    const other = buildCommit(
      {
        conversation: 'chat',
        epoch: 2,
        prev: w.states[0] ?? ZERO32,
        action: 'remove',
        device: 'carol/phone',
        committer: 'bob/phone',
        at: 9,
      },
      w.bob.signingSecret,
    ).text;
    expectCode(() => chain.apply(other), 'fork', { reason: 'equivocation', epoch: 2 });
    // gap
    const gap = buildCommit(
      {
        conversation: 'chat',
        epoch: 4,
        prev: w.states[1] ?? ZERO32,
        action: 'remove',
        device: 'carol/phone',
        committer: 'bob/phone',
        at: 9,
      },
      w.bob.signingSecret,
    ).text;
    expectCode(() => chain.apply(gap), 'commit-gap', { have: 2, got: 4 });
    // wrong prev
    const wrongPrev = buildCommit(
      {
        conversation: 'chat',
        epoch: 3,
        prev: w.states[0] ?? ZERO32,
        action: 'remove',
        device: 'carol/phone',
        committer: 'bob/phone',
        at: 9,
      },
      w.bob.signingSecret,
    ).text;
    expectCode(() => chain.apply(wrongPrev), 'fork', { reason: 'prev', epoch: 3 });
    expect(chain.epoch).toBe(2);
  });

  it('checks the conversation, the genesis, the creator and each action (one reason each)', () => {
    const w = world();
    const chain = () => verifyChain('chat', w.commits);
    const next = (body: Body, by: DeviceKeys, over: Partial<UnsignedCommit> = {}) =>
      buildCommit(
        {
          conversation: 'chat',
          epoch: 2,
          prev: w.states[0] ?? ZERO32,
          at: 7,
          ...body,
          ...over,
        } as UnsignedCommit,
        by.signingSecret,
      ).text;
    const reason = (t: string, r: string) =>
      expectCode(() => chain().apply(t), 'invalid-commit', { reason: r });
    const dave = device(user('dave'), 'dave/phone');
    reason(
      next({ action: 'add', member: dave.bundle, committer: 'alice/phone' }, w.alice, {
        conversation: 'other',
      }),
      'conversation',
    );
    reason(
      next({ action: 'create', members: [w.alice.bundle], committer: 'alice/phone' }, w.alice),
      'genesis',
    );
    reason(
      next({ action: 'add', member: w.bob.bundle, committer: 'alice/phone' }, w.alice),
      'duplicate-member',
    );
    const bobImpostor = device(user('bob'), 'bob/tablet');
    reason(
      next({ action: 'add', member: bobImpostor.bundle, committer: 'alice/phone' }, w.alice),
      'identity-conflict',
    );
    reason(
      next({ action: 'update', member: dave.bundle, committer: 'alice/phone' }, w.alice),
      'not-in-roster',
    );
    reason(
      next({ action: 'update', member: w.bob.bundle, committer: 'alice/phone' }, w.alice),
      'no-change',
    );
    const bobOther = device(user('bob'), 'bob/phone');
    reason(
      next({ action: 'update', member: bobOther.bundle, committer: 'bob/phone' }, w.bob),
      'identity-conflict',
    );
    reason(
      next({ action: 'remove', device: 'dave/phone', committer: 'alice/phone' }, w.alice),
      'not-in-roster',
    );
    // uncertified: a device claiming to be Bob's, certified by a ghost identity
    const ghost = user('ghost');
    const fakeBob = certify(ghost, {
      ...device(w.ids.bob, 'bob/tablet').bundle,
      identityKey: w.ids.bob.publicKey,
    });
    expectCode(
      () =>
        chain().apply(next({ action: 'add', member: fakeBob, committer: 'alice/phone' }, w.alice)),
      'uncertified-device',
      {
        device: 'bob/tablet',
        user: 'bob',
      },
    );
    // genesis rules
    const g = (members: Bundle[], committer: string, by: DeviceKeys, prev = ZERO32) =>
      buildCommit(
        { conversation: 'chat', epoch: 1, prev, action: 'create', members, committer, at: 1 },
        by.signingSecret,
      ).text;
    const fresh = (t: string) => new Chain('chat').apply(t);
    expectCode(
      () => fresh(g([w.alice.bundle, w.bob.bundle], 'bob/phone', w.bob)),
      'invalid-commit',
      { reason: 'signer-not-member' },
    );
    expectCode(
      () => fresh(g([w.alice.bundle], 'alice/phone', w.alice, new Uint8Array(32).fill(1))),
      'invalid-commit',
      { reason: 'genesis' },
    );
    expectCode(
      () => fresh(g([w.alice.bundle, w.alice.bundle], 'alice/phone', w.alice)),
      'invalid-commit',
      { reason: 'duplicate-member' },
    );
    const uncertifiedCreator = { ...w.alice.bundle, name: 'Mallory' };
    expectCode(() => fresh(g([uncertifiedCreator], 'alice/phone', w.alice)), 'uncertified-device');
    const aliceTwo = device(user('alice'), 'alice/laptop');
    expectCode(
      () => fresh(g([w.alice.bundle, aliceTwo.bundle], 'alice/phone', w.alice)),
      'invalid-commit',
      { reason: 'identity-conflict' },
    );
    // last member
    const solo = g([w.alice.bundle], 'alice/phone', w.alice);
    const soloChain = new Chain('chat');
    soloChain.apply(solo);
    const last = buildCommit(
      {
        conversation: 'chat',
        epoch: 2,
        prev: soloChain.state(1) ?? ZERO32,
        action: 'remove',
        device: 'alice/phone',
        committer: 'alice/phone',
        at: 2,
      },
      w.alice.signingSecret,
    ).text;
    expectCode(() => soloChain.apply(last), 'invalid-commit', { reason: 'last-member' });
  });

  it('refuses a 1 001st device (roster-full)', () => {
    const crowd = user('crowd');
    const first = device(crowd, 'crowd/0');
    const members = [first.bundle];
    for (let i = 1; i < LIMITS.MAX_ROSTER; i++) members.push(device(crowd, `crowd/${i}`).bundle);
    const genesis = buildCommit(
      {
        conversation: 'big',
        epoch: 1,
        prev: ZERO32,
        action: 'create',
        members,
        committer: 'crowd/0',
        at: 1,
      },
      first.signingSecret,
    );
    const chain = new Chain('big');
    chain.apply(genesis.text);
    const add = buildCommit(
      {
        conversation: 'big',
        epoch: 2,
        prev: chain.state(1) ?? ZERO32,
        action: 'add',
        member: device(crowd, 'crowd/1000').bundle,
        committer: 'crowd/0',
        at: 2,
      },
      first.signingSecret,
    ).text;
    expectCode(() => chain.apply(add), 'invalid-commit', { reason: 'roster-full' });
  }, 60_000);

  it('refuses malformed commits and version 1', () => {
    const w = world();
    const [genesis = ''] = w.commits;
    expectCode(() => parseCommit(genesis.replace('"epoch":1,', '"epoch":1e0,')), 'malformed');
    expectCode(() => parseCommit(genesis.replace('"v":2,', '"v":1,')), 'unsupported-version', {
      expected: 2,
      found: 1,
    });
    expectCode(
      () => parseCommit(genesis.replace('"type":"commit"', '"type":"envelope"')),
      'malformed',
    );
    expectCode(
      () => parseCommit(genesis.replace('"at":1000,', '"at":1000,"at":1000,')),
      'malformed',
    );
  });
});

// ---- §8–§10 sealing and opening ---------------------------------------------

describe('noble v2: seal and open (§8, §9)', () => {
  it('round trips in member-signed mode for every member, and refuses a replay', () => {
    const w = world();
    const env = text(send(w, w.alice, 'Rendez-vous à 18 h 🕕'));
    for (const k of [w.alice, w.bob, w.carol]) {
      const d = member(w, k);
      const got = d.open(env);
      expect(got.text).toBe('Rendez-vous à 18 h 🕕');
      expect(got.sentAt).toBe(1742500802000);
      expect(d.notices.filter((n) => n.kind === 'unexpected-recipient')).toEqual([]);
      expectCode(() => d.open(env), 'replayed', { sender: 'alice/phone', counter: 1 });
    }
  });

  it('round trips in provider-managed mode', () => {
    const w = world();
    const roster = [w.alice.bundle, w.bob.bundle];
    const bob = new Device(w.bob);
    bob.joinProviderManaged('chat', provider(roster));
    expect(bob.open(text(send(w, w.alice, 'pm', { mode: 'provider-managed', roster }))).text).toBe(
      'pm',
    );
  });

  it('refuses every one-bit change of the bytes', () => {
    const w = world();
    const bytes = utf8(text(send(w, w.alice, 'x')));
    const bob = member(w, w.bob);
    const codes = new Set<string>();
    for (let i = 0; i < bytes.length; i++) {
      const copy = bytes.slice();
      copy[i] = (copy[i] ?? 0) ^ 1;
      codes.add(refusal(() => bob.open(copy)).code);
    }
    expect([...codes].sort()).toEqual(expect.arrayContaining(['malformed', 'tampered']));
    expect(bob.open(bytes).text).toBe('x');
  }, 30_000);

  it('a wrap flipped by the sender itself (re-signed) is tampered wrapped-key for that reader only', () => {
    const w = world();
    const env = send(w, w.alice, 'flip');
    const wraps = env.wraps.map((x) =>
      x.to === 'bob/phone' ? { ...x, key: x.key.map((b, i) => (i === 0 ? b ^ 1 : b)) } : x,
    );
    const resigned = text(signEnvelope({ ...env, wraps }, w.alice.signingSecret));
    expectCode(() => member(w, w.bob).open(resigned), 'tampered', { part: 'wrapped-key' });
    expect(member(w, w.carol).open(resigned).text).toBe('flip');
    // without re-signing, everyone gets tampered (signature)
    const unsigned = text({ ...env, wraps });
    expectCode(() => member(w, w.carol).open(unsigned), 'tampered', { part: 'signature' });
  });

  it('refuses a ciphertext changed and re-signed (tampered ciphertext)', () => {
    const w = world();
    const env = send(w, w.alice, 'body');
    const ct = env.ciphertext.map((b, i) => (i === 0 ? b ^ 1 : b));
    const t = text(signEnvelope({ ...env, ciphertext: ct }, w.alice.signingSecret));
    expectCode(() => member(w, w.bob).open(t), 'tampered', { part: 'ciphertext' });
  });

  it('key commitment: two keys wrapped for two recipients under one signature', () => {
    const w = world();
    const other = systemRandom(32);
    const env = text(
      send(w, w.alice, 'one text for all', {
        wrapKeyFor: (to) => (to === 'bob/phone' ? other : undefined),
      }),
    );
    expect(member(w, w.carol).open(env).text).toBe('one text for all');
    expectCode(() => member(w, w.bob).open(env), 'key-commitment-mismatch', {
      device: 'bob/phone',
    });
    // a commitment changed and re-signed: nobody reads
    const parsed = parseEnvelope(env);
    const bent = signEnvelope(
      { ...parsed, header: { ...parsed.header, commitment: systemRandom(32) } },
      w.alice.signingSecret,
    );
    for (const k of [w.alice, w.carol])
      expectCode(() => member(w, k).open(text(bent)), 'tampered', { part: 'wrapped-key' });
  });

  it('not-a-recipient, unknown-conversation, mode-mismatch, sender-key-mismatch', () => {
    const w = world();
    const env = send(w, w.alice, 'x', { roster: [w.alice.bundle, w.bob.bundle] });
    expectCode(() => member(w, w.carol).open(text(env)), 'not-a-recipient', {
      device: 'carol/phone',
    });
    expectCode(() => new Device(w.bob).open(text(env)), 'unknown-conversation', {
      conversation: 'chat',
    });
    const pm = send(w, w.alice, 'x', { mode: 'provider-managed' });
    expectCode(() => member(w, w.bob).open(text(pm)), 'mode-mismatch', {
      expected: 'member-signed',
      found: 'provider-managed',
    });
    const pmClient = new Device(w.bob);
    pmClient.joinProviderManaged('chat', provider([w.alice.bundle, w.bob.bundle, w.carol.bundle]));
    expectCode(() => pmClient.open(text(env)), 'mode-mismatch');
    // member-signed with epoch 0
    const zero = signEnvelope(
      { ...env, header: { ...env.header, epoch: 0, state: ZERO32 } },
      w.alice.signingSecret,
    );
    expectCode(() => member(w, w.bob).open(text(zero)), 'mode-mismatch');
    // the header names another user for alice's device
    const lie = signEnvelope(
      { ...env, header: { ...env.header, senderUser: 'carol' } },
      w.alice.signingSecret,
    );
    expectCode(() => member(w, w.bob).open(text(lie)), 'sender-key-mismatch', {
      sender: 'alice/phone',
    });
  });

  it('epochs: unknown-epoch (fetch helps), fork (state), not-a-member, stale-epoch', () => {
    const w = world();
    const bob = member(w, w.bob, w.commits.slice(0, 1));
    w.commit({ action: 'remove', device: 'carol/phone', committer: 'alice/phone' }, w.alice);
    const atTwo = text(
      send(w, w.alice, 'two', { epoch: 2, roster: [w.alice.bundle, w.bob.bundle] }),
    );
    expectCode(() => bob.open(atTwo), 'unknown-epoch', { epoch: 2, current: 1 });
    const fetching = new Device(w.bob);
    fetching.joinMemberSigned('chat', w.commits.slice(0, 1), {
      fetch: (from) => w.commits.slice(from - 1),
    });
    expect(fetching.open(atTwo).text).toBe('two');
    expect(fetching.notices.map((n) => n.kind)).toContain('member-removed');

    const env = send(w, w.alice, 'x');
    const badState = signEnvelope(
      { ...env, header: { ...env.header, state: systemRandom(32) } },
      w.alice.signingSecret,
    );
    expectCode(() => member(w, w.bob).open(text(badState)), 'fork', { reason: 'state', epoch: 1 });

    const removedSends = text(
      send(w, w.carol, 'still here?', {
        epoch: 2,
        roster: [w.alice.bundle, w.bob.bundle, w.carol.bundle],
      }),
    );
    expectCode(() => member(w, w.bob).open(removedSends), 'not-a-member', {
      device: 'carol/phone',
    });
    const oldEpoch = text(send(w, w.carol, 'from before', { epoch: 1 }));
    expectCode(() => member(w, w.bob).open(oldEpoch), 'stale-epoch', { epoch: 1, current: 2 });
    // a member still in the group, one epoch behind: accepted
    expect(member(w, w.bob).open(text(send(w, w.alice, 'behind', { epoch: 1 }))).text).toBe(
      'behind',
    );
  });

  it('weak-key: a zero X25519 result on send and on open', () => {
    const w = world();
    expectCode(
      () => send(w, w.alice, 'x', { extra: [{ to: 'zero/dev', publicKey: ZERO32 }] }),
      'weak-key',
      { owner: 'zero/dev' },
    );
    // a sender whose certified agreement key is of low order
    const weakId = user('weak');
    const weak = deviceFrom(weakId, 'weak/phone', 'Weak', systemRandom(64));
    const weakBundle = certify(weakId, { ...weak.bundle, agreementKey: ZERO32 });
    const env = signEnvelope(
      {
        header: {
          conversation: 'chat',
          mode: 'provider-managed',
          epoch: 0,
          state: ZERO32,
          senderUser: 'weak',
          senderDevice: 'weak/phone',
          senderKey: ZERO32,
          counter: 1,
          sentAt: 0,
          commitment: systemRandom(32),
        },
        nonce: systemRandom(24),
        ciphertext: systemRandom(20),
        wraps: [{ to: 'bob/phone', nonce: systemRandom(24), key: systemRandom(48) }],
      },
      weak.signingSecret,
    );
    const bob = new Device(w.bob);
    bob.joinProviderManaged('chat', provider([weakBundle, w.bob.bundle]));
    expectCode(() => bob.open(text(env)), 'weak-key', { owner: 'weak/phone' });
  });

  it('replay state: exported, imported into a fresh client, still refuses', () => {
    const w = world();
    const env = text(send(w, w.alice, 'once'));
    const bob = member(w, w.bob);
    bob.open(env);
    bob.open(text(send(w, w.alice, 'twice', { counter: 2 })));
    const state = bob.exportReplayState();
    expect(parseReplayState(state).seen).toHaveLength(2);
    const restarted = member(w, w.bob);
    restarted.importReplayState(state);
    expectCode(() => restarted.open(env), 'replayed');
    expectCode(() => {
      member(w, w.carol).importReplayState(state);
    }, 'invalid-argument');
    // a new envelope with the same counter is not a replay (different header hash)
    expect(restarted.open(text(send(w, w.alice, 'same counter, other text'))).text).toBe(
      'same counter, other text',
    );
  });
});

describe('noble v2: recipient check and pins (§10, §4.3)', () => {
  it('provider-managed: a careful client sees the hidden ghost; escrow mandated is not a stranger', () => {
    const w = world();
    const ghost = device(user('agency'), 'agency/ghost');
    const roster = [w.alice.bundle, w.bob.bundle, ghost.bundle];
    const agency = escrowFrom('agency', 'Agency', systemRandom(32));
    const env = text(
      send(w, w.alice, 'hi', {
        mode: 'provider-managed',
        roster,
        extra: [{ to: 'escrow:agency', publicKey: agency.publicKey }],
      }),
    );
    const careful = new Device(w.bob);
    careful.joinProviderManaged('chat', provider(roster, ['agency/ghost']), {
      careful: true,
      escrow: ['agency'],
    });
    const ordinary = new Device(w.bob);
    ordinary.joinProviderManaged('chat', provider(roster, ['agency/ghost']), {
      escrow: ['agency'],
    });
    expect(careful.open(env).text).toBe('hi');
    expect(ordinary.open(env).text).toBe('hi');
    expect(careful.notices).toEqual([
      expect.objectContaining({
        kind: 'unexpected-recipient',
        devices: ['agency/ghost'],
        sender: 'alice/phone',
        shown: true,
      }),
    ]);
    expect(ordinary.notices).toEqual([]);
  });

  it('member-signed: a wrap to a device outside roster(epoch) is always reported', () => {
    const w = world();
    const ghost = device(user('agency'), 'agency/ghost');
    const env = text(send(w, w.alice, 'hi', { extra: [recipient(ghost.bundle)] }));
    const bob = member(w, w.bob);
    expect(bob.open(env).text).toBe('hi');
    expect(bob.notices.at(-1)).toMatchObject({
      kind: 'unexpected-recipient',
      devices: ['agency/ghost'],
      epoch: 1,
    });
  });

  it('a new identity key is re-pinned with a shown safety-number-changed; a refused envelope pins nothing', () => {
    const w = world();
    const view = provider([w.alice.bundle, w.bob.bundle]);
    const bob = new Device(w.bob);
    bob.joinProviderManaged('chat', view);
    bob.open(
      text(
        send(w, w.alice, 'first', {
          mode: 'provider-managed',
          roster: [w.alice.bundle, w.bob.bundle],
        }),
      ),
    );
    const newAlice = device(user('alice'), 'alice/phone', 'Alice');
    view.set(newAlice.bundle);
    const bad = parseEnvelope(
      text(
        send(w, newAlice, 'x', {
          mode: 'provider-managed',
          roster: [newAlice.bundle, w.bob.bundle],
        }),
      ),
    );
    const broken = { ...bad, signature: bad.signature.map((b) => b ^ 1) };
    expectCode(() => bob.open(text(broken)), 'tampered', { part: 'signature' });
    expect(hex(bob.pins.map.get('alice') ?? ZERO32)).toBe(hex(w.ids.alice.publicKey));
    bob.open(
      text(
        send(w, newAlice, 'new phone', {
          mode: 'provider-managed',
          roster: [newAlice.bundle, w.bob.bundle],
          counter: 2,
        }),
      ),
    );
    expect(bob.notices).toEqual([
      expect.objectContaining({ kind: 'safety-number-changed', user: 'alice', shown: true }),
    ]);
    expect(hex(bob.pins.map.get('alice') ?? ZERO32)).toBe(hex(newAlice.bundle.identityKey));
  });
});

// ---- §11 escrow ------------------------------------------------------------

describe('noble v2: the escrow holder and the relay (§11)', () => {
  const setup = () => {
    const w = world();
    const agency = escrowFrom('agency', 'Agency', systemRandom(32));
    const escrowWrap = { to: 'escrow:agency', publicKey: agency.publicKey };
    const bundles = new Map([w.alice, w.bob, w.carol].map((k) => [k.bundle.device, k.bundle]));
    const identities = new Map(Object.values(w.ids).map((i) => [i.user, i.publicKey]));
    const directory = {
      bundle: (d: string) => bundles.get(d),
      identityKey: (u: string) => identities.get(u),
    };
    return { w, agency, escrowWrap, directory, bundles };
  };

  it('reads a genuine envelope, as many times as it likes', () => {
    const { w, agency, escrowWrap, directory } = setup();
    const env = text(send(w, w.alice, 'intercepted', { extra: [escrowWrap] }));
    expect(relayCheckEscrow(env, ['agency']).wraps).toHaveLength(4);
    expect(escrowOpen(env, agency, directory).text).toBe('intercepted');
    expect(escrowOpen(env, agency, directory).text).toBe('intercepted');
  });

  it('refuses a forged intercept: signed by someone else, or an uncertified sender', () => {
    const { w, agency, escrowWrap, directory, bundles } = setup();
    const forger = device(user('forger'), 'forger/1');
    // the forger uses alice's name and its own keys: the agreement key differs
    const fake = { ...forger, bundle: { ...forger.bundle, user: 'alice', device: 'alice/phone' } };
    const env = text(send(w, fake, 'I confess', { roster: [fake.bundle], extra: [escrowWrap] }));
    expectCode(() => escrowOpen(env, agency, directory), 'sender-key-mismatch');
    // with alice's public agreement key: the wrap cannot be made, but the signature fails first
    const parsed = parseEnvelope(env);
    const withAliceKey = signEnvelope(
      { ...parsed, header: { ...parsed.header, senderKey: w.alice.bundle.agreementKey } },
      forger.signingSecret,
    );
    expectCode(() => escrowOpen(text(withAliceKey), agency, directory), 'tampered', {
      part: 'signature',
    });
    // the directory serves a bundle for alice that her identity did not certify
    bundles.set('alice/phone', { ...w.alice.bundle, signingKey: forger.bundle.signingKey });
    expectCode(
      () => escrowOpen(text(send(w, w.alice, 'x', { extra: [escrowWrap] })), agency, directory),
      'uncertified-device',
    );
    expectCode(
      () =>
        escrowOpen(
          text(send(w, w.bob, 'x', { roster: [w.bob.bundle], extra: [] })),
          agency,
          directory,
        ),
      'not-a-recipient',
    );
    expectCode(
      () =>
        escrowOpen(
          text(
            send(w, { ...w.bob, bundle: { ...w.bob.bundle, device: 'bob/nobody' } }, 'x', {
              roster: [{ ...w.bob.bundle, device: 'bob/nobody' }],
              extra: [escrowWrap],
            }),
          ),
          agency,
          directory,
        ),
      'unknown-participant',
    );
  });

  it('cannot be enforced: random or wrong escrow wraps reach every member; only the agency notices', () => {
    const { w, agency, escrowWrap, directory } = setup();
    const omitted = text(send(w, w.alice, 'no escrow'));
    expectCode(() => relayCheckEscrow(omitted, ['agency']), 'escrow-missing', {
      authorities: ['agency'],
    });
    expectCode(() => escrowOpen(omitted, agency, directory), 'not-a-recipient');

    const env = send(w, w.alice, 'random escrow wrap', { extra: [escrowWrap] });
    const wraps = env.wraps.map((x) =>
      x.to === 'escrow:agency' ? { ...x, key: systemRandom(48) } : x,
    );
    const randomWrap = text(signEnvelope({ ...env, wraps }, w.alice.signingSecret));
    relayCheckEscrow(randomWrap, ['agency']);
    for (const k of [w.bob, w.carol])
      expect(member(w, k).open(randomWrap).text).toBe('random escrow wrap');
    expectCode(() => escrowOpen(randomWrap, agency, directory), 'tampered', {
      part: 'wrapped-key',
    });

    const wrongKey = text(
      send(w, w.alice, 'wrong escrow key', {
        extra: [escrowWrap],
        wrapKeyFor: (to) => (to === 'escrow:agency' ? systemRandom(32) : undefined),
      }),
    );
    expect(member(w, w.bob).open(wrongKey).text).toBe('wrong escrow key');
    expectCode(() => escrowOpen(wrongKey, agency, directory), 'key-commitment-mismatch', {
      device: 'escrow:agency',
    });
  });

  it('escrow authority ids are at most 121 bytes', () => {
    expect(escrowFrom('a'.repeat(121), 'A', systemRandom(32)).id).toHaveLength(121);
    expectCode(() => escrowFrom('a'.repeat(122), 'A', systemRandom(32)), 'invalid-argument');
  });
});

// ---- §13 safety numbers ----------------------------------------------------

describe('noble v2: safety numbers (§13)', () => {
  it('60 digits, the same from both sides, unchanged by a second device, changed by a new identity', () => {
    const a = user('alice');
    const b = user('bob');
    const ab = safetyNumber(
      { user: 'alice', identityKey: a.publicKey },
      { user: 'bob', identityKey: b.publicKey },
    );
    const ba = safetyNumber(
      { user: 'bob', identityKey: b.publicKey },
      { user: 'alice', identityKey: a.publicKey },
    );
    expect(ab.digits).toMatch(/^[0-9]{60}$/);
    expect(ba).toEqual(ab);
    expect(ab.groups).toHaveLength(12);
    expect(ab.text.split(' ')).toEqual(ab.groups);
    expect(ab.digits).toBe(
      fingerprintDigits('alice', a.publicKey) + fingerprintDigits('bob', b.publicKey),
    );
    // only the identity keys count: a device certified by bob's identity changes nothing
    device(b, 'bob/laptop');
    expect(
      safetyNumber(
        { user: 'alice', identityKey: a.publicKey },
        { user: 'bob', identityKey: b.publicKey },
      ),
    ).toEqual(ab);
    const b2 = user('bob');
    expect(
      safetyNumber(
        { user: 'alice', identityKey: a.publicKey },
        { user: 'bob', identityKey: b2.publicKey },
      ).digits,
    ).not.toBe(ab.digits);
    expectCode(
      () =>
        safetyNumber(
          { user: 'bob', identityKey: b.publicKey },
          { user: 'bob', identityKey: b2.publicKey },
        ),
      'invalid-argument',
    );
  }, 30_000);

  it('5 200 iterations: fewer or more give other digits', () => {
    const a = user('alice');
    const d = fingerprintDigits('alice', a.publicKey);
    expect(fingerprintDigits('alice', a.publicKey, 5199)).not.toBe(d);
    expect(fingerprintDigits('alice', a.publicKey, 5201)).not.toBe(d);
  });

  it('orders users bytewise on UTF-8, not on UTF-16', () => {
    const hw = '\uFF61'; // EF BD A1 in UTF-8, 0xFF61 in UTF-16
    const emoji = '\u{1F600}'; // F0 9F 98 80 in UTF-8, 0xD83D… in UTF-16
    expect([hw, emoji].sort()).toEqual([emoji, hw]); // UTF-16 order
    expect(cmp(hw, emoji)).toBeLessThan(0);
    const x = user(hw);
    const y = user(emoji);
    const n = safetyNumber(
      { user: emoji, identityKey: y.publicKey },
      { user: hw, identityKey: x.publicKey },
    );
    expect(n.digits.slice(0, 30)).toBe(fingerprintDigits(hw, x.publicKey));
  });

  it('QR payload: prefix :2: and 60 ASCII digits; a version-1 code is refused', () => {
    const a = user('alice');
    const b = user('bob');
    const n = safetyNumber(
      { user: 'alice', identityKey: a.publicKey },
      { user: 'bob', identityKey: b.publicKey },
    );
    expect(n.payload).toBe(`e2ee-kit-safety-number:2:${n.digits}`);
    expect(scanSafetyPayload(n.payload, n.digits)).toBe('match');
    expect(scanSafetyPayload(n.payload, '0'.repeat(60))).toBe('mismatch');
    for (const bad of [
      `e2ee-kit-safety-number:1:${n.digits}`,
      `${n.payload}0`,
      n.payload.slice(0, -1),
      `${n.payload}\n`,
      n.payload.replace(/[0-9]$/, '\u0661'),
    ])
      expect(scanSafetyPayload(bad, n.digits)).toBe('invalid');
  });
});

// ---- §15 deterministic mode ------------------------------------------------

/** §18's inputs, computed by noble from the seed alone. */
function workedExample() {
  const draw = drbg('protocol-doc-v2');
  const alice = identityFrom('alice', draw(32));
  const alicePhone = deviceFrom(alice, 'alice/phone', 'Alice', draw(64));
  const bob = identityFrom('bob', draw(32));
  const bobPhone = deviceFrom(bob, 'bob/phone', 'Bob', draw(64));
  const genesis = buildCommit(
    {
      conversation: 'chat',
      epoch: 1,
      prev: ZERO32,
      action: 'create',
      members: [alicePhone.bundle, bobPhone.bundle],
      committer: 'alice/phone',
      at: 1742500801000,
    },
    alicePhone.signingSecret,
  );
  const state1 = H(32, commitBytes(genesis.commit));
  const envelope = seal({
    header: {
      conversation: 'chat',
      mode: 'member-signed',
      epoch: 1,
      state: state1,
      senderUser: 'alice',
      senderDevice: 'alice/phone',
      counter: 1,
      sentAt: 1742500802000,
    },
    text: 'Hello, Bob',
    sender: alicePhone,
    recipients: [recipient(bobPhone.bundle), recipient(alicePhone.bundle)],
    seed: 'protocol-doc-v2',
  });
  return { alice, alicePhone, bob, bobPhone, genesis, state1, envelope };
}

describe('noble v2: deterministic mode (§15) and the worked example (§18)', () => {
  it('a seeded send is reproduced byte for byte; another text gets another key and nonce', () => {
    const a = workedExample();
    const b = workedExample();
    expect(serializeEnvelope(b.envelope)).toBe(serializeEnvelope(a.envelope));
    expect(b.genesis.text).toBe(a.genesis.text);
    const w = world();
    const one = send(w, w.alice, 'first text', { seed: 'lesson' });
    const two = send(w, w.alice, 'other text', { seed: 'lesson' });
    expect(hex(one.nonce)).not.toBe(hex(two.nonce));
    expect(hex(one.header.commitment)).not.toBe(hex(two.header.commitment));
    expect(hex(one.wraps[0]?.nonce ?? ZERO32)).not.toBe(hex(two.wraps[0]?.nonce ?? ZERO32));
    expect(member(w, w.bob).open(text(one)).text).toBe('first text');
  });

  it('refuses an empty seed', () => {
    expectCode(() => drbg(''), 'invalid-argument');
    const w = world();
    expectCode(() => send(w, w.alice, 'x', { seed: '' }), 'invalid-argument');
  });

  it('draws follow the generator of §15 (draw n has its own key)', () => {
    const d1 = drbg('s');
    const d2 = drbg('s');
    const first = d1(32);
    expect(hex(d2(32))).toBe(hex(first));
    expect(hex(d1(32))).not.toBe(hex(first));
    expect(hex(drbg('s')(64).slice(0, 32))).toBe(hex(first)); // a ChaCha20 keystream prefix
  });

  it('header_bytes starts with the lines the spec prints', () => {
    const { envelope, alicePhone, bobPhone } = workedExample();
    const hb = hex(headerBytes(envelope.header));
    const known =
      '00000012' +
      hex(utf8('e2ee-kit/v2/header')) +
      '00000004' +
      '63686174' +
      '0000000d' +
      '6d656d6265722d7369676e6564' +
      '0000000000000001' +
      '00000020';
    expect(hb.startsWith(known)).toBe(true);
    expect(hb).toContain(
      '00000005616c696365' +
        '0000000b616c6963652f70686f6e65' +
        '00000020' +
        hex(alicePhone.bundle.agreementKey),
    );
    expect(hb).toContain('0000000000000001' + '00000195b5242dd0' + '00000020');
    expect(headerBytes(envelope.header)).toHaveLength(
      4 + 18 + 4 + 4 + 4 + 13 + 8 + 36 + 9 + 15 + 36 + 8 + 8 + 36,
    );
    const bob = new Device(bobPhone);
    bob.joinMemberSigned('chat', [workedExample().genesis.text]);
    expect(bob.open(serializeEnvelope(envelope)).text).toBe('Hello, Bob');
    expect(envelope.wraps.map((x) => x.to)).toEqual(['alice/phone', 'bob/phone']);
  });
});

// ---- interop with crypto-demo v2 -------------------------------------------

/** The directory's bundle as noble's `Bundle` (the same fields, §4.3). */
const bundleOf = (b: demo.DeviceBundle) => ({
  user: b.user,
  device: b.device,
  name: b.name,
  identityKey: b.identityKey,
  signingKey: b.signingKey,
  agreementKey: b.agreementKey,
  certificate: b.certificate,
});

/** The worked example of §18, made by crypto-demo. */
async function demoWorkedExample() {
  const kit = await demo.createKit({ seed: 'protocol-doc-v2' });
  const provider = kit.provider();
  const alice = kit.device(provider, { user: 'alice', device: 'alice/phone', name: 'Alice' });
  const bob = kit.device(provider, { user: 'bob', device: 'bob/phone', name: 'Bob' });
  alice.createConversation('chat', [bob], { mode: 'member-signed' });
  return { kit, provider, alice, bob };
}

describe('interop with crypto-demo v2', () => {
  it('crypto-demo writes, noble reads: the worked example byte for byte', async () => {
    const { provider, alice } = await demoWorkedExample();
    const json = demo.serializeEnvelope(alice.send('chat', 'Hello, Bob'));
    const mine = workedExample();
    expect(bundleOf(provider.directory.device('alice/phone'))).toEqual(mine.alicePhone.bundle);
    expect(bundleOf(provider.directory.device('bob/phone'))).toEqual(mine.bobPhone.bundle);
    expect(provider.commits('chat')).toEqual([mine.genesis.text]);
    expect(json).toBe(serializeEnvelope(mine.envelope));
    const reader = new Device(mine.bobPhone);
    reader.joinMemberSigned('chat', provider.commits('chat'));
    expect(reader.open(json).text).toBe('Hello, Bob');
  });

  it('noble writes, crypto-demo reads (and refuses a changed counter)', async () => {
    const { provider, bob } = await demoWorkedExample();
    // Same seed, same draws: noble holds Alice's keys.
    const mine = workedExample();
    expect(bundleOf(provider.directory.device('alice/phone'))).toEqual(mine.alicePhone.bundle);
    const env = seal({
      header: {
        conversation: 'chat',
        mode: 'member-signed',
        epoch: 1,
        state: mine.state1,
        senderUser: 'alice',
        senderDevice: 'alice/phone',
        counter: 7,
        sentAt: 1742500805000,
      },
      text: 'écrit par noble',
      sender: mine.alicePhone,
      recipients: [recipient(mine.alicePhone.bundle), recipient(mine.bobPhone.bundle)],
    });
    const json = serializeEnvelope(env);
    expect(bob.open(json).text).toBe('écrit par noble');
    const changed = json.replace('"counter":7', '"counter":8');
    expect(changed).not.toBe(json);
    expect(() => bob.open(changed)).toThrow(demo.TamperedEnvelopeError);
    expect(() => bob.open(json)).toThrow(demo.ReplayedMessageError);
  });

  it('noble verifies the commit chain crypto-demo builds (create, add, remove)', async () => {
    const kit = await demo.createKit();
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    const carol = kit.device(provider, { user: 'carol' });
    const laptop = kit.device(provider, { user: 'bob', device: 'bob/laptop' });
    alice.createConversation('chat', [bob], { mode: 'member-signed' });
    alice.addMember('chat', carol);
    bob.addMember('chat', laptop);
    carol.removeMember('chat', alice);
    const chain = verifyChain('chat', provider.commits('chat'));
    expect(chain.epoch).toBe(4);
    expect(chain.roster().map((b) => b.device)).toEqual(['bob/phone', 'carol/phone', 'bob/laptop']);
    expect(
      carol
        .visibleRoster('chat')
        .map((b) => b.device)
        .sort(),
    ).toEqual(['bob/laptop', 'bob/phone', 'carol/phone']);
    // A commit changed by one byte is refused by noble too.
    const [genesis, ...rest] = provider.commits('chat');
    const forged = (genesis ?? '').replace('"epoch":1', '"epoch":2');
    expect(() => verifyChain('chat', [forged, ...rest])).toThrow(SpecError);
  });

  it('both compute the same safety numbers', async () => {
    const kit = await demo.createKit();
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    const a = provider.directory.device(alice.id);
    const b = provider.directory.device(bob.id);
    const mine = safetyNumber(
      { user: a.user, identityKey: a.identityKey },
      { user: b.user, identityKey: b.identityKey },
    );
    expect(alice.safetyNumberWith('bob').digits).toBe(mine.digits);
    expect(bob.safetyNumberWith('alice').payload).toBe(mine.payload);
  });
});
