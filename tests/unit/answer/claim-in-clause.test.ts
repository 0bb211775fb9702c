import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sentence that credits two sources: each figure belongs to the body whose claim verb stands in its own clause,
// just before it, and so does a part of it told after ("…, including 14 children").
const REPORTS = {
  'caspia-toll.txt': `Caspia protest toll disputed

Northern Ledger

Varnesk, December 2, 2031 – Dr Omid Karimi, a former health official, estimated the death toll is lower than the tally kept by the Caspian Rights Monitor, which has documented that 212 protesters have been killed, including 14 children.
The Interior Ministry said 18 members of the security forces had died, while the Caspian Rights Monitor reported 940 arrests in the capital.
`,
  'kessa-names.txt': `Names of the dead

Northern Ledger

Kessa, May 4, 2031 – The city council said 40 families had asked for news, while the Caspian Rights Monitor has so far identified 212 of the victims by name.
The Kessa Press news agency said 23 people were wounded in the clashes on Friday.
`,
  'velmont-march.txt': `Exiles march in Velmont against the crackdown

Velmont Courier

Velmont, April 2, 2031 – Hundreds of exiles took part in the march through the old town on Saturday.
The marchers walked to the town hall, with police estimating the number of protesters at about 700 people.
`,
  'dorvan-militia.txt': `Militia accused over Dorvan shootings

Northern Ledger

Dorvan, June 9, 2031 – The Health Ministry said 31 names were on its list, while the Caspian Rights Monitor counted 212 victims shot by the militia.
`,
};

describe('who states a figure in a sentence that credits two sources', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X estimated … the tally of Y, which has documented that 212 …" THEN 212 is according to Y, not X', () => {
    const a = ask(index, 'how many protesters has the Caspian Rights Monitor documented as killed?').answer;
    expect(a.text).toMatch(/According to (the )?Caspian Rights Monitor[^;]*212 protesters/);
    expect(a.text).not.toMatch(/Karimi[^;]*212/);
  });

  it('GIVEN "…, including 14 children" after the body\'s figure THEN the part is the same body\'s', () => {
    const a = ask(index, 'how many children were killed in the Caspia protests?').answer;
    expect(a.text).toMatch(/Caspian Rights Monitor[^;]*14 children/);
    expect(a.text).not.toMatch(/Karimi[^;]*14 children/);
  });

  it('GIVEN "the Ministry said 18 … had died, while the Monitor reported 940 arrests" THEN 940 arrests, the Monitor\'s', () => {
    const a = ask(index, 'how many people were arrested in Varnesk?').answer;
    // (Not "were killed" from the other clause's "died", and not "940 people." with what they count dropped.)
    expect(a.text).toMatch(/^According to (the )?Caspian Rights Monitor \([^)]*\), 940 arrests\b/);
    expect(a.text).not.toMatch(/according to (the )?Interior Ministry/i);
  });

  it('GIVEN "the council said 40 families had asked …, while the Monitor has identified 212" THEN the families are no count of the identified', () => {
    const a = ask(index, 'how many victims has the Caspian Rights Monitor identified by name?').answer;
    expect(a.text).toMatch(/Caspian Rights Monitor[^;]*212/);
    expect(a.text).not.toMatch(/40 families/);
  });

  it('GIVEN "the Ministry said 31 names …, while the Monitor counted 212 victims shot" THEN the 212 shot are the Monitor\'s', () => {
    const a = ask(index, 'how many victims were shot by the militia in Dorvan?').answer;
    expect(a.text).toMatch(/^According to (the )?Caspian Rights Monitor\b[^.]*212/);
    expect(a.text).not.toMatch(/According to (the )?Health Ministry/i);
  });

  it('GIVEN "with police estimating the number of protesters at about 700" THEN the police estimate asked is 700, the police\'s', () => {
    const a = ask(index, 'Velmont march April 2031, police estimate?').answer;
    expect(a.text).toMatch(/^About 700 people, according to (the )?police\b/);
  });

  it('GIVEN only a police estimate THEN asked for the organisers\' count it is not given as theirs', () => {
    const a = ask(index, 'how many people joined the Velmont march according to the organisers?').answer;
    expect(a.text).not.toMatch(/\b700\b[^“]*according to (the )?organisers/i);
    expect(a.text).not.toMatch(/^About 700 people/);
  });

  it('GIVEN "The Kessa Press news agency said 23 …" THEN the agency is named with what it is, not as "news agency" alone', () => {
    const a = ask(index, 'how many people were wounded in the clashes in Kessa?').answer;
    expect(a.text).toMatch(/According to Kessa Press news agency[^;]*23/i);
  });
});
