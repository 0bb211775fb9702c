import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A quote attributed with the role before the name ("“…,” his lawyer, Piet Saarn, told …"), and a quote question
// asking by that role ("What did Dunn's lawyer tell …?"), from the nineteenth probe's trial reports.
const REPORTS = {
  'pelm-raid.txt': ` date 2031-04-11 Police in Varnia raided the Osk camp on April 10, seizing dozens of computers.

Residents claimed that one elderly man died as a result of tear gas, but Varnia's interior minister and the police denied responsibility.

The reported death had nothing to do with the actions of the police, Interior Minister Tomas Brell said.

"I guarantee you that no one was harmed during the police operation," Brell said at a news conference.

Arvel Dunn, 49, was convicted in March of supplying explosives. Dunn, who left Varnia in 2019, denied the charges. "I confirmed today that Mr Dunn does not wish to appeal," his lawyer, Piet Saarn, told the Harbor Wire.
`,
};

describe('a role before the name of a quote', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” his lawyer, Piet Saarn, told the Harbor Wire" THEN the words are the lawyer’s, his role is his lawyer, and "Dunn’s lawyer" asks for him', () => {
    expect(ask(index, 'What did Piet Saarn tell the Harbor Wire?').answer.text).toMatch(/Piet Saarn said: “I confirmed today that Mr Dunn does not wish to appeal”/);
    expect(ask(index, 'Who is Piet Saarn?').answer.text).toMatch(/^Piet Saarn is his lawyer\b/);
    expect(ask(index, "What did Dunn's lawyer tell the Harbor Wire?").answer.text).toMatch(/Piet Saarn said: “I confirmed today/);
  });
});
