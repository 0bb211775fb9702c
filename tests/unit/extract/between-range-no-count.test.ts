import { describe, expect, it } from 'vitest';
import type { Figure } from '../../../src/domain/types.ts';
import { ask } from '../../../src/engine.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { splitSentences } from '../../../src/extract/sentences.ts';
import { extractFigures } from '../../../src/extract/figures.ts';
import type { PeopleResult } from '../../../src/extract/people.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { articleFromText } from './events-article-builder.ts';

const nlp = createNlp();
const noPeople: PeopleResult = { speakers: [], mentions: [] };

function figuresOf(text: string): Figure[] {
  const article = articleFromText(text);
  return extractFigures(nlp, article, splitSentences(nlp, article), noPeople, []);
}

// Report written for the tests: invented country, town, force and newspaper.
const REPORT = `Nurse says many with wounds to head and chest

During protests, Lisk Guards said to massacre up to 80 people hiding in marsh

Gazette reports forces opened fire on demonstrators in city of Varn and then gunned down those who fled to nearby marsh

During recent protests in Lisk over bread prices, Lisk Guards forces massacred between 30 to 80 mostly unarmed young men, when they opened fire with machine guns on a marsh near the city of Varn where demonstrators had taken refuge, the Harbour Gazette reported Sunday.

The report comes a day after Lisk disputed death tolls issued abroad for bloodshed that erupted during protests two weeks ago, after a rights group said over 120 demonstrators were killed across the country.

The Harbour Gazette said it had interviewed five residents of Varn.
`;

/*
 * "massacred between 30 to 80 mostly unarmed young men": a range, told by "between" and joined by "to" (or "and"); neither
 * end is a count of the killed on its own ("30 people were killed" is not what the report says).
 */
describe('a range opened by "between"', () => {
  it('GIVEN "between 30 to 80 … men" THEN neither 30 nor 80 of that sentence is a figure of its own', () => {
    const values = figuresOf(REPORT).map((f) => f.value);
    expect(values).not.toContain(30);
    expect(values).toContain(120);
  });

  it('GIVEN the range THEN "how many were killed … according to the Harbour Gazette?" is not answered "30 people"', async () => {
    const index = await archiveOfTexts({ 'marsh.txt': REPORT });
    const a = ask(index, 'how many were killed in the Varn marsh according to the Harbour Gazette?').answer;
    expect(a.text).not.toMatch(/\b30 people\b/);
  });
});
