import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Asked the toll of "the April 2031 protests": one report, of May 2031, tells the toll of "last month's protests";
// another recalls "the April 2030 protests". The month named with a year of its own, another, is another period: the
// first report's toll answers, never the other year's.
const REPORTS = {
  'harl-may.txt': `Protest toll in Harl rises

Lake Herald Staff

May 3, 2031

Lake Herald – At least 120 protesters were killed in Harl during last month's protests, according to the Harl Rights Monitor.
`,
  'harl-june.txt': `Rights group recalls crackdown in Harl

Harbour Wire Staff

June 6, 2031

Harbour Wire – According to the Harl Rights Monitor, almost 95 protesters were killed during the April 2030 protests in Harl, while more than 400 were arrested.
`,
};

describe('a month named with another year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the April 2030 protests" in one report WHEN the toll of the April 2031 protests is asked THEN not that toll', () => {
    const { answer } = ask(index, 'How many protesters were killed in the April 2031 protests in Harl?');
    expect(answer.text).not.toMatch(/\b95\b/);
    expect(answer.text).toMatch(/at least 120 protesters were killed/);
  });
});
