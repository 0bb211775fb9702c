import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A title asked of one person in a list of titled guests (probe 37: "which former army chief of staff spoke" answered
// with the FBI director listed before him), pinned with a report written for the tests: invented people and places.
describe('a title asked in a list of titled guests', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'harlow-congress.txt': `Exiles hold their yearly congress in Harlow

The congress drew a crowd from across the region to the Harlow Exhibition Hall on Sunday, the organisers said.
Notable guests at Sunday's congress included former Harlow Mayor Anne Quill, a longtime friend of the movement; Norland's former Liberal Gov. Tam Hollis; former Speaker of the Norland Assembly Ida Crane; former Sen. Ben Varro (L-NR); former Customs Director Lou Brand; former Coast Guard Adviser Nell Ashby; and former Norland Navy chief of staff Adm. Pat Orr.
` });
  });

  it('GIVEN "former Customs Director Lou Brand" in a list THEN the guests listed with other titles are not the customs director', () => {
    const a = ask(index, 'Which former customs director spoke at the Harlow congress?').answer;
    expect(a.text).not.toMatch(/^[^“]*Anne Quill/);
    expect(a.text).not.toMatch(/^[^“]*Tam Hollis/);
  });

  it('GIVEN a list giving each title after its name THEN the one titled so is still the answer', async () => {
    const other = await archiveOfTexts({
      'norland-march.txt': `Speakers at the march included Ivo Sarn, former Trade Minister of Norland; Lea Dorn, coordinator of the Free Vardania Campaign; Hugo Palm, former Norland senator; and Rosa Venn, a singer.
`,
    });
    const a = ask(other, 'Which former Norland senator spoke at the march?').answer;
    expect(a.text).toMatch(/^Hugo Palm/);
  });
});
