import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts of a camp raid and of a protest (nineteenth probe): "claimed the lives of" tells deaths, people who live in a
// camp are not its dead, soldiers are not counted by "19 people", and "put the number of participants at" gives the crowd.
const REPORTS = {
  'tarsel-camp.txt': `Ministry faults raid on Tarsel settlement

From a Staff Writer

The Ministry of Roads criticised the Vellan guard this week, saying a botched attempt last month to open a checkpoint in the Tarsel settlement led to clashes that claimed the lives of at least nine of the settlers.

About 4,200 Osmani settlers reside in the settlement known as Camp Tarsel, a community based in Vellany since the 1990s.

Vellan guards entered the camp on May 14, saying they wanted to open a checkpoint there.
`,
  'kelmar-protest.txt': `Exiles protest envoy's speech at the Assembly

Thousands of exiles gathered outside the Grand Assembly on Wednesday to protest envoy Orin Tash's speech, calling for his dismissal.

The protesters gathered at Vantor Plaza, directly across from the Assembly hall, as Tash delivered his speech. Organizers put the number of participants at 4,000.

"Tash does not deserve a seat here, he is not the voice of the people," said activist Lena Morrow.
`,
  'osk-raid2.txt': `Relief agency says 19 killed in Osk camp raid

The Relief Agency said on Thursday that a raid by the Varnian army on Camp Osk killed 19 people last week.

Three of the bodies appeared to have been crushed, a diplomat said.
`,
};

describe('counts of raids and crowds', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "clashes that claimed the lives of at least nine of the settlers" WHEN asked how many settlers died THEN nine', () => {
    const { answer } = ask(index, 'How many settlers died in the raid on Camp Tarsel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^At least nine of the settlers\b/);
  });

  it('GIVEN "About 4,200 settlers reside in the settlement" WHEN asked how many settlers died THEN never the settlers who live there', () => {
    const { answer } = ask(index, 'How many Osmani settlers died in the May raid on Camp Tarsel?');
    expect(answer.text).not.toMatch(/4,200/);
  });

  it('GIVEN "Organizers put the number of participants at 4,000" WHEN asked how many protested, per the organizers THEN 4,000', () => {
    const { answer } = ask(index, 'How many people protested against Tash outside the Assembly, according to the organizers?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^4,000, according to organizers\b/);
  });

  it('GIVEN "a raid … killed 19 people" WHEN asked how many soldiers were killed THEN the people at large are not the soldiers', () => {
    expect(ask(index, 'How many Varnian soldiers were killed in the raid on Camp Osk?').answer.text).not.toMatch(/^19\b/);
    expect(ask(index, 'How many soldiers were killed in the raid on Camp Osk?').answer.text).not.toMatch(/^19\b/);
    expect(ask(index, 'How many people were killed in the raid on Camp Osk?').answer.text).toMatch(/^19 people\b/);
  });
});
