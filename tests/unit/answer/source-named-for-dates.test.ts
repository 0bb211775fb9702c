import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { understand } from '../../../src/understand/understand.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const VRC_REPORT = `Deaths and Arrests Rise As Norlandic Strikes Go On
At least 14 people have been killed and dozens arrested since a wave of strikes hit several Norlandic towns on February 26, 2031.
The Velmar Rights Centre (VRC) has learned of nearly 60 arrests in Quillan and at least 12 others in Brevik.
`;

/*
 * "…according to VRC's March 2031 report?": the month dates the report, which tells of days before it (the strikes
 * began in February). Read as the date of the strikes, it bounded the answer to March: another report's March day.
 */
describe('a date that dates the report named as the source', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'vrc-strikes.txt': VRC_REPORT,
      'other.txt': `Vigil in Brevik for the miners
A vigil was held in Brevik on March 12, 2031 for the eight miners who died in the flood.
Candles were lit outside the town hall.
`,
    });
  });

  it("GIVEN \"according to VRC's March 2031 report\" THEN the strikes' start is February 26, the day before the report", () => {
    const a = ask(index, "On what date did the wave of Norlandic strikes begin, according to VRC's March 2031 report?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^February 26, 2031/);
  });

  it('GIVEN a month-and-year before "report" THEN the question bounds no day by it', () => {
    for (const q of [
      "On what date did the wave of Norlandic strikes begin, according to VRC's March 2031 report?",
      'when did the strikes begin, according to the March 2031 report by VRC?',
      'when did the strikes begin, per its 2031 annual report?',
    ])
      expect(understand(q, index).slots.range).toBeUndefined();
    expect(understand('when did the strikes begin in March 2031?', index).slots.range?.from).toBe('2031-03-01');
  });

  it('GIVEN "the March 2031 report by VRC" THEN the same day', () => {
    const a = ask(index, 'when did the wave of Norlandic strikes begin, according to the March 2031 report by VRC?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/February 26, 2031/);
  });
});

/*
 * "…according to VRC?": a date read from a report that never names the body asked (a report on bread strikes that
 * began "on the evening of March 4") is another source's account; the engine declines rather than give it.
 */
describe('a body named as the source of a date', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'vrc-strikes.txt': VRC_REPORT,
      'kestrin-bread.txt': `Strikes spread in Kestrin
According to reports, strikes against bread prices in Norlandic towns across Kestrin began on the evening of March 4 and have continued until today.
Several shops were closed in the old market.
`,
    });
  });

  it('GIVEN a date told only by a report that never names VRC THEN it is not given as VRC’s', () => {
    const a = ask(index, "On what date did the wave of Norlandic strikes begin, according to VRC's March 2031 report?").answer;
    if (a.answered) expect(a.text).toMatch(/^February 26, 2031/);
    expect(a.text).not.toMatch(/^March 4/);
  });
});
