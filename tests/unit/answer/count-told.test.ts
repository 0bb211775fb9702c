import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Counts whose sentence tells another deed, another body's figure, another town, or a post at another body: each
// declined rather than given as the answer (reports written for the tests; towns, bodies and people invented).
const REPORTS = {
  'harl-siege.txt': `The last weeks of the Harl siege
Published: 4 February 2033 | Lantern Review

In January, the final push to retake the old quarter of Harl began. Thousands fled the old quarter through January.

By January 29, 2033, the evacuation of the old quarter of Harl was over, and the army celebrated. Those who had left registered as displaced.

Many welcomed the evacuation. In January alone, it is said, more than 900 people from Harl were arrested; a few of those arrests have since been confirmed.
`,
  'velm-uprising.txt': `Velm uprising toll rises
Published: 9 May 2034 | Northern Wire

The Tarvian Rights Front said at least 420 protesters were killed in the Velm uprising.

So far the authorities have acknowledged the deaths of only 80 people held in detention, the Front added.
`,
  'osk-arrests.txt': `Arrests mount in Osk province
Published: 3 March 2035 | Osk Monitor

Nearly 60 arrests in Brenn and at least 12 more in Tavy have been reported to the Osk Monitor. Brenn and Tavy are towns of Osk province; the unrest there started in Oskel, its capital, on March 1.

Many of those held were moved to the central prison in Kadra.
`,
  'ovel-statement.txt': `Rights groups condemn the Kessin crackdown
Published: 2 April 2036 | Ovel Daily

“The authorities are hiding the true toll,” said Mara Tesk, Harbour Aid’s regional director.

The Ovel Rights Watch report counted 61 dead in Kessin.
`,
  'kell-attack.txt': `Gas attack on Kell
Published: 12 June 2037 | Valley Post

About the attack
On June 2, 2037, the town of Kell was the target of a gas attack.
Helicopters dropped gas bombs on houses in Kell, according to reports, with at least 30 dead and hundreds hurt.

Today, the Kell Weapons Prohibition Office (KWPO) released a report that found the army responsible for the deadly attack on Kell on June 2, 2037.
`,
  'kell-monitor.txt': `Kell Monitor
Published: 13 June 2037 | Kell Monitor

Since the 2nd of June 2037 the bombardment of Kell has left thousands of casualties and wounded, the Kell Monitor for Human Rights has documented.
`,
};

describe('a count whose sentence tells something else than the count asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a figure of arrests WHEN the people evacuated are asked THEN not in the archive, 900 not given', () => {
    const { answer } = ask(index, 'How many people were evacuated from Harl?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b900\b/);
  });

  it('GIVEN the same report WHEN the people arrested are asked THEN 900', () => {
    const { answer } = ask(index, 'How many people from Harl were arrested in January 2033?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b900\b/);
  });

  it('GIVEN deaths in detention WHEN the detainees released are asked THEN not in the archive, 80 not given', () => {
    const { answer } = ask(index, 'How many detainees did the authorities release according to the Tarvian Rights Front?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b80\b/);
  });

  it("GIVEN a rights group's toll WHEN the toll of the country's interior ministry is asked THEN not in the archive", () => {
    const { answer } = ask(index, "How many protesters were killed in the Velm uprising according to Tarvia's interior ministry?");
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b420\b/);
  });

  it("GIVEN the same report WHEN the rights group's toll is asked THEN 420", () => {
    const { answer } = ask(index, 'How many protesters were killed in the Velm uprising according to the Tarvian Rights Front?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b420\b/);
  });

  it('GIVEN arrests counted in two other towns WHEN the arrests in the town where protests began are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'How many protesters were arrested in Oskel according to the Osk Monitor?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b(?:12|60)\b/);
  });

  it('GIVEN the same sentence WHEN the arrests in one of its towns are asked THEN its own count', () => {
    const { answer } = ask(index, 'How many arrests were there in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b60\b/);
  });

  it("GIVEN another body's director WHEN the director of the body asked is asked THEN not in the archive, no wrong name", () => {
    const { answer } = ask(index, 'Who is the director of Ovel Rights Watch?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Mara Tesk/);
  });

  it('GIVEN medics\' figure WHEN the injured are asked according to an acronym\'s report THEN not in the archive', () => {
    const { answer } = ask(index, 'How many people were injured in the Kell attack according to the KWPO report?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/hundreds|thousands/);
  });
});
