// One-off check, deleted with en.ts and fr.ts: the assembled lesson is the old one, word for word.
import { describe, expect, it } from 'vitest';
import { assemble } from './assemble.js';
import { en } from './en.js';
import { fr } from './fr.js';
import { outline } from './outline.js';
import { textEn } from './text.en.js';
import { textFr } from './text.fr.js';

describe(assemble, () => {
  it('gives the old English lesson', () => {
    expect(assemble(outline, textEn)).toStrictEqual(en);
  });
  it('gives the old French lesson', () => {
    expect(assemble(outline, textFr)).toStrictEqual(fr);
  });
});
