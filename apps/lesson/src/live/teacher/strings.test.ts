import { describeTranslation } from '../../test-fixtures/translation-checks.js';
import { liveSharedEn } from '../strings.en.js';
import { liveSharedFr } from '../strings.fr.js';
import { liveTeacherEn } from './strings.en.js';
import { liveTeacherFr } from './strings.fr.js';

describeTranslation('teacher strings', liveTeacherEn, liveTeacherFr);
describeTranslation('strings shared by the live pages', liveSharedEn, liveSharedFr);
