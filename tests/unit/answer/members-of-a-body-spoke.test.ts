import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Cross-party members of the Varnian House of Delegates spoke at an Assembly hearing": unnamed members spoke, not the
// chamber. Asked who spoke, the chamber is no speaker; the people "Addressing the hearing were …" answer.
const REPORTS = {
  'ostria-hearing.txt': `At Assembly hearing, lawmakers back the Ostria bill

April 14, 2031
Cross-party members of the Varnian House of Delegates spoke at an Assembly hearing on Ostria, announcing support for the bill.
VARN, April 14, 2031 / — Sponsors of the Ostria bill joined a hearing to announce their support. Addressing the hearing were Rep. Ana Holt (D-VA), Rep. Piet Grau (R-OH), Representative Lia Mund (D-NM), and Rep. Odo Brenner (R-TX).
`,
};

describe('members of a body who spoke', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "members of the Varnian House of Delegates spoke" and a list of those addressing WHEN who spoke is asked THEN the people, never the chamber', () => {
    const { answer } = ask(index, 'who spoke at the hearing on the ostria bill?');
    const head = answer.text.split(/\(according|—/)[0]!;
    expect(head).not.toMatch(/House of Delegates/);
    expect(head).toMatch(/Piet Grau/);
  });

  it('GIVEN the same WHEN who addressed it besides one of them is asked THEN never the chamber', () => {
    const { answer } = ask(index, 'Who addressed the Ostria hearing in April 2031 besides Ana Holt?');
    expect(answer.text.split(/\(according|—/)[0]).not.toMatch(/House of Delegates/);
  });
});
