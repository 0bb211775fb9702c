import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When was X released?" dates a deed done to X. A report of a march in X's memory tells when the march was and when
// two other people were freed; neither date is X's release, which it never tells. Deeds it does tell of X (the
// arrest) and of the others (their release) are still dated.
const REPORTS = {
  'orel-march.txt': `Marchers in Lutece remember Tamsin Orel two years on
Published: 15 September 2031 | Harbour Post

Several thousand people marched in Lutece on Saturday to mark two years since the death of Tamsin Orel in custody.

Among the marchers were two former hostages, Bram Keller and Lio Danet. Keller was released in May 2030, and Danet was freed the following month.

Orel was arrested by the morality police on 13 September 2029 and died three days later.
`,
};

describe('when a deed was done to someone', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report telling the release of two others and a march WHEN "when was Tamsin Orel released?" THEN not in the archive, no date given', () => {
    const { answer } = ask(index, 'When was Tamsin Orel released?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/No sentence tells when that was done \(“released”\)/);
  });

  it('GIVEN the same report WHEN "when was Bram Keller released?" THEN May 2030', () => {
    const { answer } = ask(index, 'When was Bram Keller released?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/May 2030/);
  });

  it('GIVEN the same report WHEN "when was Tamsin Orel arrested?" THEN 13 September 2029', () => {
    const { answer } = ask(index, 'When was Tamsin Orel arrested?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/September 13, 2029/);
  });

  it('GIVEN the same report WHEN "when was the march in Lutece held?" THEN the day of the march', () => {
    const { answer } = ask(index, 'When was the march in Lutece held?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/September 13, 2031/);
  });
});
