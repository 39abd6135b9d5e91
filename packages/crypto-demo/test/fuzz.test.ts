/**
 * Random and malformed input, 12,000+ cases in all: whatever arrives,
 * parseEnvelope, Device.open and whoCanRead either work or fail with an
 * E2eeKitError of a known code, never with another exception, and fast.
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  LIMITS,
  MalformedEnvelopeError,
  envelopeToJson,
  explain,
  parseEnvelope,
  serializeEnvelope,
  toBase64url,
  whoCanRead,
  type Envelope,
  type EnvelopeJson,
} from '../src/index.js';
import { expectKitError, scene } from './scenario.js';

type Scene = Awaited<ReturnType<typeof scene>>;
let s: Scene;
let valid: EnvelopeJson;
/** Every text a genuine sender wrote in this scene. */
const genuineTexts = new Set<string>();

const RUNS = 2000;
const TIMEOUT = 60_000;
const counts = { inputs: 0, parsed: 0, opened: 0 };

beforeAll(async () => {
  s = await scene('fuzz');
  valid = envelopeToJson(s.envelope);
  genuineTexts.add(s.text);
});

/**
 * Feeds one input through the whole receiving path. Any throw that is not a
 * typed error of a known code fails the property.
 */
function feed(input: unknown): void {
  counts.inputs++;
  let envelope: Envelope;
  try {
    envelope = parseEnvelope(input);
  } catch (error) {
    expectKitError(error);
    // A `v` that is present but not 2 is a version question, anything else is malformed (§9 step 4).
    if (error.code === 'unsupported-version') return;
    if (!(error instanceof MalformedEnvelopeError) || error.issues.length === 0) {
      throw new Error('expected a MalformedEnvelopeError with issues', { cause: error });
    }
    return;
  }
  counts.parsed++;
  for (const report of whoCanRead(envelope, s.parties)) {
    const sentence = explain(report);
    if (!sentence.includes(report.party.name)) throw new Error(`bad explanation: ${sentence}`);
    if (report.canRead) expect(genuineTexts).toContain(report.text);
  }
  try {
    const message = s.bob.open(envelope);
    expect(genuineTexts).toContain(message.text);
    counts.opened++;
  } catch (error) {
    expectKitError(error);
  }
}

/** Feeds an input as a value, as JSON text, and as UTF-8 bytes of that text. */
function feedAllForms(value: unknown): void {
  feed(value);
  const text = JSON.stringify(value) as string | undefined;
  if (text === undefined) return;
  feed(text);
  feed(new TextEncoder().encode(text));
}

// ---- arbitraries -----------------------------------------------------------

const b64 = (min: number, max = min) =>
  fc.uint8Array({ minLength: min, maxLength: max }).map(toBase64url);

/** Numbers a hostile sender might write, including ones JSON cannot hold. */
const weirdNumber = fc.oneof(
  fc.integer(),
  fc.double(),
  fc.maxSafeInteger(),
  fc.constantFrom(
    0,
    -0,
    1,
    2 ** 53,
    2 ** 53 - 1,
    -(2 ** 53),
    1e308,
    -1e308,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.constantFrom(Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY),
);

/** Strings that look like numbers or special values. */
const numberLikeString = fc.constantFrom(
  'NaN',
  'Infinity',
  '-Infinity',
  '1e999',
  '-0',
  '0x10',
  '1',
  '',
  ' 1',
  '1_000',
);

/** Any JSON-ish junk, nested (fc.letrec), for a field's wrong type. */
const { junk } = fc.letrec((tie) => ({
  junk: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(null, true, false),
    weirdNumber,
    numberLikeString,
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.array(tie('junk'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie('junk'), { maxKeys: 4 }),
  ),
}));

/**
 * A field that is usually plausible: the real value, a well-formed random one,
 * or (less often) junk.
 */
function field(real: () => unknown, plausible: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { arbitrary: fc.constant(null).map(() => real()), weight: 6 },
    { arbitrary: plausible, weight: 3 },
    { arbitrary: junk, weight: 1 },
  );
}

/**
 * A record whose keys are all present most of the time, and any of them may be
 * missing otherwise.
 */
function recordOf(
  model: Record<string, fc.Arbitrary<unknown>>,
): fc.Arbitrary<Record<string, unknown>> {
  return fc.oneof(
    { arbitrary: fc.record(model), weight: 4 },
    { arbitrary: fc.record(model, { requiredKeys: [] }), weight: 1 },
  );
}

const ids = [
  'alice/phone',
  'bob/phone',
  'carol/phone',
  'dave/phone',
  'ghost/agency',
  'escrow:agency',
  'nobody/phone',
];
const idLike = fc.oneof(
  fc.constantFrom(...ids),
  fc.string({ unit: 'binary', minLength: 0, maxLength: 140 }),
);

const wrapLike = recordOf({
  to: field(() => 'bob/phone', idLike),
  nonce: field(() => valid.wraps[1]?.nonce, b64(24)),
  key: field(() => valid.wraps[1]?.key, b64(48)),
});

/**
 * Objects shaped like an envelope, each field real, well formed but random, or
 * junk; fields may be missing.
 */
const envelopeLike = recordOf({
  v: field(() => 2, fc.constantFrom(1, 2, 0, '2')),
  suite: field(() => valid.suite, fc.string()),
  header: fc.oneof(
    {
      arbitrary: recordOf({
        conversation: field(() => 'chat', fc.constantFrom('chat', 'other', '')),
        mode: field(
          () => 'provider-managed',
          fc.constantFrom('member-signed', 'provider-managed', ''),
        ),
        epoch: field(() => 0, fc.oneof(fc.integer({ min: -1, max: 3 }), weirdNumber)),
        state: field(() => valid.header.state, b64(32)),
        senderUser: field(() => 'alice', fc.constantFrom('alice', 'bob', 'ghost', 'mallory')),
        senderDevice: field(() => 'alice/phone', fc.constantFrom(...ids)),
        senderKey: field(() => valid.header.senderKey, b64(32)),
        counter: field(() => 1, fc.oneof(fc.integer({ min: -2, max: 5 }), weirdNumber)),
        sentAt: field(() => valid.header.sentAt, weirdNumber),
        commitment: field(() => valid.header.commitment, b64(32)),
      }),
      weight: 9,
    },
    { arbitrary: junk, weight: 1 },
  ),
  nonce: field(() => valid.nonce, b64(24)),
  ciphertext: field(() => valid.ciphertext, b64(16, 80)),
  wraps: fc.oneof(
    { arbitrary: fc.constant(null).map(() => valid.wraps), weight: 3 },
    { arbitrary: fc.array(wrapLike, { minLength: 1, maxLength: 40 }), weight: 6 },
    { arbitrary: junk, weight: 1 },
  ),
  signature: field(() => valid.signature, b64(64)),
});

type Path = readonly (string | number)[];

/** Every path to a value in the valid envelope's JSON. */
function paths(value: unknown, prefix: Path = []): Path[] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value)
    ? value.map((v, i) => [i, v] as const)
    : Object.entries(value);
  return [prefix, ...entries.flatMap(([k, v]) => paths(v, [...prefix, k]))];
}

/**
 * A deep copy of `root` with the value at `path` replaced (or deleted when
 * `next` is `deleteMarker`).
 */
const deleteMarker = Symbol('delete');
function setAt(root: unknown, path: Path, next: unknown): unknown {
  if (path.length === 0) return next === deleteMarker ? undefined : next;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1] as string | number;
  if (next === deleteMarker) {
    if (Array.isArray(node)) node.splice(last as number, 1);
    else Reflect.deleteProperty(node, last);
  } else {
    node[last] = next;
  }
  return copy;
}

/**
 * A valid envelope with one change: a field deleted, its type changed, a huge
 * or NaN-like number, a long array.
 */
const mutatedEnvelope = () =>
  fc
    .tuple(
      fc.constant(null).map(() => paths(valid)),
      fc.nat(),
      fc.oneof(
        fc.constant<unknown>(deleteMarker),
        junk,
        weirdNumber,
        numberLikeString,
        fc.constantFrom(2 ** 53, 1e308, -1, 1.5, '1', [], {}),
        fc.array(fc.constantFrom<unknown>(valid.wraps[0], 0, 'x', null), {
          minLength: 50,
          maxLength: 300,
        }),
      ),
    )
    .map(([all, pick, next]) => setAt(valid, all[pick % all.length] ?? [], next));

// ---- the suite -------------------------------------------------------------

describe(parseEnvelope.name, () => {
  it('arbitrary JSON values (as values, text and bytes)', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 4 }), feedAllForms), { numRuns: RUNS });
  });

  it(
    'arbitrary values, including Maps, Dates, typed arrays and null-prototype objects',
    { timeout: TIMEOUT },
    () => {
      fc.assert(
        fc.property(
          fc.anything({
            withBigInt: true,
            withBoxedValues: true,
            withDate: true,
            withMap: true,
            withSet: true,
            withNullPrototype: true,
            withObjectString: true,
            withSparseArray: true,
            withTypedArray: true,
          }),
          feed,
        ),
        { numRuns: RUNS },
      );
    },
  );

  it('arbitrary strings, and strings that start like an envelope', { timeout: TIMEOUT }, () => {
    const prefix = serializeEnvelope(s.envelope).slice(0, 120);
    fc.assert(
      fc.property(
        fc.string({ unit: 'binary', maxLength: 300 }),
        fc.boolean(),
        (text, withPrefix) => {
          feed(withPrefix ? prefix + text : text);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('arbitrary bytes', { timeout: TIMEOUT }, () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), feed), { numRuns: RUNS });
  });

  it('objects shaped like envelopes with random field values', { timeout: TIMEOUT }, () => {
    const before = counts.parsed;
    fc.assert(fc.property(envelopeLike, feedAllForms), { numRuns: RUNS });
    // Not all are refused by the schema: many reach the signature and decryption checks.
    expect(counts.parsed - before).toBeGreaterThan(20);
  });

  it(
    'valid envelopes with one mutation (field deleted, type changed, huge number, long array…)',
    { timeout: TIMEOUT },
    () => {
      fc.assert(fc.property(mutatedEnvelope(), feedAllForms), { numRuns: RUNS });
    },
  );

  it(
    'limits: 1,025 wrapped keys, a ciphertext over 64 KiB, deep nesting',
    { timeout: TIMEOUT },
    () => {
      const wrap = valid.wraps[1];
      expect(wrap).toBeDefined();
      const manyWraps = Array.from({ length: LIMITS.wraps + 1 }, (_, i) => ({
        ...wrap,
        to: `device-${String(i).padStart(5, '0')}`,
      }));
      expect(() => parseEnvelope({ ...valid, wraps: manyWraps })).toThrow(
        /at most 1024 wrapped keys/,
      );
      // Exactly the limit parses; it is then refused by the signature check, quickly.
      feed({ ...valid, wraps: manyWraps.slice(0, LIMITS.wraps) });
      const big = toBase64url(new Uint8Array(LIMITS.textBytes + 17));
      expect(() => parseEnvelope({ ...valid, ciphertext: big })).toThrow(/ciphertext/);
      feed('['.repeat(100_000));
      feed(`${'['.repeat(5000)}${']'.repeat(5000)}`);
      let nested: unknown = valid;
      for (let i = 0; i < 5000; i++) nested = { header: nested };
      feed(nested);
    },
  );

  it('the genuine envelope still opens, once: the fuzzing left bob unharmed', () => {
    expect(counts.inputs).toBeGreaterThanOrEqual(10_000);
    // The generators can rebuild the genuine envelope; if one did, bob has opened it already.
    if (counts.opened === 0) expect(s.bob.open(s.envelope).text).toBe(s.text);
    expect(() => s.bob.open(s.envelope)).toThrow(/already received/);
  });
});
