import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// When- and where-questions about a deed done to or by a named person (nineteenth probe): the day a court convicted
// someone is not the day of the attack the sentence names, nor is the place reporters were told the place of a raid.
const REPORTS = {
  'tarsel-camp.txt': `Ministry faults raid on Tarsel settlement

From a Staff Writer

The Ministry of Roads criticised the Vellan guard this week, saying a botched attempt last month to open a checkpoint in the Tarsel settlement led to clashes that claimed the lives of at least nine of the settlers.

About 4,200 Osmani settlers reside in the settlement known as Camp Tarsel, a community based in Vellany since the 1990s.

Vellan guards entered the camp on May 14, saying they wanted to open a checkpoint there.
`,
  'dornell-trial.txt': `Envoy's sentence for Harrow bomb plot upheld

In this file photo taken on March 03, 2031 lawyers speak to the press after the trial of four people at the Dornell criminal court.

DORNELL: An envoy's 20-year sentence for plotting to bomb a rally of the Harrow Exiles Union was upheld yesterday, his lawyer said. Kaspar Vell, 51, was convicted in March by the Dornell court of supplying explosives for the planned August 9, 2029 attack on the union's rally.
`,
  'pelm-raid.txt': ` date 2031-04-11 Police in Varnia raided the Osk camp on April 10, seizing dozens of computers.

Residents claimed that one elderly man died as a result of tear gas, but Varnia's interior minister and the police denied responsibility.

The reported death had nothing to do with the actions of the police, Interior Minister Tomas Brell said.

"I guarantee you that no one was harmed during the police operation," Brell said at a news conference.

Arvel Dunn, 49, was convicted in March of supplying explosives. Dunn, who left Varnia in 2019, denied the charges. "I confirmed today that Mr Dunn does not wish to appeal," his lawyer, Piet Saarn, told the Harbor Wire.
`,
  'osk-raid.txt': `Relief agency says 19 killed in Osk camp raid

The Relief Agency said on Thursday that a raid by the Varnian army on Camp Osk killed 19 people last week.

Agency spokesman Tomas Berel told reporters in Lindau that its staff saw 15 bodies in the camp on Wednesday.

“It’s clearly a grave incident and we are trying to learn more,” he said.
`,
};

describe('days and places of deeds told of people', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the day a foiled attack was planned for WHEN asked on what day a court convicted a named man THEN the day of the attack is never the answer', () => {
    const { answer } = ask(index, 'On what day did the Dornell court convict Vell?');
    expect(answer.text).not.toMatch(/^(?:The \w+ took place on )?August 9/);
  });

  it('GIVEN no sentence telling when Dunn left WHEN asked when Dunn left Varnia THEN neither the day of his conviction nor of a quote', () => {
    expect(ask(index, 'When did Arvel Dunn leave Varnia?').answer.text).not.toMatch(/^(?:March|April)/);
    expect(ask(index, 'When did Dunn leave Varnia?').answer.text).not.toMatch(/^(?:March|April)/);
  });

  it('GIVEN "X told reporters in Lindau that …" WHEN asked where X talked to reporters THEN Lindau, never the place of the raid told of', () => {
    expect(ask(index, 'Where did Berel talk to reporters about the Osk raid?').answer.text).toMatch(/^Lindau\b/);
    expect(ask(index, 'Where did Berel tell reporters the death toll?').answer.text).toMatch(/^Lindau\b/);
  });
});
