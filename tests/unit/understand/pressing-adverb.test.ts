import { describe, expect, it } from 'vitest';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';

/*
 * "what exactly did X say …?": "exactly" (or "really", "actually") only presses the question; X is still the one whose
 * words are asked, as in "what did X say …?".
 */
describe('a question pressed by an adverb', () => {
  const lex = { vocab: new Set<string>(), lowerSeen: new Set<string>(), places: new Map<string, string>(), cities: new Set<string>(), placeWords: new Set<string>() };

  it('GIVEN "what exactly did pavel varga say about the hangings" THEN his words are asked, with him as the subject', () => {
    const a = analyseQuestionFor('what exactly did pavel varga say about the hangings?', lex);
    expect(a.expects).toBe('statement');
    expect(a.subject?.text.toLowerCase()).toBe('pavel varga');
  });

  it('GIVEN "what did pavel varga say" THEN the same subject', () => {
    expect(analyseQuestionFor('what did pavel varga say about the hangings?', lex).subject?.text.toLowerCase()).toBe('pavel varga');
  });
});
