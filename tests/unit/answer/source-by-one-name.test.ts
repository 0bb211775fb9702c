import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * Two reports on the wounded of a besieged city: a listicle by the outlet Newsloop ("1,000: People reportedly injured
 * … in the last week alone") and an agency's briefing ("more than 1,200 injured … over the past two weeks"). Asked
 * "per Newsloop", as a chat user writes it ("folks"), the briefing, which never names Newsloop, gives no figure of
 * Newsloop's.
 */
describe('a count asked of a source named by one word', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'listicle.txt': `Newsloop

Newsloop: the siege of Varn, in numbers

Posted on March 3, 2031

Since February, shelling has struck homes and clinics across the city. Here is the siege in numbers, as Newsloop counted them.

1,000: People reportedly injured in eastern Varn in the last week alone

12: Doctors still working in the east of the city
`,
      'briefing.txt': `Toll rises in eastern Varn

March 4, 2031

The Health Agency has said at least 210 people have been killed and more than 1,200 injured in eastern Varn over the past two weeks.
`,
    });
  });

  it('GIVEN "how many folks were reported wounded in eastern Varn in the last week alone, per Newsloop?" THEN Newsloop\'s 1,000, not the agency\'s 1,200', () => {
    const a = ask(index, 'How many folks were reported wounded in eastern Varn in the last week alone, per Newsloop?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1,000/);
    expect(a.text).not.toMatch(/1,200/);
  });

  it('GIVEN the agency asked THEN its own figure', () => {
    const a = ask(index, 'how many people were injured in eastern Varn over two weeks, according to the Health Agency?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1,200/);
  });
});
