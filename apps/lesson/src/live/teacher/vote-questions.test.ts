import { describe, expect, it } from 'vitest';
import { demosEn } from '../../demo-kit/strings.en.js';
import { demosFr } from '../../demo-kit/strings.fr.js';
import { voteQuestionIds, voteQuestions } from './vote-questions.js';

describe('voteQuestions', () => {
  // The console and the projector take the questions' words from the slide
  // mode's prediction strings: each id and choice must have them, in both languages.
  it.each([
    ['en', demosEn.predict],
    ['fr', demosFr.predict],
  ] as const)('has the slide mode’s words for every question and choice (%s)', (_lang, words) => {
    for (const id of voteQuestionIds) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/); // the server's vote API takes slugs
      const question = words[voteQuestions[id].strings] as Record<string, string>;
      expect(question.question).toBeTruthy();
      expect(question.why).toBeTruthy();
      for (const choice of voteQuestions[id].choices) expect(question[choice]).toBeTruthy();
      expect(voteQuestions[id].choices).toContain(voteQuestions[id].answer);
    }
  });
});
