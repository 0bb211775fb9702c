import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { readDateline } from '../../../src/ingest/read-header.ts';

// A dateline whose first dash touches the place ("KESSA, KR–May 3, 2031 – …") dates the report, as one with spaces
// around the dash does; the report is then no longer taken for an undated one, and an undated interview writing only
// another year is not taken to tell of the strike that dated report tells of.
const REPORTS = {
  'kessa-port.txt': `KESSA, KR–May 3, 2031 – Harbour Watch – The port police confirmed today that 14 dockworkers were detained at the Kessa port during the strike, and that the strike committee was banned from the quays.
`,
  'ostrov-interview.txt': `Union leader speaks out

Lena Ostrov, who has led the dockworkers' union since 2027, said of the strike at the Kessa port: "The quays belong to those who work them, and no ban will change that."
`,
};

describe('a dateline whose dash touches the place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "KESSA, KR–May 3, 2031 –" WHEN the dateline is read THEN it gives the day', () => {
    const d = readDateline('KESSA, KR–May 3, 2031 – Harbour Watch – The port police confirmed today that 14 dockworkers were detained.');
    expect(d?.date?.year).toBe(2031);
    expect(d?.date?.month).toBe(5);
    expect(d?.date?.day).toBe(3);
  });

  it('GIVEN that report WHEN its count is asked of May 2031 THEN 14', () => {
    const { answer } = ask(index, 'How many dockworkers were detained at the Kessa port in May 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/14/);
  });

  it('GIVEN an undated interview writing only 2027 WHEN her words on the May 2031 strike at the Kessa port are asked THEN declined', () => {
    const { answer } = ask(index, 'What did Lena Ostrov say about the May 2031 strike at the Kessa port?');
    expect(answer.answered).toBe(false);
  });
});
