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

const REPORT = `Front puts the autumn death toll above 900

12 March 2031 :

In a statement dated March 10, 2031, the Exile Council put the number of demonstrators killed across Vardania this autumn at over 900. The Freedom Front has now put out the names of 31 more victims, bringing to 412 the number of the dead it has identified by name across 40 towns.
`;

/*
 * "put out the names of 31 more victims, bringing to 412 the number of the dead it has identified by name": the amount
 * brought to is the total, of what the words after it name last; "31 more" only adds to it.
 */
describe('a total brought to, and the amount that adds to it', () => {
  it('GIVEN "N more …, bringing to M the number of those … identified by name" THEN M is the identified count, N is not', () => {
    const figs = figuresOf(REPORT);
    expect(figs.find((f) => f.value === 412)?.measure).toBe('identified');
    expect(figs.find((f) => f.value === 31)?.measure).not.toBe('identified');
  });

  it('GIVEN "how many had been identified by name?" THEN the total, not the names added', async () => {
    const index = await archiveOfTexts({ 'toll.txt': REPORT });
    const a = ask(index, 'How many of the dead had the Freedom Front identified by name?').answer;
    expect(a.text).toMatch(/\b412\b/);
    expect(a.text).not.toMatch(/\b31\b/);
  });
});
