/**
 * Tampering with a real envelope on the wire. Whatever byte of the JSON an
 * attacker changes, and however it is cut short, no one reads a different
 * text: the envelope is refused with a typed error, or (for a party that does
 * check the sender's signature before... every party does in version 2) it
 * still reads the original text and nothing else.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  MalformedEnvelopeError,
  parseEnvelope,
  serializeEnvelope,
  whoCanRead,
  type Envelope,
} from '../src/index.js';
import { expectKitError, scene } from './scenario.js';

type Scene = Awaited<ReturnType<typeof scene>>;
let s: Scene;
let wire: string;
let bytes: Uint8Array;

beforeAll(async () => {
  s = await scene('tamper-property');
  wire = serializeEnvelope(s.envelope);
  bytes = new TextEncoder().encode(wire);
  // Every kind of field is present: member wraps, the hidden ghost's, the escrow's.
  expect(s.envelope.wraps.map((w) => w.to)).toEqual([
    'alice/phone',
    'bob/phone',
    'carol/phone',
    'escrow:agency',
    'ghost/agency',
  ]);
  // Bob can read the untouched envelope (checked without changing his state).
  expect(s.bob.tryRead(s.envelope)).toMatchObject({ canRead: true, text: s.text });
});

type Outcome = 'malformed' | 'refused';

/**
 * Checks one mutated wire form: parsing fails with MalformedEnvelopeError, or
 * it parses, no party reads anything but the original text, and bob.open throws a typed error.
 */
function checkMutant(input: Uint8Array | string): Outcome {
  let parsed: Envelope;
  try {
    parsed = parseEnvelope(input);
  } catch (error) {
    expectKitError(error);
    // Flipping the version digit gives `unsupported-version`; everything else is malformed.
    if (error.code !== 'unsupported-version') expect(error).toBeInstanceOf(MalformedEnvelopeError);
    return 'malformed';
  }
  for (const report of whoCanRead(parsed, s.parties)) {
    if (report.canRead) expect(report.text).toBe(s.text);
  }
  let opened: string | undefined;
  try {
    opened = s.bob.open(parsed).text;
  } catch (error) {
    expectKitError(error);
    return 'refused';
  }
  throw new Error(`bob opened a tampered envelope and read ${JSON.stringify(opened)}`);
}

describe('tampering with the wire bytes', () => {
  it('any single byte XOR-ed with any non-zero mask is refused with a typed error', () => {
    const seen: Record<Outcome, number> = { malformed: 0, refused: 0 };
    // 1,000 runs: each picks a byte of the ~1.5 kB JSON and a mask in 1..255,
    // so every field (header, nonce, ciphertext, each wrap, signature) is hit many times.
    fc.assert(
      fc.property(
        fc.nat({ max: bytes.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        (index, mask) => {
          const mutant = bytes.slice();
          mutant[index] = (mutant[index] ?? 0) ^ mask;
          seen[checkMutant(mutant)]++;
        },
      ),
      { numRuns: 1000 },
    );
    // Both paths were exercised: some mutants are well formed and reach the crypto checks.
    expect(seen.malformed).toBeGreaterThan(50);
    expect(seen.refused).toBeGreaterThan(50);
    // The tampering left bob's state alone: the genuine envelope opens once.
    expect(s.bob.open(s.envelope).text).toBe(s.text);
  }, 60_000);

  it('every byte, flipped in its lowest bit, is refused (exhaustive)', () => {
    for (let i = 0; i < bytes.length; i++) {
      const mutant = bytes.slice();
      mutant[i] = (mutant[i] ?? 0) ^ 1;
      checkMutant(mutant);
    }
  }, 60_000);

  it('every truncation (each proper prefix, as text and as bytes) is refused with a typed error', () => {
    for (let length = 0; length < wire.length; length++) {
      for (const input of [wire.slice(0, length), bytes.subarray(0, length)]) {
        expect(() => parseEnvelope(input)).toThrow(MalformedEnvelopeError);
      }
    }
    // The whole text still parses: the loop stopped one short on purpose.
    expect(serializeEnvelope(parseEnvelope(bytes))).toBe(wire);
  });

  it('a field swapped in from another genuine envelope is refused by everyone who checks', () => {
    const other = s.carol.send('chat', 'a different text');
    const otherJson = JSON.parse(serializeEnvelope(other)) as Record<string, unknown>;
    const base = JSON.parse(wire) as Record<string, unknown>;
    for (const field of ['header', 'nonce', 'ciphertext', 'wraps', 'signature']) {
      const mixed = { ...base, [field]: otherJson[field] };
      expect(checkMutant(JSON.stringify(mixed))).toBe('refused');
    }
  });
});
