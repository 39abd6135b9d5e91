import { describeTranslation } from '../test-fixtures/translation-checks.js';
import { demosEn } from './strings.en.js';
import { demosFr } from './strings.fr.js';

describeTranslation('demo strings', demosEn, demosFr);
