/**
 * Type-level tests of the public API (run by `vitest --typecheck`, see
 * vitest.config.ts): they fail at compile time when a published type drifts.
 */
import { describe, expectTypeOf, test } from 'vitest';
import {
  createKit,
  explain,
  whoCanRead,
  E2eeKitError,
  type Device,
  type Envelope,
  type ErrorCode,
  type Kit,
  type Party,
  type ReadableReason,
  type ReadReport,
  type ReceiveResult,
  type UnreadableReason,
  type WrappedKey,
} from './index.js';

describe('createKit', () => {
  test('returns Promise<Kit>', () => {
    expectTypeOf(createKit).returns.toEqualTypeOf<Promise<Kit>>();
  });

  test('makes devices that are parties', () => {
    expectTypeOf<Kit['device']>().returns.toEqualTypeOf<Device>();
    expectTypeOf<Device>().toExtend<Party>();
  });
});

describe('whoCanRead', () => {
  test('returns ReadReport[]', () => {
    expectTypeOf(whoCanRead).returns.toEqualTypeOf<ReadReport[]>();
  });

  test('a report carries codes and data, no English sentence', () => {
    expectTypeOf<ReadReport['reason']>().toEqualTypeOf<ReadableReason | UnreadableReason>();
    expectTypeOf<ReadReport['wrapCount']>().toEqualTypeOf<number>();
    expectTypeOf<ReadReport>().not.toHaveProperty('explanation');
  });

  test('text and via exist only when canRead is true', () => {
    expectTypeOf<Extract<ReadReport, { canRead: true }>['text']>().toEqualTypeOf<string>();
    expectTypeOf<Extract<ReadReport, { canRead: false }>>().not.toHaveProperty('text');
    expectTypeOf<
      Extract<ReadReport, { canRead: false }>['reason']
    >().toEqualTypeOf<UnreadableReason>();
  });

  test('explain turns a report into a string', () => {
    expectTypeOf(explain).parameters.toEqualTypeOf<[ReadReport]>();
    expectTypeOf(explain).returns.toEqualTypeOf<string>();
  });
});

describe('errors', () => {
  test('the error codes are a closed union', () => {
    expectTypeOf<ErrorCode>().toEqualTypeOf<
      | 'malformed'
      | 'tampered'
      | 'not-a-recipient'
      | 'replayed'
      | 'unknown-participant'
      | 'sender-key-mismatch'
      | 'unknown-conversation'
      | 'not-a-member'
      | 'invalid-argument'
    >();
    expectTypeOf<E2eeKitError['code']>().toEqualTypeOf<ErrorCode>();
  });
});

describe('Envelope', () => {
  test('every field is readonly', () => {
    expectTypeOf<Envelope>().toEqualTypeOf<Readonly<Envelope>>();
    expectTypeOf<Envelope['header']>().toEqualTypeOf<Readonly<Envelope['header']>>();
    expectTypeOf<Envelope['wraps']>().toEqualTypeOf<readonly WrappedKey[]>();
    expectTypeOf<WrappedKey>().toEqualTypeOf<Readonly<WrappedKey>>();
  });

  test('its wraps cannot be pushed to', () => {
    // @ts-expect-error: `wraps` is a readonly array, it has no push.
    expectTypeOf<Envelope['wraps']['push']>().toBeFunction();
  });
});

describe('Device', () => {
  test('receive returns the messages and the refused envelopes', () => {
    expectTypeOf<Device['receive']>().returns.toEqualTypeOf<ReceiveResult>();
    expectTypeOf<ReceiveResult['refused'][number]['error']>().toEqualTypeOf<Error>();
  });
});
