import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A byline set below a standfirst ("By Ana Vell", the service, the day) or an outlet's line after a byline the header
// read ("Kessa Wire / May 2, 2031") dates the report itself: the answer never says the day came from a caption.
// Invented reports, people and towns.
describe('a byline block below the headline area', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-square.txt': `Marchers fill Kessa square

After a week of disputed counts in the regional vote, the runner-up asked his followers to gather in the old square. They answered in large numbers.
By Ana Vell
Kessa Wire Service
Friday, May 2, 2031

KESSA, May 1 -- About 4,000 people marched through Kessa on Thursday to demand a recount, organisers said.
`,
      'exiles-three-cities.txt': `Exiles rally in three cities

(Ana Vell/Kessa Wire)
By Tom Reyes
Kessa Wire / May 2, 2031
Email | Print

Exiles marched in Dalvik and Orla yesterday to protest the disputed regional vote.
In Dalvik, about 600 exiles gathered in the main square.
`,
    });
  });

  it('GIVEN "By Ana Vell", the service and "Friday, May 2, 2031" below a standfirst THEN the report is dated May 2, not from a caption', () => {
    const a = ask(index, 'How many people marched in Kessa in May 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 2, 2031/);
    expect(a.text).not.toMatch(/from a caption/);
  });

  it('GIVEN "Kessa Wire / May 2, 2031" under a byline THEN the report is dated May 2, not from a caption', () => {
    const a = ask(index, 'How many exiles gathered in Dalvik in May 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/600/);
    expect(a.text).not.toMatch(/from a caption/);
  });
});
