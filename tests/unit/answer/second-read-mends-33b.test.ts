import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Checks of the last three merges of stop 33 that declined or replaced answers their reports give (found by a second
// read of those merges, or by scoring the merges together): each case is a report of the genre in invented words.
const REPORTS = {
  'rights.txt': `Crackdown toll rises in Varnia
Published: 12 November 2032 | Northern Wire

At least 500 protesters have been killed since September, according to rights groups. The Varnia Human Rights Centre said many more were missing.
`,
  'letter.txt': `Hunger strikers write from Kessa prison
By Jon Smith
Published: 3 March 2033 | Harbour Post

Twelve prisoners on hunger strike in Kessa prison wrote an open letter to the justice minister on Monday. The letter, smuggled out by relatives, asks for an end to solitary confinement.
`,
  'lind.txt': `Activist held at Orvel rally
Published: 19 June 2033 | Exile Voice

The activist Sara Lind was arrested on June 17 during the rally in Orvel, her lawyer said.
`,
  'ministry.txt': `Tarvia says 410 killed in air raids
Published: 3 May 2033 | Northern Wire

The Tarvian health ministry put the toll of the air raids since April 20 at 410 dead in a statement on Tuesday.

The dead of the air raids included 17 children and four nurses, the ministry said.
`,
};

describe('second read of the last merges of stop 33: answers the reports give are given', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a toll "according to rights groups" WHEN it is asked "according to human rights groups" THEN it answers (a kind of source is no name a report must write whole)', () => {
    const { answer } = ask(index, 'how many protesters have been killed according to human rights groups?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/at least 500 protesters/);
  });

  it('GIVEN a report with a byline telling of an open letter WHEN who wrote the letter mentioned in the report is asked THEN the byline is not given (the letter is asked of, not the report)', () => {
    const { answer } = ask(index, 'Who wrote the open letter mentioned in the report on the hunger strike?');
    expect(answer.text).not.toMatch(/Jon Smith/);
  });

  it('GIVEN "arrested on June 17 during the rally" WHEN when she was arrested at the June 17 rally is asked THEN June 17 answers (a day naming the occasion is no title given back)', () => {
    const { answer } = ask(index, 'When was Sara Lind arrested at the June 17 rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^June 17, 2033/);
  });

  it('GIVEN "…, the ministry said" in a report naming the health ministry before WHEN the count according to the health ministry on a day is asked THEN it answers', () => {
    const { answer } = ask(index, 'How many children were killed in the air raids, according to the health ministry on 3 May?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/17 children/);
  });

  it('GIVEN a French question "à partir de lundi" WHEN it is asked THEN "partir" is not read as a town the archive lacks', () => {
    const { answer } = ask(index, 'combien de manifestants ont été arrêtés à partir de lundi ?');
    expect(answer.text).not.toMatch(/nothing on partir/i);
  });
});
