import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked of an occasion the question names by a person ("the march on the anniversary of Lena Varo's death")
// is not read from a report that never names that person: in the same city, another report's crowd is another
// gathering's, even when the report that names the person is set aside (it names only an earlier year).
const REPORTS = {
  'varo-anniversary.txt': `Marchers in Velden remember Lena Varo a year on
Velden Courier

VELDEN: Several hundred people walked through Velden on Sunday to mark one year since the death of Lena Varo, a 23-year-old student who died in police custody in Tarsa.

The march was called by a dozen student unions. Lena Varo's cousin, who was freed from prison in March 2028, spoke at the end of the route.
`,
  'velden-farmers.txt': `Farmers block the centre of Velden
Velden Courier

Farmers drove their tractors into the centre of Velden to protest against the new water tax, which is due to rise again in 2029.

The demonstrators marched towards the town hall, with police estimating the crowd at about 1,200 people.
`,
};

describe('an occasion named by a person', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a police estimate only in a report that never names Lena Varo WHEN the police estimate of the march for the anniversary of her death is asked THEN no figure is given', () => {
    const { answer } = ask(index, "what was the police estimate of the crowd at the velden march for the anniversary of lena varo's death in 2029?");
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/1,200/);
  });

  it('GIVEN the police estimate in a report on the farmers WHEN the farmers\' crowd is asked THEN it is given', () => {
    const { answer } = ask(index, 'what was the police estimate of the crowd at the farmers protest in velden?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,200/);
    expect(answer.citations[0]?.file).toBe('velden-farmers.txt');
  });
});
