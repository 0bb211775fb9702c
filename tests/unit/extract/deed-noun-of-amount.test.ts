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
 * "the death of at least 31 residents, and the wounding of up to 420 others": the deed's noun right before "of"
 * gives the amount its measure; the wounding named after it is the next amount's.
 */
describe('a deed noun before "of" and an amount', () => {
  it('GIVEN "the death of N …, and the wounding of M others" THEN N is killed and M injured', () => {
    const figs = figuresOf('Gas attack on Varnis\n\nThe inquiry received information on the death of at least 31 residents of Varnis, and the wounding of up to 420 others.');
    const byValue = new Map(figs.map((f) => [f.value ?? f.lower ?? f.upper, f.measure]));
    expect(byValue.get(31)).toBe('killed');
    expect(byValue.get(420)).toBe('injured');
  });

  it('GIVEN "the arrest of N students, and the killing of M" THEN N is arrested and M killed', () => {
    const figs = figuresOf('Crackdown in Varnis\n\nThe city council condemned the arrest of 64 students in Varnis on Monday, and the killing of two others.');
    expect(figs.find((f) => f.value === 64)?.measure).toBe('arrested');
    expect(figs.find((f) => f.value === 2)?.measure).toBe('killed');
  });
});
