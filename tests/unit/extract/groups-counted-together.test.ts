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

/* "At least 31 soldiers and civilians were killed": both groups are counted, not the soldiers alone. */
describe('groups of people joined by "and" after an amount', () => {
  it('GIVEN "31 soldiers and civilians were killed" THEN the count is of soldiers and civilians', () => {
    const figs = figuresOf('Gunmen fire on a harvest parade\n\nAt least 31 soldiers and civilians were killed and more than 60 wounded in the Sunday attack in the town of Kessel, the state news agency reported.');
    const f = figs.find((x) => x.value === 31 || x.lower === 31);
    expect(f?.counted).toBe('soldiers and civilians');
  });

  it('GIVEN "12 soldiers and two civilians" THEN each amount keeps its own group', () => {
    const figs = figuresOf('Raid on a border post\n\nThe raid killed 12 soldiers and two civilians near Kessel, officials said.');
    expect(figs.find((x) => x.value === 12)?.counted).toBe('soldiers');
  });
});
