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
  type AccessOrder,
  type GroupMode,
  type KitToken,
  type ReadReceipt,
  type RestoreOptions,
  Device as DeviceClass,
  Provider as ProviderClass,
  EscrowAuthority,
  Thief,
  parseReadReceipt,
  receiptToJson,
  type Provider,
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
      | 'unsupported-version'
      | 'tampered'
      | 'key-commitment-mismatch'
      | 'not-a-recipient'
      | 'replayed'
      | 'unknown-participant'
      | 'uncertified-device'
      | 'sender-key-mismatch'
      | 'weak-key'
      | 'unknown-conversation'
      | 'mode-mismatch'
      | 'unknown-epoch'
      | 'stale-epoch'
      | 'fork'
      | 'commit-gap'
      | 'invalid-commit'
      | 'not-a-member'
      | 'escrow-missing'
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
    expectTypeOf<ReceiveResult['refused'][number]['error']>().toEqualTypeOf<E2eeKitError>();
  });

  test('received() is now messages(), and open takes an envelope or its JSON', () => {
    expectTypeOf<Device>().not.toHaveProperty('received');
    expectTypeOf<Device['messages']>().toBeFunction();
    expectTypeOf<Device['open']>().parameter(0).toEqualTypeOf<Envelope | string | Uint8Array>();
  });

  test('createConversation takes a group mode', () => {
    expectTypeOf<NonNullable<Parameters<Device['createConversation']>[2]>['mode']>().toEqualTypeOf<
      GroupMode | undefined
    >();
  });
});

describe('Provider', () => {
  test('orderClientUpdate returns an AccessOrder of kind client-update', () => {
    expectTypeOf<Provider['orderClientUpdate']>().returns.toEqualTypeOf<AccessOrder>();
    expectTypeOf<AccessOrder['kind']>().toEqualTypeOf<'provider-roster' | 'client-update'>();
  });
});

describe('the live-client API', () => {
  test('device secrets and restore', () => {
    expectTypeOf<Device['exportSecrets']>().returns.toEqualTypeOf<string>();
    expectTypeOf<Kit['restoreDevice']>().parameters.toEqualTypeOf<
      [Provider, string, (RestoreOptions | undefined)?]
    >();
    expectTypeOf<Kit['restoreDevice']>().returns.toEqualTypeOf<Device>();
    expectTypeOf<Kit['restoreEscrowAuthority']>().returns.toEqualTypeOf<EscrowAuthority>();
    expectTypeOf<EscrowAuthority['exportSecrets']>().returns.toEqualTypeOf<string>();
  });

  test('the mirror and the provider-side checks', () => {
    expectTypeOf<Provider['importCommit']>().toEqualTypeOf<
      (conversation: string, commitText: string) => boolean
    >();
    expectTypeOf<Provider['importRosterChange']>().returns.toEqualTypeOf<boolean>();
    expectTypeOf<Parameters<Provider['importRosterChange']>[1]['op']>().toEqualTypeOf<
      'add' | 'remove'
    >();
    expectTypeOf<Provider['checkEnvelope']>().returns.toBeVoid();
    expectTypeOf<Provider['checkReadReceipt']>().returns.toBeVoid();
  });

  test('read receipts', () => {
    expectTypeOf<Device['readReceipt']>().returns.toEqualTypeOf<ReadReceipt>();
    expectTypeOf<ReadReceipt>().toEqualTypeOf<Readonly<ReadReceipt>>();
    expectTypeOf<ReadReceipt['signature']>().toEqualTypeOf<Uint8Array>();
    expectTypeOf(receiptToJson).returns.toEqualTypeOf<string>();
    expectTypeOf(parseReadReceipt).returns.toEqualTypeOf<ReadReceipt>();
  });

  test('the ordered client update', () => {
    expectTypeOf<Device['applyClientUpdate']>().returns.toEqualTypeOf<string>();
  });

  test('constructors need a KitToken, which nothing outside a kit can make', () => {
    // @ts-expect-error: a Device is made by kit.device(), not with new.
    expectTypeOf(() => new DeviceClass()).toBeFunction();
    // @ts-expect-error: a Provider is made by kit.provider().
    expectTypeOf(() => new ProviderClass(null, 'fake')).toBeFunction();
    // @ts-expect-error: an authority is made by kit.escrowAuthority().
    expectTypeOf(() => new EscrowAuthority(null, 'agency', 'Agency')).toBeFunction();
    // @ts-expect-error: a thief is made by kit.thief().
    expectTypeOf(() => new Thief(undefined, 'mallory', 'Mallory')).toBeFunction();
    // Its private field makes it nominal: no look-alike object is one.
    expectTypeOf<object>().not.toExtend<KitToken>();
    expectTypeOf<{ sodium: unknown; random: unknown; now(): number }>().not.toExtend<KitToken>();
  });
});
