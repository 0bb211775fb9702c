import { describe, expect, it } from 'vitest';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';

/*
 * "What figure did X cite for the crowd?" asks the number X gave, not a person ("figure" as in "a public figure").
 */
describe('a figure someone gave', () => {
  const lex = { vocab: new Set<string>(), lowerSeen: new Set<string>(), places: new Map<string, string>(), cities: new Set<string>(), placeWords: new Set<string>() };

  it('GIVEN "what figure did X cite for the size of the crowd" THEN a count is expected', () => {
    expect(analyseQuestionFor('What figure did Ilse Korven cite for the size of the Ostrov crowd?', lex).expects).toBe('count');
    expect(analyseQuestionFor('what number did the Brenn police give for the marchers?', lex).expects).toBe('count');
  });

  it('GIVEN "which public figure spoke" THEN a person is still expected', () => {
    expect(analyseQuestionFor('which public figure spoke at the Ostrov rally?', lex).expects).toBe('agent');
  });
});
