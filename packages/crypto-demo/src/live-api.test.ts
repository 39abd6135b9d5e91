/**
 * The API a live client builds on (apps/classroom, packages/live): device
 * secrets, a provider mirror fed by a remote server's events, the
 * provider-side envelope check, signed read receipts and the ordered client
 * update run by a device itself. Keys come from real randomness here, as on
 * a phone.
 */
import { describe, expect, it } from 'vitest';
import { toBase64url } from './bytes.js';
import { parseCommit, serializeCommit } from './commits.js';
import type { KitToken } from './context.js';
import { Device } from './device.js';
import { envelopeId } from './envelope.js';
import {
  CommitGapError,
  E2eeKitError,
  ForkError,
  InvalidArgumentError,
  InvalidCommitError,
  MalformedEnvelopeError,
  MalformedInputError,
  ModeMismatchError,
  NotAMemberError,
  ReplayedMessageError,
  TamperedEnvelopeError,
  TamperedReceiptError,
  UncertifiedDeviceError,
  UnknownConversationError,
  UnknownParticipantError,
  UnsupportedVersionError,
} from './errors.js';
import { createKit, type Kit } from './kit.js';
import { Provider } from './provider.js';
import { parseReadReceipt, receiptToJson, type ReadReceipt } from './receipt.js';
import { envelopeToJson, serializeEnvelope } from './wire.js';

/** Runs `f` and returns its typed error (fails the test if it returns or throws something else). */
function errorOf(f: () => unknown): E2eeKitError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(E2eeKitError);
    return error as E2eeKitError;
  }
  throw new Error('expected a typed error');
}

/** A copy of a base64url text with its first character changed (still canonical). */
function flipFirst(text: string): string {
  return (text[0] === 'A' ? 'B' : 'A') + text.slice(1);
}

/** A pm conversation on a mirror, as the server's roster events would build it. */
function mirrorRoster(
  mirror: Provider,
  conversation: string,
  devices: readonly (Device | string)[],
): void {
  for (const d of devices) {
    if (typeof d !== 'string' && !mirror.directory.find(d.id)) mirror.register(d.bundle);
    mirror.importRosterChange(conversation, {
      op: 'add',
      device: typeof d === 'string' ? d : d.id,
    });
  }
}

describe('device secrets: exportSecrets and kit.restoreDevice', () => {
  async function scene() {
    const kit = await createKit();
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    alice.createConversation('chat', [bob]);
    return { kit, provider, alice, bob };
  }

  it('restores the same device in another kit: bundle, ids, safety number, and it opens what was sent to the original', async () => {
    const { alice, bob } = await scene();
    const secrets = alice.exportSecrets();
    expect(JSON.parse(secrets)).toMatchObject({ v: 2, type: 'device-secrets', role: 'member' });
    const sent = bob.send('chat', 'for alice, before the reload');

    const kit2 = await createKit();
    const mirror = kit2.provider('mirror');
    mirror.register(bob.bundle);
    const again = kit2.restoreDevice(mirror, secrets);
    expect(again.id).toBe('alice/phone');
    expect(again.user).toBe('alice');
    expect(again.name).toBe('Alice');
    expect(again.role).toBe('member');
    for (const k of ['identityKey', 'signingKey', 'agreementKey', 'certificate'] as const) {
      expect(toBase64url(again.bundle[k])).toBe(toBase64url(alice.bundle[k]));
    }
    expect(mirror.directory.device('alice/phone')).toBeDefined();
    expect(again.safetyNumberWith('bob').digits).toBe(alice.safetyNumberWith('bob').digits);
    expect(again.exportSecrets()).toBe(secrets);

    mirrorRoster(mirror, 'chat', [bob, again]);
    expect(again.open(serializeEnvelope(sent)).text).toBe('for alice, before the reload');
    // And what the restored device sends, the original's contacts open.
    const reply = again.send('chat', 'back again');
    expect(bob.open(reply).text).toBe('back again');
  });

  it('carries the replay state: the restored device refuses what the original already accepted', async () => {
    const { alice, bob } = await scene();
    const sent = bob.send('chat', 'once');
    alice.open(sent);
    const kit2 = await createKit();
    const mirror = kit2.provider('mirror');
    mirror.register(bob.bundle);
    const again = kit2.restoreDevice(mirror, alice.exportSecrets(), {
      replayState: alice.exportReplayState(),
    });
    mirrorRoster(mirror, 'chat', [bob, again]);
    expect(errorOf(() => again.open(sent))).toBeInstanceOf(ReplayedMessageError);
    // Without it, the same envelope opens: the replay state is what refuses it.
    const kit3 = await createKit();
    const mirror3 = kit3.provider('mirror');
    mirror3.register(bob.bundle);
    const forgetful = kit3.restoreDevice(mirror3, alice.exportSecrets());
    mirrorRoster(mirror3, 'chat', [bob, forgetful]);
    expect(forgetful.open(sent).text).toBe('once');
  });

  it('restores into the same provider without registering twice, and adopts the identity key', async () => {
    const { kit, provider, alice } = await scene();
    const again = kit.restoreDevice(provider, alice.exportSecrets(), { careful: true });
    expect(again.careful).toBe(true);
    expect(provider.directory.all().filter((b) => b.device === 'alice/phone')).toHaveLength(1);

    const kit2 = await createKit();
    const p2 = kit2.provider();
    kit2.restoreDevice(p2, alice.exportSecrets());
    const laptop = kit2.device(p2, { user: 'alice', device: 'alice/laptop' });
    expect(toBase64url(laptop.identityKey)).toBe(toBase64url(alice.identityKey));
  });

  it('refuses to restore over another device of the same id', async () => {
    const { alice } = await scene();
    const kit2 = await createKit();
    const p2 = kit2.provider();
    kit2.device(p2, { user: 'alice' });
    expect(errorOf(() => kit2.restoreDevice(p2, alice.exportSecrets()))).toBeInstanceOf(
      InvalidArgumentError,
    );
  });

  it('restores a ghost as a ghost, which reads after the access order', async () => {
    const { kit, provider, alice } = await scene();
    const ghost = kit.ghost(provider);
    const secrets = ghost.exportSecrets();
    expect(JSON.parse(secrets)).toMatchObject({ role: 'ghost' });
    provider.executeAccessOrder({ conversation: 'chat', ghost });
    const sent = alice.send('chat', 'after the order');

    const teacherKit = await createKit();
    const teacherMirror = teacherKit.provider('teacher');
    for (const b of provider.directory.all()) teacherMirror.register(b);
    const restored = teacherKit.restoreDevice(teacherMirror, secrets);
    // The teacher's mirror follows the server's roster events, the access order included.
    mirrorRoster(
      teacherMirror,
      'chat',
      provider
        .conversation('chat')
        .entries.filter((e) => !e.hidden)
        .map((e) => e.device),
    );
    teacherMirror.importRosterChange('chat', { op: 'add', device: ghost.id, accessOrder: true });
    expect(restored.role).toBe('ghost');
    expect(restored.id).toBe(ghost.id);
    const attempt = restored.tryRead(sent);
    expect(attempt).toMatchObject({ canRead: true, reason: 'ghost', text: 'after the order' });
  });

  it('refuses truncated, garbled and mismatched secrets with typed errors', async () => {
    const { kit, provider, alice, bob } = await scene();
    const secrets = alice.exportSecrets();
    const restore = (text: unknown) => kit.restoreDevice(provider, text as string);
    // Every truncation.
    for (let n = 0; n < secrets.length; n += 7) {
      const e = errorOf(() => restore(secrets.slice(0, n)));
      expect(e).toBeInstanceOf(MalformedInputError);
      expect(e).toMatchObject({ what: 'device secrets' });
    }
    const json = JSON.parse(secrets) as Record<string, unknown>;
    const other = JSON.parse(bob.exportSecrets()) as Record<string, string>;
    const variants: Record<string, unknown>[] = [
      { ...json, signingSeed: flipFirst(json.signingSeed as string) },
      { ...json, agreementSecret: other.agreementSecret },
      { ...json, identitySeed: other.identitySeed },
      { ...json, role: 'provider' },
      { ...json, extra: 1 },
      { ...json, bundle: { ...(json.bundle as object), name: 'Mallory' } },
    ];
    for (const v of variants)
      expect(errorOf(() => restore(JSON.stringify(v)))).toBeInstanceOf(MalformedInputError);
    expect(errorOf(() => restore(` ${secrets}`))).toBeInstanceOf(MalformedInputError);
    expect(errorOf(() => restore({ ...json }))).toBeInstanceOf(MalformedInputError);
    expect(errorOf(() => restore(JSON.stringify({ ...json, v: 3 })))).toBeInstanceOf(
      UnsupportedVersionError,
    );
  });

  it('a KitToken comes only from a kit: new Device / new Provider with anything else is refused', async () => {
    const { provider } = await scene();
    const fake = {} as unknown as KitToken;
    expect(errorOf(() => new Provider(fake, 'fake'))).toBeInstanceOf(InvalidArgumentError);
    expect(
      errorOf(
        () =>
          new Device(
            fake,
            provider,
            { device: 'x/phone', user: 'x', name: 'X' },
            {
              publicKey: new Uint8Array(32),
              certify: () => new Uint8Array(64),
              seed: () => new Uint8Array(32),
            },
            'member',
            false,
            undefined,
          ),
      ),
    ).toBeInstanceOf(InvalidArgumentError);
  });
});

describe('escrow secrets: EscrowAuthority.exportSecrets and kit.restoreEscrowAuthority', () => {
  it('the restored agency opens what was escrowed to the original', async () => {
    const kit = await createKit();
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    alice.createConversation('chat', [bob]);
    const agency = kit.escrowAuthority();
    provider.mandateEscrow(agency);
    const sent = alice.send('chat', 'escrowed');
    const secrets = agency.exportSecrets();
    expect(JSON.parse(secrets)).toMatchObject({ v: 2, type: 'escrow-secrets', id: 'agency' });

    const kit2 = await createKit();
    const again = kit2.restoreEscrowAuthority(secrets);
    expect(again.id).toBe('agency');
    expect(toBase64url(again.escrowKey.publicKey)).toBe(toBase64url(agency.escrowKey.publicKey));
    expect(again.exportSecrets()).toBe(secrets);
    // It trusts the directories of the providers that mandate it: mandate it again.
    provider.mandateEscrow(again);
    expect(again.decrypt(sent).text).toBe('escrowed');
    const mallory = kit2.thief();
    mallory.steal(again);
    expect(mallory.tryRead(sent)).toMatchObject({ canRead: true, reason: 'stolen-key' });
  });

  it('refuses truncated and changed secrets with typed errors', async () => {
    const kit = await createKit();
    const secrets = kit.escrowAuthority().exportSecrets();
    for (let n = 0; n < secrets.length; n += 5) {
      expect(errorOf(() => kit.restoreEscrowAuthority(secrets.slice(0, n)))).toMatchObject({
        code: 'malformed',
        what: 'escrow secrets',
      });
    }
    const json = JSON.parse(secrets) as Record<string, string>;
    for (const bad of [
      { ...json, secret: json.secret?.slice(1) },
      { ...json, id: '' },
      { ...json, type: 'device-secrets' },
      { ...json, extra: 1 },
    ]) {
      expect(errorOf(() => kit.restoreEscrowAuthority(JSON.stringify(bad)))).toBeInstanceOf(
        MalformedInputError,
      );
    }
    expect(
      errorOf(() => kit.restoreEscrowAuthority(JSON.stringify({ ...json, v: 1 }))),
    ).toBeInstanceOf(UnsupportedVersionError);
    expect(errorOf(() => kit.restoreEscrowAuthority(42 as unknown as string))).toBeInstanceOf(
      MalformedInputError,
    );
  });
});

describe('a provider mirror: importCommit', () => {
  async function classroom() {
    const teacherKit = await createKit();
    const teacherMirror = teacherKit.provider('teacher mirror');
    const teacher = teacherKit.device(teacherMirror, { user: 'teacher', device: 'teacher/laptop' });
    const phoneKit = await createKit();
    const phoneMirror = phoneKit.provider('phone mirror');
    const student = phoneKit.device(phoneMirror, { user: 's-1' });
    const other = phoneKit.device(phoneKit.provider('elsewhere'), { user: 's-2' });
    for (const m of [teacherMirror, phoneMirror]) {
      for (const d of [teacher, student, other]) if (!m.directory.find(d.id)) m.register(d.bundle);
    }
    teacher.createConversation('class', [], { mode: 'member-signed' });
    const genesis = teacherMirror.commits('class')[0] as string;
    return { teacherKit, teacherMirror, teacher, phoneMirror, student, other, genesis };
  }

  it('copies a chain signed elsewhere: genesis creates, duplicates return false, messages open', async () => {
    const { teacherMirror, teacher, phoneMirror, student, genesis } = await classroom();
    expect(phoneMirror.importCommit('class', genesis)).toBe(true);
    expect(phoneMirror.importCommit('class', genesis)).toBe(false);
    expect(teacherMirror.importCommit('class', genesis)).toBe(false);
    expect(phoneMirror.conversation('class').mode).toBe('member-signed');

    teacher.addMember('class', 's-1/phone');
    const add = teacherMirror.commits('class').at(-1) as string;
    expect(phoneMirror.importCommit('class', add)).toBe(true);
    expect(phoneMirror.commits('class')).toEqual(teacherMirror.commits('class'));

    expect(student.open(teacher.send('class', 'welcome')).text).toBe('welcome');
    const reply = student.send('class', 'hello');
    expect(teacher.open(reply).text).toBe('hello');
    // The student's own commit, published on its mirror, comes back from the server as a duplicate.
    student.removeMember('class', 'teacher/laptop');
    const own = phoneMirror.commits('class').at(-1) as string;
    expect(phoneMirror.importCommit('class', own)).toBe(false);
    expect(teacherMirror.importCommit('class', own)).toBe(true);
  });

  it('refuses forged, forked, gapped, misplaced and malformed commits, changing nothing', async () => {
    const { teacherKit, teacherMirror, teacher, phoneMirror, student, genesis } = await classroom();
    // No genesis yet: a later commit is a gap.
    teacher.addMember('class', student);
    const add = teacherMirror.commits('class')[1] as string;
    expect(errorOf(() => phoneMirror.importCommit('class', add))).toBeInstanceOf(CommitGapError);
    expect(phoneMirror.conversations()).toHaveLength(0);
    phoneMirror.importCommit('class', genesis);

    // Forged: the signature changed.
    const c = parseCommit(add);
    const sig = c.signature.slice();
    sig[0] = (sig[0] as number) ^ 1;
    const forged = errorOf(() =>
      phoneMirror.importCommit('class', serializeCommit({ ...c, signature: sig })),
    );
    expect(forged).toBeInstanceOf(InvalidCommitError);
    expect(forged).toMatchObject({ reason: 'signature' });
    expect(phoneMirror.conversation('class').version).toBe(1);

    phoneMirror.importCommit('class', add);
    // Forked: the same teacher (restored elsewhere) signs a different epoch 3.
    teacher.addMember('class', 's-2/phone');
    const third = teacherMirror.commits('class')[2] as string;
    const elsewhere = teacherKit.provider('fork');
    for (const b of teacherMirror.directory.all()) elsewhere.register(b);
    elsewhere.importCommit('class', genesis);
    elsewhere.importCommit('class', add);
    const twin = teacherKit.restoreDevice(elsewhere, teacher.exportSecrets());
    twin.removeMember('class', 's-1/phone');
    const rival = elsewhere.commits('class')[2] as string;
    expect(rival).not.toBe(third);
    expect(phoneMirror.importCommit('class', third)).toBe(true);
    const fork = errorOf(() => phoneMirror.importCommit('class', rival));
    expect(fork).toBeInstanceOf(ForkError);
    expect(phoneMirror.commits('class')).toEqual(teacherMirror.commits('class'));

    // Gapped: epoch 5 while at 3.
    teacher.removeMember('class', 's-2/phone');
    teacher.addMember('class', 's-2/phone');
    expect(
      errorOf(() => phoneMirror.importCommit('class', teacherMirror.commits('class')[4] as string)),
    ).toBeInstanceOf(CommitGapError);
    // Another conversation's commit; a provider-managed conversation; malformed text.
    expect(errorOf(() => phoneMirror.importCommit('other', add))).toBeInstanceOf(
      InvalidCommitError,
    );
    phoneMirror.importRosterChange('pm', { op: 'add', device: 's-1/phone' });
    const pmGenesis = errorOf(() => phoneMirror.importCommit('pm', add.replace('"class"', '"pm"')));
    expect(pmGenesis.code).toMatch(/invalid-commit|mode-mismatch/);
    expect(errorOf(() => phoneMirror.importCommit('class', `${add} `))).toBeInstanceOf(
      MalformedInputError,
    );
    expect(errorOf(() => phoneMirror.importCommit('class', '{'))).toBeInstanceOf(
      MalformedInputError,
    );
    expect(
      errorOf(() => phoneMirror.importCommit('class', 42 as unknown as string)),
    ).toBeInstanceOf(InvalidArgumentError);
  });

  it('a genesis that is not a create, or made by an uncertified creator, is refused', async () => {
    const { teacherMirror, teacher, phoneMirror, student } = await classroom();
    teacher.addMember('class', student);
    const add = parseCommit(teacherMirror.commits('class')[1] as string);
    const asFirst = serializeCommit({ ...add, epoch: 1 });
    expect(errorOf(() => phoneMirror.importCommit('class', asFirst))).toBeInstanceOf(
      InvalidCommitError,
    );
    expect(phoneMirror.conversations()).toHaveLength(0);
  });
});

describe('a provider mirror: importRosterChange', () => {
  async function managed() {
    const kit = await createKit();
    const server = kit.provider('server');
    const alice = kit.device(server, { user: 'alice' });
    const bob = kit.device(server, { user: 'bob', careful: false });
    const ghost = kit.ghost(server);
    // Bob's phone keeps its own mirror of the server.
    const phoneKit = await createKit();
    const mirror = phoneKit.provider('mirror');
    for (const b of server.directory.all()) mirror.register(b);
    return { kit, server, alice, bob, ghost, mirror };
  }

  it('builds a roster, takes the access order hidden and silent, and removes', async () => {
    const { ghost, mirror } = await managed();
    const phoneKit = await createKit();
    const bobPhone = phoneKit.device(mirror, { user: 'carol' });
    expect(mirror.importRosterChange('chat', { op: 'add', device: 'alice/phone' })).toBe(true);
    expect(mirror.importRosterChange('chat', { op: 'add', device: bobPhone.id })).toBe(true);
    expect(mirror.importRosterChange('chat', { op: 'add', device: bobPhone.id })).toBe(false);
    expect(mirror.conversation('chat').mode).toBe('provider-managed');
    bobPhone.sync('chat');

    expect(
      mirror.importRosterChange('chat', {
        op: 'add',
        device: ghost.id,
        accessOrder: true,
      }),
    ).toBe(true);
    expect(mirror.view().accessOrders).toMatchObject([
      { kind: 'provider-roster', ghost: ghost.id, hidden: true, suppressNotices: true },
    ]);
    const notices = bobPhone.sync('chat');
    expect(notices.filter((n) => n.shown)).toEqual([]);
    expect(bobPhone.visibleRoster('chat').map((b) => b.device)).not.toContain(ghost.id);
    const sent = bobPhone.send('chat', 'the ghost can read this');
    expect(sent.wraps.map((w) => w.to)).toContain(ghost.id);
    // The ghost's keys, on a device that follows this mirror.
    const ghostHere = phoneKit.restoreDevice(mirror, ghost.exportSecrets());
    expect(ghostHere.tryRead(sent)).toMatchObject({ canRead: true, reason: 'ghost' });
    expect(bobPhone.verifyRoster('chat').unverified.map((e) => e.device)).toEqual([ghost.id]);

    expect(mirror.importRosterChange('chat', { op: 'remove', device: ghost.id })).toBe(true);
    expect(mirror.importRosterChange('chat', { op: 'remove', device: ghost.id })).toBe(false);
    const after = bobPhone.send('chat', 'not any more');
    expect(after.wraps.map((w) => w.to)).not.toContain(ghost.id);
    expect(ghostHere.tryRead(after)).toMatchObject({ canRead: false, reason: 'not-a-recipient' });
  });

  it('refuses malformed changes, unknown devices, and roster changes a member-signed chain forbids', async () => {
    const { kit, server, alice, ghost, mirror } = await managed();
    const change = (c: unknown) => () => mirror.importRosterChange('chat', c as never);
    expect(errorOf(change({ op: 'move', device: 'alice/phone' }))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(errorOf(change({ op: 'add', device: '' }))).toBeInstanceOf(InvalidArgumentError);
    expect(errorOf(change({ op: 'add', device: 'alice/phone', hidden: 'yes' }))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(errorOf(change(null))).toBeInstanceOf(InvalidArgumentError);
    expect(errorOf(change({ op: 'add', device: 'nobody/phone' }))).toBeInstanceOf(
      UnknownParticipantError,
    );
    expect(errorOf(change({ op: 'add', device: ghost.id, accessOrder: true }))).toBeInstanceOf(
      UnknownConversationError,
    );

    alice.createConversation('signed', [], { mode: 'member-signed' });
    mirror.importCommit('signed', server.commits('signed')[0] as string);
    expect(
      errorOf(() => mirror.importRosterChange('signed', { op: 'add', device: 'bob/phone' })),
    ).toBeInstanceOf(ModeMismatchError);
    expect(
      errorOf(() => mirror.importRosterChange('signed', { op: 'remove', device: 'alice/phone' })),
    ).toBeInstanceOf(ModeMismatchError);
    // The access order in a member-signed conversation is stored, and changes no client.
    expect(
      mirror.importRosterChange('signed', { op: 'add', device: ghost.id, accessOrder: true }),
    ).toBe(true);
    const restored = kit.restoreDevice(mirror, alice.exportSecrets());
    const sent = restored.send('signed', 'chain says no');
    expect(sent.wraps.map((w) => w.to)).toEqual(['alice/phone']);
  });
});

describe('Provider.checkEnvelope', () => {
  async function relayScene() {
    const kit = await createKit();
    const phones = kit.provider('phones');
    const alice = kit.device(phones, { user: 'alice' });
    const bob = kit.device(phones, { user: 'bob' });
    alice.createConversation('chat', [bob]);
    const envelope = alice.send('chat', 'checked by the server');
    // The server: a provider of its own that holds only the certified bundles.
    const server = (await createKit()).provider('server');
    server.register(alice.bundle);
    server.register(bob.bundle);
    return { alice, bob, envelope, server, kit, phones };
  }

  it('accepts an envelope signed by its certified sender, in any of its forms', async () => {
    const { envelope, server } = await relayScene();
    expect(() => {
      server.checkEnvelope(envelope);
    }).not.toThrow();
    expect(() => {
      server.checkEnvelope(serializeEnvelope(envelope));
    }).not.toThrow();
    expect(() => {
      server.checkEnvelope(new TextEncoder().encode(serializeEnvelope(envelope)));
    }).not.toThrow();
  });

  it('refuses a tampered envelope, an unknown or uncertified sender, and malformed input', async () => {
    const { envelope, server, bob } = await relayScene();
    const json = envelopeToJson(envelope);
    const changed = { ...json, ciphertext: flipFirst(json.ciphertext) };
    const tampered = errorOf(() => {
      server.checkEnvelope(JSON.stringify(changed));
    });
    expect(tampered).toBeInstanceOf(TamperedEnvelopeError);
    expect(tampered).toMatchObject({ part: 'signature' });
    const wraps = errorOf(() => {
      server.checkEnvelope(JSON.stringify({ ...json, wraps: json.wraps.slice(1) }));
    });
    expect(wraps).toBeInstanceOf(TamperedEnvelopeError);

    const stranger = (await createKit()).provider('stranger');
    stranger.register(bob.bundle);
    expect(
      errorOf(() => {
        stranger.checkEnvelope(envelope);
      }),
    ).toBeInstanceOf(UnknownParticipantError);

    const swapped = (await createKit()).provider('swapped');
    swapped.directory.swap({ ...server.directory.device('alice/phone'), name: 'Not Alice' });
    expect(
      errorOf(() => {
        swapped.checkEnvelope(envelope);
      }),
    ).toBeInstanceOf(UncertifiedDeviceError);

    expect(
      errorOf(() => {
        server.checkEnvelope('{"v":2}');
      }),
    ).toBeInstanceOf(MalformedEnvelopeError);
    expect(
      errorOf(() => {
        server.checkEnvelope(null as unknown as string);
      }),
    ).toBeInstanceOf(MalformedEnvelopeError);
  });
});

describe('signed read receipts', () => {
  async function receipts() {
    const kit = await createKit();
    const provider = kit.provider();
    const alice = kit.device(provider, { user: 'alice' });
    const bob = kit.device(provider, { user: 'bob' });
    const carol = kit.device(provider, { user: 'carol' });
    alice.createConversation('chat', [bob, carol]);
    const envelope = alice.send('chat', 'did you read this?');
    const receipt = bob.readReceipt(envelope, true);
    return { kit, provider, alice, bob, carol, envelope, receipt };
  }

  const asJson = (r: ReadReceipt) => JSON.parse(receiptToJson(r)) as Record<string, unknown>;

  it('a reader signs what it read; the text round-trips; the provider checks it', async () => {
    const { provider, bob, envelope, receipt } = await receipts();
    expect(receipt).toMatchObject({
      envelope: envelopeId(envelope),
      reader: bob.id,
      readable: true,
    });
    expect(receipt.signature).toHaveLength(64);
    expect(Object.isFrozen(receipt)).toBe(true);
    const text = receiptToJson(receipt);
    expect(Object.keys(JSON.parse(text) as object)).toEqual([
      'v',
      'type',
      'envelope',
      'reader',
      'readable',
      'at',
      'signature',
    ]);
    const back = parseReadReceipt(text);
    expect(receiptToJson(back)).toBe(text);
    expect(parseReadReceipt(JSON.parse(text))).toEqual(back);
    expect(parseReadReceipt(new TextEncoder().encode(text))).toEqual(back);
    expect(() => {
      provider.checkReadReceipt(back);
    }).not.toThrow();
    expect(() => {
      provider.checkReadReceipt(text);
    }).not.toThrow();
    const no = bob.readReceipt(serializeEnvelope(envelope), false);
    expect(no.readable).toBe(false);
    expect(() => {
      provider.checkReadReceipt(no);
    }).not.toThrow();
  });

  it('refuses a changed receipt and a receipt signed by another device', async () => {
    const { provider, bob, carol, envelope, receipt } = await receipts();
    for (const change of [
      { readable: false },
      { at: receipt.at + 1 },
      { envelope: flipFirst(receipt.envelope) },
    ]) {
      const e = errorOf(() => {
        provider.checkReadReceipt({ ...receipt, ...change });
      });
      expect(e).toBeInstanceOf(TamperedReceiptError);
      expect(e).toMatchObject({ reader: bob.id });
    }
    // Carol signs a receipt and claims it is Bob's.
    const carols = carol.readReceipt(envelope, true);
    const claimed = errorOf(() => {
      provider.checkReadReceipt({ ...carols, reader: bob.id });
    });
    expect(claimed).toBeInstanceOf(TamperedReceiptError);
    expect(() => {
      provider.checkReadReceipt(carols);
    }).not.toThrow();

    const stranger = (await createKit()).provider();
    stranger.register(carol.bundle);
    expect(
      errorOf(() => {
        stranger.checkReadReceipt(receipt);
      }),
    ).toBeInstanceOf(UnknownParticipantError);
  });

  it('parses strictly and only ever throws typed errors', async () => {
    const { receipt } = await receipts();
    const json = asJson(receipt);
    const text = JSON.stringify(json);
    const malformed = [
      ` ${text}`,
      JSON.stringify({ ...json, extra: true }),
      JSON.stringify({ ...json, type: 'receipt' }),
      JSON.stringify({ ...json, readable: 'yes' }),
      JSON.stringify({ ...json, at: -1 }),
      JSON.stringify({ ...json, at: 1.5 }),
      JSON.stringify({ ...json, reader: '' }),
      JSON.stringify({ ...json, reader: 'escrow:agency' }),
      JSON.stringify({ ...json, envelope: `${json.envelope as string}AA` }),
      JSON.stringify({ ...json, signature: (json.signature as string).slice(4) }),
      JSON.stringify({ ...json, signature: `${(json.signature as string).slice(0, -1)}B` }),
      JSON.stringify(Object.fromEntries(Object.entries(json).reverse())),
      '{',
      '[]',
      '',
      'x'.repeat(5000),
    ];
    for (const m of malformed) {
      const e = errorOf(() => parseReadReceipt(m));
      expect(e, m.slice(0, 80)).toBeInstanceOf(MalformedInputError);
      expect(e).toMatchObject({ what: 'read receipt' });
    }
    for (let n = 0; n < text.length; n += 5)
      expect(errorOf(() => parseReadReceipt(text.slice(0, n)))).toBeInstanceOf(MalformedInputError);
    expect(errorOf(() => parseReadReceipt(JSON.stringify({ ...json, v: 1 })))).toBeInstanceOf(
      UnsupportedVersionError,
    );
    const hostile = new Proxy(
      {},
      {
        has: () => {
          throw new Error('no');
        },
        ownKeys: () => {
          throw new Error('no');
        },
        getOwnPropertyDescriptor: () => {
          throw new Error('no');
        },
      },
    );
    const getter = Object.defineProperty({ ...json }, 'reader', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    for (const bad of [
      null,
      undefined,
      42,
      true,
      [],
      hostile,
      getter,
      { ...receipt, signature: 'x' },
    ]) {
      expect(errorOf(() => parseReadReceipt(bad))).toBeInstanceOf(MalformedInputError);
    }
    expect(errorOf(() => receiptToJson({ ...receipt, at: -5 }))).toBeInstanceOf(
      MalformedInputError,
    );
  });

  it('readReceipt refuses a non-boolean and a non-envelope', async () => {
    const { bob, envelope } = await receipts();
    expect(errorOf(() => bob.readReceipt(envelope, 'yes' as unknown as boolean))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(errorOf(() => bob.readReceipt('{}', true))).toBeInstanceOf(MalformedEnvelopeError);
  });
});

describe('Device.applyClientUpdate: the ordered client update, run by the device itself', () => {
  async function signed(kit?: Kit) {
    const k = kit ?? (await createKit());
    const provider = k.provider();
    const alice = k.device(provider, { user: 'alice' });
    const bob = k.device(provider, { user: 'bob' });
    const carol = k.device(provider, { user: 'carol' });
    const ghost = k.ghost(provider);
    alice.createConversation('chat', [bob, carol], { mode: 'member-signed' });
    return { kit: k, provider, alice, bob, carol, ghost };
  }

  it("signs the ghost in with the device's own key, hides it from its user, and everyone else sees the signed change", async () => {
    const { provider, alice, bob, carol, ghost } = await signed();
    const text = bob.applyClientUpdate('chat', ghost.id);
    expect(provider.commits('chat').at(-1)).toBe(text);
    const commit = parseCommit(text);
    expect(commit).toMatchObject({ action: 'add', committer: 'bob/phone', epoch: 2 });
    expect(commit.member?.device).toBe(ghost.id);

    const seen = alice.sync('chat').filter((n) => n.device === ghost.id);
    expect(seen).toMatchObject([{ kind: 'member-added', shown: true, by: 'bob/phone' }]);
    expect(bob.notices('chat').filter((n) => n.device === ghost.id && n.shown)).toEqual([]);
    expect(bob.visibleRoster('chat').map((b) => b.device)).not.toContain(ghost.id);
    expect(carol.visibleRoster('chat').map((b) => b.device)).toContain(ghost.id);

    const sent = alice.send('chat', 'the ghost is on the chain now');
    expect(ghost.tryRead(sent)).toMatchObject({
      canRead: true,
      text: 'the ghost is on the chain now',
    });
  });

  it("a phone on a mirror does the same from the server's order, and the server's mirror accepts it", async () => {
    const teacherKit = await createKit();
    const server = teacherKit.provider('server');
    const teacher = teacherKit.device(server, { user: 'teacher', device: 'teacher/laptop' });
    const ghost = teacherKit.ghost(server);
    const phoneKit = await createKit();
    const mirror = phoneKit.provider('mirror');
    const phone = phoneKit.device(mirror, { user: 's-1' });
    server.register(phone.bundle);
    for (const b of server.directory.all())
      if (!mirror.directory.find(b.device)) mirror.register(b);
    teacher.createConversation('class', [phone.bundle], { mode: 'member-signed' });
    mirror.importCommit('class', server.commits('class')[0] as string);
    // The server's `client-update` frame names the ghost; the phone signs it in.
    const commit = phone.applyClientUpdate('class', ghost.id);
    expect(server.importCommit('class', commit)).toBe(true);
    expect(teacher.sync('class')).toMatchObject([
      { kind: 'member-added', by: 's-1/phone', shown: true },
    ]);
  });

  it('refuses in a provider-managed conversation, for an unknown ghost, and on a device that is not a member', async () => {
    const { kit, provider, alice, bob, ghost } = await signed();
    alice.createConversation('pm', [bob]);
    expect(errorOf(() => bob.applyClientUpdate('pm', ghost.id))).toBeInstanceOf(
      InvalidArgumentError,
    );
    expect(errorOf(() => bob.applyClientUpdate('chat', 'nobody/phone'))).toBeInstanceOf(
      UnknownParticipantError,
    );
    const dave = kit.device(provider, { user: 'dave' });
    expect(errorOf(() => dave.applyClientUpdate('chat', ghost))).toBeInstanceOf(NotAMemberError);
    // Nothing was signed.
    expect(provider.commits('chat')).toHaveLength(1);
    expect(bob.visibleRoster('chat').map((b) => b.device)).toEqual([
      'alice/phone',
      'bob/phone',
      'carol/phone',
    ]);
  });
});
