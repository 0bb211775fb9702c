import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';

/*
 * "according to the Korvik Harbour Square report" tells which report by where it is, not an outlet's name: the town
 * and the square are words that report must hold, and another report's count, which names neither, is no answer.
 */
describe('a report asked by its place, in several words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-square.txt': `Korvik protesters back the women's uprising in Vardania

Marsh Courier

Korvik, May 3, 2031 – Protesters gathered once more in Harbour Square in Korvik to back the women's uprising in Vardania.

The demonstrations have involved more than 90 towns; at least 210 people have been killed, according to the Vardanian Rights Monitor.
`,
      'founder-interview.txt': `"Justice unites us": an interview

Coast Review

Since the uprising began in Vardania, the demonstrations of the Vardanian diaspora you organise have spread to more than 150 towns worldwide. What drives you?

My brother was killed in the crackdown. I helped to organise rallies in Tessa and Dallin.
`,
    });
  });

  it('GIVEN "according to the Korvik Harbour Square report" THEN not the count of the interview (the report asked gives 90; today the engine declines rather than read it)', () => {
    const a = ask(index, "How many towns had the Vardania uprising's demonstrations spread to, according to the Korvik Harbour Square report?").answer;
    expect(a.text).not.toMatch(/150/);
    expect(!a.answered || /\b90\b/.test(a.text)).toBe(true);
  });

  it('GIVEN the same question THEN the town and the square are names of the question, not an outlet', () => {
    const a = analyseQuestionFor("How many towns had the demonstrations spread to, according to the Korvik Harbour Square report?", lexiconOf(index));
    const korvik = a.terms.find((t) => t.fold === 'korvik');
    expect(korvik?.sort).toBe('name');
    expect(korvik?.locative).toBe(true);
    expect(a.terms.find((t) => t.fold === 'square')?.sort).toBe('name');
  });

  it('GIVEN an outlet after "according to" ("the Coast Review report") THEN it is still a source', () => {
    const a = analyseQuestionFor('How many towns had the demonstrations spread to, according to the Coast Review report?', lexiconOf(index));
    expect(a.terms.find((t) => t.fold === 'coast')?.sort).toBe('source');
  });
});
