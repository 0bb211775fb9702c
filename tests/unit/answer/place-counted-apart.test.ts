import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A monitor's toll for a whole valley, and in a later sentence the same toll broken down town by town. Asked the toll
// of one of those towns as a follow-up ("what about brask, …"), the valley's total is not the town's: the bot does not
// give it.
const REPORTS = {
  'valley-toll.txt': `Valley toll climbs past two thousand
Published: 21 April 2031 | Kessa Wire

The death toll in the Orlan valley rose to 2,140 civilians, the Orlan Rights Monitor (ORM) said on Monday.

By district, the monitor listed 1,020 in Varnet, 611 in Brask, 402 in Doul and 107 in Mirra.

Relief convoys reached the valley on Sunday for the first time since the fighting began.
`,
};

describe('a town the report counts on its own', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a valley toll and its breakdown WHEN asked "what about brask, whats the death toll there per orm" THEN the valley total is not given', () => {
    const { answer } = ask(index, 'what abt brask, whats the civilian death toll there per orm');
    expect(answer.text.split('Closest')[0]).not.toMatch(/2,140/);
  });

  it('GIVEN the same report WHEN asked the toll in the Orlan valley THEN the total', () => {
    const { answer } = ask(index, 'What was the civilian death toll in the Orlan valley according to the ORM?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,140/);
  });
});
