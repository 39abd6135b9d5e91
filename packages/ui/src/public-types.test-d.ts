/**
 * Type-level tests of the public surface (Vitest typecheck mode): renaming a
 * label key or making a prop required breaks every app that translates or
 * renders these components, so the shapes are pinned here.
 */
import type { ComponentProps } from 'react';
import { describe, expectTypeOf, it } from 'vitest';
import type {
  BadgeStatus,
  BytesLabels,
  VoteTallyLabels,
  WhoCanReadMatrix,
  WhoCanReadMatrixLabels,
  WhoCanReadMatrixProps,
  WhoCanReadRow,
} from './index.js';

describe('WhoCanReadMatrix', () => {
  it('needs rows and nothing else', () => {
    type Required<T> = { [K in keyof T]-?: undefined extends T[K] ? never : K }[keyof T];
    expectTypeOf<Required<WhoCanReadMatrixProps>>().toEqualTypeOf<'rows'>();
    expectTypeOf<ComponentProps<typeof WhoCanReadMatrix>>().toEqualTypeOf<WhoCanReadMatrixProps>();
    expectTypeOf<WhoCanReadMatrixProps['rows']>().toEqualTypeOf<readonly WhoCanReadRow[]>();
  });

  it('takes any subset of its labels', () => {
    expectTypeOf<WhoCanReadMatrixProps['labels']>().toEqualTypeOf<
      Partial<WhoCanReadMatrixLabels> | undefined
    >();
  });

  it('has these label keys', () => {
    expectTypeOf<keyof WhoCanReadMatrixLabels>().toEqualTypeOf<
      | 'caption'
      | 'messageHeader'
      | 'canRead'
      | 'cannotRead'
      | 'notTried'
      | 'cellName'
      | 'newColumn'
      | 'showEarlier'
      | 'showLatest'
      | 'keyboardHint'
      | 'roles'
      | 'reasons'
    >();
    expectTypeOf<WhoCanReadMatrixLabels['cellName']>().toEqualTypeOf<
      (partyName: string, canRead: boolean | undefined, messageNumber: number) => string
    >();
  });
});

describe('labels of the other components', () => {
  it('VoteTallyLabels has these keys', () => {
    expectTypeOf<keyof VoteTallyLabels>().toEqualTypeOf<
      'title' | 'against' | 'for' | 'notVoting' | 'summary'
    >();
  });

  it('BytesLabels counts bytes with a function', () => {
    expectTypeOf<BytesLabels['byteCount']>().toEqualTypeOf<(count: number) => string>();
  });
});

describe('BadgeStatus', () => {
  it('is exactly these statuses', () => {
    expectTypeOf<BadgeStatus>().toEqualTypeOf<
      'can-read' | 'cannot-read' | 'ghost' | 'attacker' | 'provider' | 'warning' | 'ok'
    >();
  });
});
