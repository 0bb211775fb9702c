import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* Classes found by the seventeenth probe (trial rallies, tolls, press releases), pinned on invented reports. */
const REPORTS: Record<string, string> = {
  'hearing-rally.txt': `Marden, May 3, 2022: Exiled Lorvanians, supporters of the Lorvan Freedom League (LFL), rallied outside the hearing of the former warden Tomas Virel.

Alongside the rally, the 41st session of the trial of the warden Tomas Virel, one of the jailers of the Kesh prison, held in the Marden District Court.
`,
  'court-rally.txt': `Standing for Liberty and Law


Marden Rally by Lorvanians – May 3, 2022

May 3, 2022: Freedom-loving Lorvanians, LFL Supporters Rally in Marden, to Seek Justice on Lorvan’s 1990 Massacre

Marden, May 3, 2022: Freedom-loving Lorvanians, supporters of the Lorvan Freedom League (LFL), rallied outside the court session of the former warden Tomas Virel for justice.

LFL supporters are seeking justice for 4,000 prisoners killed in the 1990 massacre.
`,
  'death-sentence.txt': `A court in Velmar has sentenced a demonstrator to death as unrest grips the country.

The person, who has not been named, was found guilty of “waging war on the state” after setting fire to a tax office.

Concerns have been raised that the death sentence in Velmar will lead to more hangings, with the rights group Velmar Watch warning that at least 12 people face charges punishable by death.
`,
  'vossberg-rally.txt': `Several thousand exiles came from across Europe to rally in Vossberg on Saturday, calling on world leaders to put more pressure on the Kelmarian Republic‘s ruling generals.

“Instead of courting the generals, Europe should stand with the Kelmarian people,” Ilona Farrow, head of the Kelmarian Exile Council, told the rally.
`,
  'varo-death.txt': `At least 40 killed in Kelmar unrest, monitors say

Protests in Kelmar began on May 2 after the death of 30-year-old Lena Varo in the river town of Ostrik.

Varo was held by the border guard on April 27 for allegedly carrying leaflets. She passed away three days later on April 30.
`,
  'dellin-evacuation.txt': `Evacuation of Port Dellin begins

At least 800 residents were taken out of east Port Dellin by bus on Friday, the Harbour Aid Committee said.

Dervo Abu Kallan, of the Vardanian Civil Defence, told Radio Ostra that militias loyal to the government reportedly killed at least one person and injured four mo
`,
  'clinic-release.txt': `Hundreds treated for poisoning in clinics backed by Helping Hands

Velden, 3 May 2014 - Two clinics in Ostra's Marsh province that are supported by the relief group Helping Hands have reported that they treated about 900 patients with signs of poisoning on the morning of Friday, May 2, 2014.

“Our staff could not reach the clinics,” said Dr Ansel Brik, the group's head of operations.
`,
  'warden-verdict.txt': `A court in Marden on Thursday sentenced a former Lorvan official to life in prison.

The Marden District Court said that Tomas Virel, 64, took part in grave abuses in 1990 while working as a deputy to the chief warden at the Kesh prison outside the town of Arlo.
`,
};

describe('seventeenth probe classes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the session …, held in the Marden District Court" THEN the court did not hold the rally', () => {
    const a = ask(index, 'Who held the rally outside the Virel trial in May 2022?').answer;
    expect(a.answered && /District Court/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN a headline "Rally in Marden, to Seek Justice on …" THEN the rally is in Marden, not "Seek Justice"', () => {
    const a = ask(index, 'Where did LFL supporters rally on May 3, 2022?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Marden/);
    expect(a.text.split('“')[0]).not.toMatch(/Seek Justice/);
  });

  it('GIVEN a demonstrator "who has not been named" THEN the rights group in the sentence is not the name asked', () => {
    const a = ask(index, 'What was the name of the demonstrator sentenced to death in Velmar?').answer;
    expect(a.answered && /Velmar Watch/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN "pressure on the Kelmarian Republic‘s ruling generals" THEN the owner before a possessive is no venue', () => {
    const a = ask(index, 'Where in Vossberg was the rally with Ilona Farrow held?').answer;
    expect(a.answered && /Republic/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN "Protests began on May 2 after the death of Lena Varo" THEN May 2 is not the day she died', () => {
    const a = ask(index, 'When did Lena Varo die?').answer;
    expect(a.text.split('“')[0]).not.toMatch(/May 2|April 27/);
  });

  it('GIVEN "Dervo Abu Kallan, of the Vardanian Civil Defence, told Radio Ostra" THEN he told it, not the body he belongs to', () => {
    const a = ask(index, 'Who told Radio Ostra that militias killed at least one person during the Port Dellin evacuation?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Dervo Abu Kallan/);
  });

  it('GIVEN a release opening "Velden, 3 May 2014 - Two clinics in Ostra…" THEN it was issued from Velden', () => {
    const a = ask(index, "Where was Helping Hands' statement on the poisoned patients issued from?").answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Velden/);
  });

  it('GIVEN "Tomas Virel … while working as a deputy to the chief warden at the Kesh prison" THEN that is his job', () => {
    const a = ask(index, "What was Virel's job at the prison in 1990?").answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/deputy to the chief warden/);
  });
});
