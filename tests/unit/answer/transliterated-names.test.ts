import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { respelledNames } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A name transliterated another way than the archive writes it (fourteenth probe: "Khan Sheikhoun" asked of reports
// writing "Khan Shaykhun" had been "nothing on Sheikhoun"). Invented places.
const REPORTS = {
  'mahrushin.txt': `Shelling kills 14 in Qasr Mahrushin

The Lantern Monitor said 14 people, including six children, were killed when shells hit the town of Qasr Mahrushin on Tuesday.
`,
  'tellan.txt': `Exiles rally in Tellan

Some 400 exiles rallied in Tellan on Sunday against the shelling.

Organiser Mahmud Qaderi said some 3,700 exiles had been arrested across Vardania.
`,
};

describe('names transliterated another way', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN an archive writing "Qasr Mahrushin" THEN "Qasr Mahroushin" is read as that town', () => {
    expect(respelledNames('how many children died in Qasr Mahroushin?', index)).toBe('how many children died in Qasr Mahrushin?');
    const a = ask(index, 'How many children were killed in the shelling of Qasr Mahroushin, per the Lantern Monitor?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b(?:six|6)\b/i);
  });

  it('GIVEN a word the archive writes, or a name with other consonants THEN it is kept as asked', () => {
    expect(respelledNames('how many exiles rallied in Tellan?', index)).toBe('how many exiles rallied in Tellan?');
    expect(respelledNames('how many were killed in Marburg?', index)).toBe('how many were killed in Marburg?');
  });

  it('GIVEN a person "Mahmud Qaderi" in the archive THEN "Mohammed Qaderi" is another person, not respelt', () => {
    expect(respelledNames('how many arrests did Mohammed Qaderi report?', index)).toBe('how many arrests did Mohammed Qaderi report?');
  });
});
