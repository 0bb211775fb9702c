import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A page without a date of its own, opening with its stored "date" field, tells a gathering on a yearless day ("on
// 12 May"). That day is read against the page's field, not against the last prose sentence ending on the day of an
// earlier happening ("… announced on December 15, 2029."), which only looks like a photo caption.
const REPORTS = {
  'kastel-forum.txt': ` date 2031-05-16 The Kastel Forum for Valdor reports that the exile leader Lena Vost recently spoke at an online conference with the Brisk Assembly. The conference was held by the Friends of Valdor group in the Brisk Assembly on 12 May.

“A boycott of the vote is the people's answer to the killing of 900 marchers in the autumn of 2029,” said Vost.

A rights group confirmed in a report the toll of 900 that was announced by the exiles on December 15, 2029.
`,
};

describe('a yearless day read against the stored page field', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN " date 2031-05-16 …" and "on 12 May" THEN the conference is dated May 12, 2031, not 2029', () => {
    const conference = index.data.events.find((e) => e.kind === 'conference');
    expect(conference?.date?.iso).toBe('2031-05-12');
    const a = ask(index, 'When was the online conference with the Brisk Assembly held?').answer;
    expect(a.text).not.toMatch(/2029/);
  });

  it('GIVEN a field giving a month alone (" date 2031-05 …") THEN "on 12 May" is read in that year, and "on 20 December" in the year before', async () => {
    const month = await archiveOfTexts({ 'kastel-forum.txt': REPORTS['kastel-forum.txt'].replace(' date 2031-05-16 ', ' date 2031-05 ') });
    expect(month.data.events.find((e) => e.kind === 'conference')?.date?.iso).toBe('2031-05-12');
    const winter = await archiveOfTexts({
      'winter.txt': ` date 2031-05 Exiles in Kastel recall the Orvel march\n\nSeveral hundred exiles marched through Orvel on 20 December to demand the release of the detained students.\n`,
    });
    expect(winter.data.events.map((e) => e.date?.iso)).toContain('2030-12-20');
  });
});
