import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/domain/types.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { extractFigures } from '../../../src/extract/figures.ts';
import type { PeopleResult } from '../../../src/extract/people.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();
const noPeople: PeopleResult = { speakers: [], mentions: [] };

function figuresOf(text: string): Figure[] {
  const article = articleFromText(text);
  return extractFigures(nlp, article, splitSentences(nlp, article), noPeople, []);
}

/*
 * A crowd is no toll: "thousands chanted the name of a poet who died in jail" counts people chanting, and "his death
 * brought thousands to the streets" people the death moved; neither counts the dead.
 */
describe('a crowd beside a death', () => {
  it('GIVEN "thousands chanted “Arvid Lenmark,” the name of a poet who died …" THEN no count of the killed', () => {
    const figs = figuresOf('Vigil in Tolvik\n\nCandles burned over the harbour square on Sunday evening as thousands chanted “Arvid Lenmark,” the name of a young poet who died following his arrest by the harbour guards.');
    expect(figs.filter((f) => f.measure === 'killed')).toEqual([]);
  });

  it('GIVEN "Lenmark later died in jail and his death brought thousands to the streets" THEN no count of the killed', () => {
    const figs = figuresOf('Unrest in Tolvik\n\nLenmark later died in jail and his death brought thousands to the streets who were no longer only asking for justice.');
    expect(figs.filter((f) => f.measure === 'killed')).toEqual([]);
  });

  it('GIVEN "52 from that group who were killed" THEN 52 killed still', () => {
    const figs = figuresOf('Camp raid\n\nAround 100 stayed at the old camp, and it was 52 from that group who were killed at the beginning of May.');
    expect(figs.find((f) => f.value === 52)?.measure).toBe('killed');
  });
});
