import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When did X die in custody?" dates a named person's death, not the demonstration the report tells of on the day it
// was published. The report says when X died; that day answers.
const REPORTS = {
  'lutece-protests.txt': ` date 2031-10-21 Varnland protests death toll rises to 144, over 9,000 detained: rights group
Varnland's security forces have killed 144 protesters and arrested over 9,000 others in anti-government demonstrations sparked by the death of Tamsin Orel in police custody, a rights group said on Friday.
Of those killed, 19 were children, the Coastal Rights Agency said.
Protests erupted across Varnland after Orel, a 22-year-old student, died in police custody on September 16.
`,
};

describe('when a named person died', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a dated demonstration and the day a woman died in custody WHEN "when did she die in police custody?" THEN the day she died', () => {
    const { answer } = ask(index, 'When did Tamsin Orel die in police custody?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^September 16/);
    expect(answer.text).not.toMatch(/October 21/);
  });

  it('GIVEN the same report WHEN how many were killed is asked THEN the toll still answers', () => {
    const { answer } = ask(index, 'How many protesters were killed in Varnland?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b144\b/);
  });
});
