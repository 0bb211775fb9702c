import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked of a body named in common words ("Varnia's judiciary") with when it counted after it ("in March
// 2031"): the date must not hide the body from the check that asks a report to name it. The only count here is a
// member of parliament's; the judiciary gave none.
const REPORTS = {
  'varnia-detentions.txt': `Varnian MP: 2,400 held in week of unrest
By Pia Holm, Harbour Wire
Published: March 12, 2031

LUTECE — Varnian security forces detained about 2,400 people in the protests and unrest of the past ten days, a member of parliament said on Tuesday, far above the count officials had released.

The protests, which started on March 1 over bread prices, soon reached dozens of towns, and at least 17 people died in clashes.

Odile Fenn, a reformist member of parliament for Lutece, gave the new count in a report on the parliament's news site.
`,
};

describe('a body asked as the source, with a date after it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a count by an MP WHEN "how many were arrested according to Varnia\'s judiciary in March 2031?" THEN not in the archive', () => {
    const { answer } = ask(index, "How many protesters were arrested according to Varnia's judiciary in March 2031?");
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/2,400/);
  });

  it('GIVEN the same report WHEN "how many were detained according to Odile Fenn?" THEN about 2,400', () => {
    const { answer } = ask(index, 'How many people were detained according to Odile Fenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2,400/);
  });
});
