import { beforeAll, describe, expect, it } from 'vitest';
import { utf8 } from './bytes.js';
import type { Envelope } from './envelope.js';
import { E2eeKitError, MalformedEnvelopeError, UnsupportedVersionError } from './errors.js';
import { createKit } from './kit.js';
import {
  LIMITS,
  envelopeToJson,
  parseEnvelope,
  serializeEnvelope,
  type EnvelopeJson,
} from './wire.js';

let envelope: Envelope;
let wire: string;

beforeAll(async () => {
  const kit = await createKit({ seed: 'wire-tests' });
  const provider = kit.provider();
  const alice = kit.device(provider, { user: 'alice' });
  const bob = kit.device(provider, { user: 'bob' });
  const carol = kit.device(provider, { user: 'carol' });
  alice.createConversation('chat', [bob, carol]);
  provider.mandateEscrow(kit.escrowAuthority());
  envelope = alice.send('chat', 'Rendez-vous à 18 h 🙂');
  wire = serializeEnvelope(envelope);
});

/** A fresh, mutable copy of the valid envelope's JSON object. */
function json(): EnvelopeJson {
  return JSON.parse(wire) as EnvelopeJson;
}

/** Parses `input` and returns the MalformedEnvelopeError it must throw. */
function refusal(input: unknown): MalformedEnvelopeError {
  try {
    parseEnvelope(input);
  } catch (error) {
    expect(error).toBeInstanceOf(MalformedEnvelopeError);
    expect(error).toBeInstanceOf(E2eeKitError);
    const e = error as MalformedEnvelopeError;
    expect(e.code).toBe('malformed');
    expect(e.issues.length).toBeGreaterThan(0);
    return e;
  }
  throw new Error('parseEnvelope accepted a malformed input');
}

/** Asserts that parsing `input` fails with an issue for `path` whose text matches `message`. */
function expectIssue(input: unknown, path: string, message?: RegExp): void {
  const { issues } = refusal(input);
  const forPath = issues.filter((i) => i.startsWith(`${path}: `));
  expect(forPath, `issues: ${issues.join(' | ')}`).not.toHaveLength(0);
  if (message)
    expect(
      forPath.some((i) => message.test(i)),
      `issues: ${issues.join(' | ')}`,
    ).toBe(true);
}

describe(serializeEnvelope.name, () => {
  it('round-trips: parse(serialize(e)) serializes to the same text and holds the same bytes', () => {
    const back = parseEnvelope(wire);
    expect(serializeEnvelope(back)).toBe(wire);
    expect(back.header).toEqual(envelope.header);
    expect(back.nonce).toEqual(envelope.nonce);
    expect(back.ciphertext).toEqual(envelope.ciphertext);
    expect(back.signature).toEqual(envelope.signature);
    expect(back.wraps).toEqual(envelope.wraps);
    expect(back.wraps.map((w) => w.to)).toEqual([
      'alice/phone',
      'bob/phone',
      'carol/phone',
      'escrow:agency',
    ]);
  });

  it('accepts UTF-8 bytes and an already parsed value as well as text', () => {
    expect(serializeEnvelope(parseEnvelope(utf8(wire)))).toBe(wire);
    expect(serializeEnvelope(parseEnvelope(JSON.parse(wire)))).toBe(wire);
    expect(envelopeToJson(parseEnvelope(wire))).toEqual(json());
  });
});

describe(parseEnvelope.name, () => {
  it('refuses text that is not JSON', () => {
    expect(refusal('{"v":2,').issues).toContain('the text is not valid JSON');
    expect(refusal('').issues).toContain('the text is not valid JSON');
    expect(refusal(wire.slice(0, -1)).issues).toContain('the text is not valid JSON');
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = utf8(wire);
    bytes[10] = 0xff;
    expect(refusal(bytes).issues).toContain('the bytes are not valid UTF-8 text');
  });

  it('refuses text longer than LIMITS.envelopeBytes before parsing it', () => {
    const long = ' '.repeat(LIMITS.envelopeBytes - wire.length + 1) + wire;
    expect(long.length).toBe(LIMITS.envelopeBytes + 1);
    expect(refusal(long).issues[0]).toMatch(/longer than/);
    // One character less is read, and refused only because spaces are not canonical.
    expect(refusal(long.slice(1)).issues[0]).toMatch(/canonical/);
  });

  it('refuses values that are not objects', () => {
    for (const value of [null, undefined, 1, true, 'null', '[]', '"envelope"']) refusal(value);
    expectIssue(null, 'envelope');
  });

  it('refuses an extra field, at the top and inside', () => {
    expectIssue({ ...json(), extra: 1 }, 'extra');
    const j = json();
    expectIssue({ ...j, header: { ...j.header, admin: true } }, 'header.admin');
    expectIssue({ ...j, wraps: [{ ...j.wraps[0], hidden: false }] }, 'wraps.0.hidden');
  });

  it('refuses a missing field', () => {
    for (const key of ['suite', 'header', 'nonce', 'ciphertext', 'wraps', 'signature'] as const) {
      const j = Object.fromEntries(Object.entries(json()).filter(([k]) => k !== key));
      expect(j).not.toHaveProperty(key);
      expectIssue(j, key);
    }
    const j = json();
    const header: Partial<EnvelopeJson['header']> = { ...j.header };
    delete header.counter;
    expectIssue({ ...j, header }, 'header.counter');
    const wrap: Partial<EnvelopeJson['wraps'][number]> = { ...j.wraps[1] };
    delete wrap.key;
    expectIssue({ ...j, wraps: [j.wraps[0], wrap] }, 'wraps.1.key');
  });

  it('refuses another version (a typed error naming version 2) or another suite', () => {
    for (const v of [1, '2', 3]) {
      expect(() => parseEnvelope({ ...json(), v })).toThrow(UnsupportedVersionError);
      expect(() => parseEnvelope(JSON.stringify({ ...json(), v }))).toThrow(/expected version 2/);
    }
    expectIssue({ ...json(), suite: 'X25519-AES-GCM' }, 'suite', /algorithms/);
  });

  it('refuses byte fields of the wrong length', () => {
    const j = json();
    expectIssue({ ...j, nonce: j.nonce.slice(0, -4) }, 'nonce', /expected 24 bytes, got 21/);
    expectIssue({ ...j, nonce: `${j.nonce}AAAA` }, 'nonce', /expected 24 bytes, got 27/);
    expectIssue({ ...j, signature: j.signature.slice(4) }, 'signature', /expected 64 bytes/);
    expectIssue(
      { ...j, header: { ...j.header, senderKey: 'AAAA' } },
      'header.senderKey',
      /expected 32 bytes/,
    );
    expectIssue({ ...j, ciphertext: 'AAAA' }, 'ciphertext', /expected 16 to/);
    expectIssue(
      { ...j, wraps: [{ ...j.wraps[0], nonce: 'AAAA' }] },
      'wraps.0.nonce',
      /expected 24 bytes/,
    );
    expectIssue(
      { ...j, wraps: [{ ...j.wraps[0], key: j.nonce }] },
      'wraps.0.key',
      /expected 48 bytes/,
    );
  });

  it('refuses byte fields that are not canonical base64url', () => {
    const j = json();
    expectIssue({ ...j, nonce: `${j.nonce.slice(0, -1)}+` }, 'nonce', /base64url/);
    expectIssue(
      { ...j, signature: `${j.signature}==` },
      'signature',
      /base64url|expected 64 bytes/,
    );
  });

  it('refuses a wrapped key list naming a recipient twice, or none', () => {
    const j = json();
    expectIssue({ ...j, wraps: [j.wraps[0], j.wraps[1], j.wraps[1]] }, 'wraps.2.to', /twice/);
    expectIssue({ ...j, wraps: [j.wraps[1], j.wraps[0]] }, 'wraps.1.to', /sorted/);
    expectIssue({ ...j, wraps: [] }, 'wraps', /at least one/);
  });

  it('refuses counter 0, and sentAt negative, fractional or unsafe', () => {
    const j = json();
    expectIssue({ ...j, header: { ...j.header, counter: 0 } }, 'header.counter', /at least 1/);
    expectIssue({ ...j, header: { ...j.header, counter: -3 } }, 'header.counter');
    expectIssue({ ...j, header: { ...j.header, counter: 2.5 } }, 'header.counter', /whole/);
    expectIssue({ ...j, header: { ...j.header, counter: '2' } }, 'header.counter', /whole/);
    expectIssue({ ...j, header: { ...j.header, sentAt: -1 } }, 'header.sentAt', /negative/);
    expectIssue({ ...j, header: { ...j.header, sentAt: 1.5 } }, 'header.sentAt', /whole/);
    expectIssue({ ...j, header: { ...j.header, sentAt: 2 ** 53 } }, 'header.sentAt');
    expectIssue({ ...j, header: { ...j.header, sentAt: '1742500800000' } }, 'header.sentAt');
    expectIssue({ ...j, header: { ...j.header, sentAt: Number.NaN } }, 'header.sentAt');
  });

  it('refuses empty ids and ids over 128 UTF-8 bytes', () => {
    const j = json();
    expectIssue(
      { ...j, header: { ...j.header, conversation: '' } },
      'header.conversation',
      /empty/,
    );
    expectIssue(
      { ...j, header: { ...j.header, senderDevice: '' } },
      'header.senderDevice',
      /empty/,
    );
    expectIssue({ ...j, wraps: [{ ...j.wraps[0], to: '' }] }, 'wraps.0.to', /empty/);
    // 65 characters, 130 bytes: the limit counts bytes.
    expectIssue(
      { ...j, header: { ...j.header, senderUser: 'é'.repeat(65) } },
      'header.senderUser',
      /128 bytes/,
    );
    expectIssue(
      { ...j, header: { ...j.header, conversation: 'c'.repeat(129) } },
      'header.conversation',
      /128 bytes/,
    );
    // Exactly 128 bytes passes the shape check (the signature check is a later step).
    expect(
      parseEnvelope({ ...j, header: { ...j.header, conversation: 'c'.repeat(128) } }).header
        .conversation,
    ).toHaveLength(128);
  });
});
