import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When did X die in custody?" dates a named person's death, not the demonstrations the report dates by the day its
// page was stored. The report says when X died; that day answers.
const REPORTS = {
  'lutece-protests.txt': ` date 2031-10-21 Varnland protests: death toll rises to 144, more than 9,000 held, monitors say
Varnland's police have killed 144 protesters and detained more than 9,000 others during anti-government demonstrations triggered by Tamsin Orel's death in custody, a monitoring group said on Friday.
Nineteen of the dead were under eighteen, according to the Coastal Rights Agency.
Protests spread across Varnland after Orel, a music student, died in police custody on September 16.
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
