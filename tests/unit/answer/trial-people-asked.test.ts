import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A trial abroad and an exchange of prisoners: people asked by a post, a part or a rank are not the person named.
const REPORTS = {
  'verdict.txt': `Court drawing shows Ostranian defendant Oskar Treml (3rd from right) seated in the Varnholm District Court with his lawyer Ada Pirrow (far left) as his murder trial opened, on March 3, 2031. Photo: Lisa Vand/Agency
VARNHOLM - A Varnland court on Friday jailed Ostranian national Oskar Treml for 30 years over the killing of inmates at the Kellmar jail.
The court said Treml took part “in the killing of many inmates at Kellmar” and held “the post of aide to the warden” there.
Treml, an Ostranian citizen and the first to face trial for the Kellmar deaths, has always denied the charges.
The hearings ran for 40 days, and some 30 plaintiffs and witnesses testified about their years in Kellmar.
The spokesperson for Ostrana's interior ministry Davit Omsk later condemned the "unlawful" ruling and demanded Treml's return.
`,
  'hearings.txt': `Treml trial moves to Kestria

KESTRIA (Wire) - The Varnholm court held its hearings in Kestria on Tuesday to hear five witnesses unable to travel.
The first complainant and witness heard by the judges in Kestria was Sam Orrid, a former inmate who spent nine years in Kellmar.
Treml, 58, himself stayed in Varnholm, where he has been held since his arrest.
`,
  'exchange.txt': `Prisoners swapped at Lune airport
Published: 9 June 2034 | Coast Ledger

Ostrana and Varnland carried out a prisoner exchange on Saturday, brokered by Lune.
Former Ostranian jail official Oskar Treml, convicted in Varnland over the killing of inmates at Kellmar in 2004, was released by Varnland.
At the same time Per Lask, a Varnland aid worker held since 2032, and Tom Edda, a teacher held since May, were released and flown home late on Saturday.
Varnland's prime minister Ilka Brun said the two men were "home at last".
His father, Rolf Edda, told the Coast Ledger that the family "can breathe again".
`,
};

describe('people asked by a post, a part or a rank in trial reports', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the defendant is quoted WHEN what his son said is asked THEN the engine abstains', () => {
    const a = ask(index, "What did Treml's son say?").answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN a father quoted, not a minister WHEN what the interior minister said of the swap is asked THEN the engine abstains', () => {
    const a = ask(index, "What did Ostrana's interior minister say the freed Lask and Edda were?").answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN the prime minister quoted by post WHEN what the prime minister said is asked THEN her words answer', () => {
    const a = ask(index, "What did Varnland's prime minister say about the two men freed?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('home at last');
  });

  it('GIVEN a spokesperson WHEN the spokesman who condemned the ruling is asked THEN the defendant is not given', () => {
    const a = ask(index, 'Who was the Ostranian interior ministry spokesman who condemned the Varnholm ruling against Treml as unlawful?').answer;
    expect(a.text).not.toMatch(/^Oskar Treml|^Treml/);
  });

  it('GIVEN the defendant freed WHEN who was freed in exchange for him is asked THEN he is not the answer', () => {
    const a = ask(index, 'Who did Ostrana release in exchange for Oskar Treml?').answer;
    expect(a.text).not.toMatch(/^Former Ostranian|^Oskar Treml|^Treml/);
  });

  it('GIVEN a first witness named WHEN the first witness of the trial is asked THEN the defendant is not given', () => {
    const a = ask(index, 'Who was the first witness to testify when the Treml trial moved to Kestria?').answer;
    expect(a.text).not.toMatch(/^Oskar Treml|^Treml/);
  });
});
