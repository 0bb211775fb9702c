import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { findDates } from '../../../src/dates/index.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A notice, dated in its title a week ahead, announcing a march "on Thursday 05/17/2029": the weekday written
// right before the numeric date belongs to it. Read alone it was the Thursday of the notice itself (May 10).
const REPORTS = {
  'dorn-notice.txt': `Varnian Exiles Keep Vigil Near Parliament in Dorn, 05/10/2029

Varnian exiles will march outside the Parliament in Dorn on Thursday 05/17/2029 to protest the visit of the junta's foreign minister Teodor Halm.

The march will call on the city council to refuse the minister a reception, said Ilse Marrow of the Varnian Exiles Union.
`,
};

describe('a weekday written before a numeric date', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "on Thursday 05/17/2029" in a notice of 05/10/2029 WHEN asked when the march will be held THEN May 17, never May 10', () => {
    const { answer } = ask(index, 'When will the march outside the Parliament in Dorn be held?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/May 17, 2029/);
    expect(answer.text).not.toMatch(/May 10/);
  });

  it('GIVEN a weekday before a numeric date THEN one date, the weekday its own; the weekday tells which reading is meant', () => {
    const ref = { year: 2029, month: 5, day: 10, precision: 'day', yearStated: true, iso: '2029-05-10', source: 'text', text: '' } as const;
    const found = findDates('They will gather on Thursday 05/17/2029 at noon.', ref, 'text');
    expect(found.map((d) => d.date.iso)).toEqual(['2029-05-17']);
    // 06/05/2029 read day first is Sunday 6 May; a Tuesday makes it June 5.
    expect(findDates('the vote on Tuesday 06/05/2029', ref, 'text').map((d) => d.date.iso)).toEqual(['2029-06-05']);
    expect(findDates('the vote on 06/05/2029', ref, 'text').map((d) => d.date.iso)).toEqual(['2029-05-06']);
  });
});
