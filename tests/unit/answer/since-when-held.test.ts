import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A wire story on two Kestavians freed in an exchange: one sentence names both, with the second one's arrest dated in
// an apposition; a later sentence tells since when the first had been held. Asked since when the first had been held,
// the bot gives the day written after "since", not the other man's arrest.
const REPORTS = {
  'exchange.txt': `Two Kestavians home after Morvay exchange
By Harbour Wire staff
October 2, 2031

Morvay and Kestavia swapped prisoners on Saturday in a deal brokered by a third country.

Hours later, Ivo Brant, a Kestavian teacher, and Lena Moss, a Kestavian nurse arrested in Morvay in March 2030, landed in Harbourtown.

Brant, a 41-year-old teacher, had been held in Morvay since June 2028 accused of spying, a charge his family always denied.

Moss said she wanted to rest before speaking to the press.
`,
};

describe('since when a person had been held', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN another person\'s arrest dated beside his name WHEN asked "Since when had Ivo Brant been held in Morvay before the exchange?" THEN June 2028, with its sentence', () => {
    const { answer } = ask(index, 'Since when had Ivo Brant been held in Morvay before the exchange?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^(?:Since )?June 2028/);
    expect(answer.citations[0]?.excerpt).toContain('since June 2028');
  });
});
