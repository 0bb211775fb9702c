import { beforeAll, describe, expect, it } from 'vitest';
import { ask, buildArchive } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Where something happened, on reports written for these tests: a march whose question names "the White House for
 * the Freedom March" (two names, not one body), a crowd that came "from across the United States", a speaker who was
 * "spokesperson of the State Department"; a monitor's toll whose places are parts of two regions.
 */
const enc = new TextEncoder();
const REPORTS: Record<string, string> = {
  'washington-march.txt': `Vardanian-Americans march in Washington

Last week, thousands of Vardanian-Americans from across the United States converged on Washington's Liberty Plaza to call for democratic change in Vardania. They then marched to the White House, where they urged support for the uprising at home.

Lena Holm, former deputy spokesperson of the State Department, also delivered remarks at the Washington Vardania Freedom March.
`,
  'strikes.txt': `Monitor: six months of air strikes

The monitor said 1,200 fighters of the Crescent Legion were killed by air strikes on their positions in the east.
And 40 fighters from the Dawn Brigade were killed by air strikes on their bases in the western countryside of Hama and the southern countryside of Raqqa.
`,
  'milan-summit.txt': `Exiles hold Freedom Summit in Milan

Speaking at the Vardania Freedom Summit in the Italian city, opposition leader Nora Lind called for free elections and warned against a return to military rule.

“For thirty years our people have fought for freedom, against the generals and the colonels alike,” Lind declared to a full auditorium at Milan's Palazzo delle Stelline, referring to the two juntas that ruled the country.
`,
  'oslo-campaign.txt': `Vardanian exiles launch a spring campaign in Oslo

Oslo, March 2, 2021 — Vardanian exiles have launched a campaign of events in support of the uprising at home. These events include briefings for members of parliament in both March and April 2021, a photo exhibition of the victims in front of the Storting, and a vigil.
`,
};

describe('the reader finds where it happened', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN "before marching to the White House for the Freedom March" THEN where they gathered, not where they came from nor an office\'s body', () => {
    const a = answer('Where in Washington did Vardanian-Americans gather before marching to the White House for the Vardania Freedom March?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Washington's Liberty Plaza/);
  });

  it('GIVEN "which venue in Milan hosted the summit" THEN the palace named with its Italian particle, rather than a sentence quoted for no place', () => {
    const a = answer('Which venue in Milan hosted the Vardania Freedom Summit where Lind warned against a return to military rule?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Milan's Palazzo delle Stelline/);
  });

  it('GIVEN a question on March 2021 and "briefings in both March and April 2021, a photo exhibition in front of the Storting" THEN March is named, so the sentence is not of another period', () => {
    const a = answer("where is the vardanian exiles' photo exhibition of the victims (march 2021 campaign) being held?");
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Storting/);
  });

  it('GIVEN fighters killed "in the western countryside of Hama and the southern countryside of Raqqa" THEN both parts are the answer, not the group they came from', () => {
    const a = answer('Where were the Dawn Brigade fighters killed by air strikes?');
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The western countryside of Hama and the southern countryside of Raqqa/);
  });

});

/* A monitor's report read alone: one long sentence listing the places shells hit, clause by clause. */
const SHELLING: Record<string, string> = {
  'shelling.txt': `The Monitor for Human Rights

The toll of the shells on the capital Ostrov and its suburbs rose to 12 at least, they are 8 people including a child who were killed after shells hit the areas of Lerna Square, Mill Street and Bazaar Street in the center of Ostrov, and 4 citizens including a woman and two sisters were killed in the fall of shells on areas in Karvi Suburb, also the shells targeted areas in Tamor Suburb, and the death toll is expected to rise because there are about 40 injured people.

On Monday, rockets fell on a suburb east of the capital without casualties.
`,
};

describe('the reader finds where, clause by clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = (await buildArchive(Object.entries(SHELLING).map(([name, text]) => ({ name, bytes: enc.encode(text) })))).index;
  });
  const answer = (q: string) => ask(index, q).answer;

  it('GIVEN "which Ostrov suburb saw 4 people killed, including two sisters" THEN the suburb of that clause, not the next one the sentence lists', () => {
    const q = 'Which Ostrov suburb saw 4 people killed by shells, including two sisters?';
    const a = answer(q);
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Karvi Suburb/);
    // The reader on its own too: the death toll told after "Tamor Suburb, and …" is another clause's.
    expect(readAnswer(analyseQuestionFor(q, lexiconOf(index)), index).answer?.text).toMatch(/^Karvi Suburb/);
  });
});
