import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { findDates } from '../../../src/dates/index.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Days a sentence tells that are no day of the gathering it tells of: a square named after a day
 * ("Platz des 9. November") and the day something else is set for ("a runoff set for June 12").
 */
const REPORTS: Record<string, string> = {
  'lindenau-square.txt': `Thousands of Vardanian exiles and friends gathered in the capital of Lindenau on Saturday for a free Vardania.

The rally began at 2 p.m. at Platz des 9. November, close to the old city gate, and drew exiles from across the continent.

Former minister Edda Kroll told the crowd that the exiles were "the conscience of the continent."
`,
  'marrow-square.txt': `Vardanian exiles filled Marrow's Tollhaus Square today, linked by video to a congress in Ostrov.

The gathering coincided with the Vardanian presidential vote, where the governor Ivo Brask and the writer Lena Toth advanced to a runoff set for June 12.

Former senator Paul Greve welcomed the crowd.
`,
};

describe('days that date something other than the gathering', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a square named after a day ("Platz des 9. November", "rue du 4 Septembre") THEN findDates finds no date in it', () => {
    expect(findDates('The rally began at Platz des 9. November in Lindenau.')).toEqual([]);
    expect(findDates('They met in the rue du 4 Septembre at noon.')).toEqual([]);
    expect(findDates('They met on 4 September at noon.').length).toBe(1);
  });

  it('GIVEN a rally at a square named after a day THEN neither the event nor the answer is dated by the square', () => {
    for (const e of index.data.events) expect(e.date?.month).not.toBe(11);
    const a = ask(index, 'when was the lindenau rally at platz des 9. november?').answer;
    expect(a.text).not.toMatch(/November 9/);
  });

  it('GIVEN "a runoff set for June 12" in the gathering\'s sentence THEN the gathering is not dated June 12', () => {
    for (const e of index.data.events) expect(e.date?.iso ?? '').not.toMatch(/-06-12$/);
    const a = ask(index, 'when was the rally at Tollhaus Square in Marrow?').answer;
    expect(a.text).not.toMatch(/June 12/);
  });

  it('GIVEN a question about what the runoff was set for THEN the day it was set for answers', () => {
    const a = ask(index, 'when was the Vardanian runoff set for?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/June 12/);
  });
});
