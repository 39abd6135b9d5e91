import { describe, expect, it } from 'vitest';
import { predictions } from '../demo-kit/predictions.js';
import { voteQuestion, voteQuestionIds, voteQuestions } from './vote-questions.js';

describe('voteQuestions', () => {
  it('are the slide mode’s prediction questions, under slugs the server takes', () => {
    for (const id of voteQuestionIds) {
      expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      expect(voteQuestion(id)).toBe(predictions[voteQuestions[id]]);
      for (const choice of voteQuestion(id).choices) {
        expect(choice).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
      }
    }
    expect(new Set(Object.values(voteQuestions))).toEqual(new Set(Object.keys(predictions)));
  });
});
