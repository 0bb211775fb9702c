import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who spoke at the rally?" names people a sentence tells speaking, saying something or quotes; a lawmaker a headline
 * says only "left the hall to join the rally" spoke, as far as the archive tells, nowhere.
 */
const REPORTS: Record<string, string> = {
  'lindau-rally.txt': `date 2031-03 Rally in Lindau – Karesh protesters joined by a Norvish lawmaker Pella Strand walked out of the Hall of Peoples to join the rally against the visit of the Karesh minister.

The square in front of the Hall of Peoples was crowded on Monday afternoon, with more than two hundred people.

Between speeches by members of the Free Karesh Committee and by local officials such as city councillor Tomas Verle, the crowd sang.
`,
};

describe('a speaker asked, a name told only joining', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a headline telling a lawmaker only joined the rally THEN she is not named as one who spoke', () => {
    const a = ask(index, 'who were the local Lindau politicians who spoke at the Karesh rally at the Hall of Peoples in 2031?').answer;
    expect(a.answered && /Strand/.test(a.text.split('“')[0] ?? '')).toBe(false);
  });

  it('GIVEN the same THEN asked who joined the protesters, she is still named', () => {
    const a = ask(index, 'Which lawmaker joined the protesters at the Lindau rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Strand/);
  });
});
