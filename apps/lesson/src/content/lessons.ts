import { assemble } from './assemble.js';
import { outline } from './outline.js';
import { textEn } from './text.en.js';
import { textFr } from './text.fr.js';

/** The real lesson in each language: the outline with that language's words. */
export const lessons = {
  en: assemble(outline, textEn),
  fr: assemble(outline, textFr),
};
