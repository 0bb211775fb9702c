import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "what sentence did X get on appeal" asks a court's sentence, not X's words (for all its "appeal"); and "the identity
// of 212 deceased, including 31 children" counts dead children.
const REPORTS = {
  'kessler-appeal.txt': `Appeals court upholds envoy's conviction
Published: 2 May 2032 | Harbour Tribune

An appeals court in Lindberg on Tuesday upheld the conviction of Arvid Kessler over the plot against the exile congress, the court's spokesman said.

"My trial was a political show and this sentence will not stand," Arvid Kessler told reporters after the hearing.
`,
  'rights-report.txt': `Rights group names victims of the crackdown
Published: 9 January 2031 | Valdor Rights Watch

In this report, besides maps and charts, the group publishes the identity of 212 deceased, including 31 children and teenagers, from the protests in Valdor.
`,
};

describe('a court sentence asked, and the deceased counted', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Kessler quoted calling his trial "a political show" WHEN what sentence he got on appeal is asked THEN his words are no answer', () => {
    const { answer } = ask(index, 'so what sentence did Kessler get on appeal, and when?');
    expect(answer.text).not.toMatch(/political show/);
  });

  it('GIVEN "the identity of 212 deceased, including 31 children and teenagers" WHEN how many kids were killed is asked THEN 31 children', () => {
    const { answer } = ask(index, 'valdor rights watch report: how many kids killed');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^31 children\b/);
  });
});
