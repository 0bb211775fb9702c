import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Where was X's burial held?": the place is told with the burial, never read from a sentence on X's death that names
// only the country the marches spread across.
const REPORTS = {
  'valdor-unrest.txt': `Unrest grows across Valdor as monitors count 85 dead
Marches over the death in police hands of Lena Varo, a 24-year-old Valdorian poet, go on across the Federal Republic of Valdor, where the Tessa-based Lantern Network now reports at least 85 people killed, 12 of them minors.
The first marches started on March 9 at the burial of Varo in Orm, the capital of Orm County.
Varo was arrested by the city police in Tessa on March 3 for reading her poems in a square.
`,
};

describe('the place of an occasion asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the country named in a sentence on her death WHEN where her burial was held THEN never that country', () => {
    const { answer } = ask(index, "Where was Lena Varo's burial held?");
    expect(answer.text.split('“')[0]).not.toMatch(/Federal Republic/);
    if (answer.answered) expect(answer.text.split('“')[0]).toMatch(/Orm/);
  });

  it('GIVEN the same report WHEN where she was arrested THEN still answered', () => {
    const { answer } = ask(index, 'Where was Lena Varo arrested?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Tessa/);
  });
});
