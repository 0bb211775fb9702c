import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An undated report tells, in one sentence, two killings dated by their years, and in the next, a bloc's sanctions
// dated only "in March" (no year). Another report tells a dated arrest by the Morva police. Asked when the bloc's
// sanctions came, neither the killings' year (it dates the sentence beside the sanctions) nor the arrest's day (a
// sentence sharing only "spy agency" with the question) answers: the month the sanctions' own sentence gives does.
const REPORTS = {
  'vell-recall.txt': `Vell recalls its envoy to Karst

Vell recalled its ambassador to Karst for talks on Tuesday in a row over claims that Karst ordered the killings of two Vell nationals.
Last autumn, Vell's security service said it had firm proof that Karst had ordered the deaths of two Vell nationals of Karsti origin in 2021 and 2023. Vell then sent home three Karsti envoys from Orlenburg, and in March, the Northern Union hit a Karsti spy agency with sanctions after separate claims from Tesland and Morva that Karst planned attacks on its soil, the wire service said.
Karst denied any role in the plots.
`,
  'morva-arrest.txt': `Two held over plot in Morva

On August 9, 2024, Morva police officers, warned by the spy agency of a neighbour about a possible attack against a Karsti exiles' congress, stopped a van near the border.
The couple in the van were charged a week later.
Their lawyer said they would deny the charges.
The Northern Union was not involved in the case.
`,
  'brenn-series.txt': `Exiles end tour of rallies in Brenn

Some 400 exiles marched through the old town of Brenn on Saturday, May 4, 2030, to back the strikes at home.
Speakers thanked the town for its welcome.
The Brenn rally was the last and largest of a run of rallies by the exiles which began in Orlenburg, then went on in Lask, Tesland and Morva over six weeks, ahead of the yearly congress in mid-June at the lake camp.
`,
};

describe('the date of a deed: a sentence next to a dated one, a month without its year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the sanctions timed only by "in March" beside a sentence dating killings WHEN asked when the sanctions came THEN not the killings\' year', () => {
    const { answer } = ask(index, 'when did the Northern Union hit a Karsti spy agency with sanctions after the claims from Tesland and Morva?');
    expect(answer.answered ? answer.text : '').not.toMatch(/2021|2023/);
  });

  it('GIVEN the sanctions timed only by "in March" in an undated report WHEN asked when they came THEN that month, its year said to be unstated', () => {
    const { answer } = ask(index, 'When did the Northern Union impose sanctions on a Karsti spy agency?');
    expect(answer.text).toMatch(/^March \(year not stated\)/);
    expect(answer.text).not.toMatch(/August 9/);
    expect(answer.citations[0]?.excerpt ?? '').toMatch(/in March, the Northern Union hit a Karsti spy agency/);
  });

  it('GIVEN a rally dated in full, and "in mid-June" closing a sentence about the tour it ended WHEN asked when the rally was THEN its day, not the later congress\'s month', () => {
    const { answer } = ask(index, 'When was the Brenn rally that ended the run of rallies in Orlenburg, Lask, Tesland and Morva?');
    expect(answer.text).toMatch(/^May 4, 2030\b/);
  });
});
