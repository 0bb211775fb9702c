import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A monitor's page that prints the monitor's name ("The Eastland Observatory For Civil Rights", six capitalised words)
 * above its headline: the name is the publisher and the line under it the title. The town the report is about is
 * named only in that headline ("Over 300 killed or hurt in Varnog …"), and the body's figures ("the death of 97
 * civilians among them 31 children") name no town: they are the report's own town's, as with any title.
 */
describe('a count of a report whose town is named only in its headline line', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'monitor.txt': `The Eastland Observatory For Civil Rights

Over 300 killed or hurt in Varnog as army shelling goes on

Artillery of the northern army kept striking districts of Varnog province with rockets and mortar rounds from the 3rd of April 2029 until this week, leaving heavy losses.

The Monitor recorded the death of 97 civilians among them 31 children and 12 women from 3/Apr to 3/May, by shelling of the northern army and rockets of its allies, while at least 210 others were hurt.

We in the Monitor urge the world to press the northern army to halt its shelling of homes, clinics and schools.
`,
    });
  });

  it('GIVEN "how many children were killed in Varnog by shelling between April and May 2029?" THEN 31', () => {
    const a = ask(index, 'How many children were killed in Varnog by shelling between April and May 2029?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b31\b/);
    expect(a.citations[0]?.title).toMatch(/Varnog/);
  });

  it('GIVEN the women asked THEN 12', () => {
    const a = ask(index, 'How many women died in the Varnog shelling from April 3 to May 3, 2029?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b12\b/);
  });
});
