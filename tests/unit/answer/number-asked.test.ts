import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "…, monitor number?" asks for a number the way chat users type it: a passage that only shares the question's words
 * ("these numbers likely understate …") states none and is no answer.
 */
const REPORTS: Record<string, string> = {
  'vardania-sentences.txt': `Vardanian courts handed down record sentences in 2030, monitor says

Marsh Courier

March 3, 2031

The Vardanian Rights Monitor said courts in Vardania handed down prison sentences to at least 640 people in 2030.

The Monitor stresses that these numbers likely understate the true scale of the problem, as many sentences for strike offences are handed down in closed courts.
`,
};

describe('a number asked tersely', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, monitor number?" in a dated report THEN an answer stating no number (its source’s date aside) is not given', () => {
    for (const q of ['sentences for strike offences in 2030, monitor number?', 'strike offence sentences vardania 2030 monitor figure?', "closed court sentences for strike offences - the monitor's count?"]) {
      const a = ask(index, q).answer;
      const said = a.text.replace(/\([^)]*\)/g, ' ');
      expect(a.answered && !/\d/.test(said)).toBe(false);
      expect(a.text).not.toMatch(/likely understate/);
    }
  });

  it('GIVEN the same report THEN a count asked plainly is still answered with its number', () => {
    const a = ask(index, 'how many people did vardanian courts sentence to prison in 2030?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/640/);
  });

  it('GIVEN "which figure …" asking a person THEN it is not refused for stating no number', () => {
    const a = ask(index, 'which figure at the Vardanian Rights Monitor said the numbers understate the problem?').answer;
    expect(a.text).not.toMatch(/No sentence gives the number asked/);
  });
});
