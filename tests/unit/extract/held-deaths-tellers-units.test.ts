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
 * People described by a participle ("marchers arrested during the riots") and then told to have died count the dead;
 * people counted as those who confirm a death are the tellers; an amount of a unit counts no one.
 */
describe('what a count of held people, of tellers and of a unit measures', () => {
  it('GIVEN "seven marchers arrested during the riots have died in prison" THEN seven killed', () => {
    const figs = figuresOf('Deaths behind bars\n\nAt least seven marchers arrested during the bread riots in Korvia have died in prison, a watchdog said on Friday.');
    expect(figs.find((f) => f.value === 7)?.measure).toBe('killed');
  });

  it('GIVEN "Two senators later confirmed the death of a student" THEN no count of the killed', () => {
    const figs = figuresOf('Deaths behind bars\n\nTwo Korvian senators later confirmed the death of a student in the Tamsk lock-up.');
    expect(figs.filter((f) => f.measure === 'killed')).toEqual([]);
  });

  it('GIVEN "arrested for carrying 40 grams of cannabis" THEN no count of the arrested', () => {
    const figs = figuresOf('Deaths behind bars\n\nWardens claimed the student had been arrested for carrying 40 grams of cannabis.');
    expect(figs.filter((f) => f.measure === 'arrested')).toEqual([]);
  });

  it('GIVEN "12 marchers arrested in the square were released" THEN twelve arrested still', () => {
    const figs = figuresOf('Releases\n\nSome 12 marchers arrested in the square were released on bail.');
    expect(figs.find((f) => f.value === 12)?.measure).toBe('arrested');
  });
});
