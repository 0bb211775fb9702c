import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import type { Answer } from '../../../src/domain/types.ts';
import { understand } from '../../../src/understand/understand.ts';
import { eventDateOfAnotherDeed } from '../../../src/answer/event-date-of-another-deed.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Dates and amounts around a foiled bomb plot (probe 37), pinned with reports written for the tests: invented
// people, towns and groups. An amount asked ("how much explosive") is never a count of the archive's rallies; a
// date question about a listing or a conviction is not answered with the date of a rally or an attack.
describe('dates and amounts that are no event', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ostrel-couple.txt': `Couple held on the way to Ostrel exile rally

Prosecutors in Lindau on Monday charged a married couple over a plan to bomb a rally organized by the Vardanian Exile Front (VEF) in the town of Ostrel on Saturday, where some 9,000 people had gathered, a statement from the prosecutors said.
The pair carried 300 grams of a home-made explosive and a fuse when officers stopped them on a ring road outside Lindau.
The VEF, formed in the 1980s to fight the old monarchy, earned itself a place on a register of banned groups kept by the Lindau interior ministry in 2009, and was struck off it six years later.
`,
      'lindau-envoy.txt': `Envoy Pell Harrow, who has been convicted over his share in a thwarted terrorist bombing, got a 14-year term from the criminal court in Lindau on Thursday.
The envoy had planned to blow up an exile rally close to Ostrel in May 2031.
Police of three countries working together stopped the bombing.
Officers in Dunmore halted the couple late in May 2031, with 300 grams of explosives and a fuse in the boot, meant for the bombing that same afternoon.
`,
    });
  });

  it('GIVEN a rally and a foiled attack THEN "how much explosive" is never answered with a count of rallies', () => {
    const a = ask(index, 'how much explosive was the couple carrying on the way to the Ostrel rally?').answer;
    expect(a.text).not.toMatch(/rally events|holds \d+ rall/i);
  });

  it('GIVEN the bombing is dated May 2031 and the conviction only "on Thursday" THEN the month of the conviction is not May', () => {
    const a = ask(index, 'In which month was Harrow convicted by the Lindau court?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/took place on May 2031/);
  });

  it('GIVEN events dated by sentences that tell nothing of a listing THEN the year of the listing is not their date', () => {
    const q = 'what year was the VEF put on the State terrorist list?';
    const intent = understand(q, index);
    // (An answer listing the events' dates, as the structured layer gives when it matches events by a word or two.)
    const given: Answer = {
      question: q,
      answered: true,
      intent: 'when',
      text: '2 events match: the bombing in Lindau on May 2031 and the rally in Ostrel on May 2031.',
      citations: [
        { file: 'lindau-envoy.txt', articleId: 'x', title: 'Envoy', excerpt: 'The envoy had planned to blow up an exile rally close to Ostrel in May 2031.', sentence: 1, start: 0, end: 1 },
        { file: 'ostrel-couple.txt', articleId: 'y', title: 'Couple', excerpt: 'The pair carried 300 grams of a home-made explosive and a fuse when officers stopped them on a ring road outside Lindau.', sentence: 1, start: 0, end: 1 },
      ],
    };
    expect(eventDateOfAnotherDeed(intent, index, given).answered).toBe(false);
  });
});
