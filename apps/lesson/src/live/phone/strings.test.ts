import { describe, expect, it } from 'vitest';
import { describeTranslation, flattenStrings } from '../../test-fixtures/translation-checks.js';
import { joinRefusals } from './join-class.js';
import { livePhoneEn } from './strings.en.js';
import { livePhoneFr } from './strings.fr.js';

describeTranslation('phone strings', livePhoneEn, livePhoneFr);

describe('phone strings for the join form', () => {
  it('has words for every join refusal the form explains', () => {
    const en = flattenStrings(livePhoneEn);
    for (const code of joinRefusals) {
      expect(en.get(`join.refused.${code}`), code).toBeTruthy();
    }
  });
});
