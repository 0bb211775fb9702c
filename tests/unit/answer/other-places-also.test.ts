import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which other towns …": a report about one town's protests lists, in one sentence, the towns where protests "also"
// took place; those answer, not the town the report is about. Invented countries, towns and boat.
describe('other places asked, told in a list with "also"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varn-protests.txt': `June 9, 2031

Protesters outside a college in Varn have demanded a trial after Kessia admitted it mistakenly sank a Varnese fishing boat on June 6.
Police in Varn fired tear gas to break up the crowd late in the evening, a rights group said.
Protests also broke out in Orle, Dastan, Miro, and Tessel, according to clips posted online.
The fishermen's union called for a general strike next week.
`,
    });
  });

  it('GIVEN "Protests also broke out in Orle, Dastan, Miro, and Tessel" THEN "which other towns" lists them, not Varn', () => {
    const a = ask(index, 'In which other Kessian towns did protests break out after Kessia admitted sinking the fishing boat?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Orle/);
    expect(a.text).toMatch(/Tessel/);
    expect(a.text).not.toMatch(/^Varn\b/);
  });

  it('GIVEN the same report THEN "which towns" with no "other" is left as it was', () => {
    const a = ask(index, 'Where did protesters demand a trial after Kessia admitted sinking the boat?').answer;
    expect(a.text).toMatch(/^Varn\b/);
  });
});
