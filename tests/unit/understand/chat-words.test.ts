import { describe, expect, it } from 'vitest';
import { cleanQuestion } from '../../../src/understand/understand.ts';

/*
 * Chat words ("lol", "pls", "tbh") say nothing a report must hold; "…truce - who drafted it?" asks who did the deed to
 * the thing named before, as "…rally, who organised it?" does.
 */
describe('chat words and "who … it"', () => {
  it('GIVEN "lol" after a terse question THEN it is dropped and "it" is the thing named', () => {
    expect(cleanQuestion('varnia 20 day truce - who drafted it lol')).toBe('who drafted the varnia 20 day truce?');
  });

  it('GIVEN "pls" before a question THEN it is dropped', () => {
    expect(cleanQuestion('pls how many people were arrested in Ostra?')).toBe('how many people were arrested in Ostra?');
  });

  it('GIVEN a word that only contains a chat word THEN it is kept', () => {
    expect(cleanQuestion('who spoke at the Lolland rally?')).toBe('who spoke at the Lolland rally?');
  });
});
