import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { compoundParts } from '../../../src/understand/compound.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "how many members did police arrest in the Dorvik raid, and what were they charged with?": "they" are the people the
 * first part counts, at its occasion; the second part is read of that raid, never of another report's charges.
 */
const REPORTS: Record<string, string> = {
  'dorvik-raid.txt': `Police raid Dorvik exile camp

June 20, 2031

Police in Norvia raided the Dorvik camp of an exiled opposition group early on Tuesday, leaving one man dead and dozens injured, the group said.

About 900 officers took part in the operation, which a special court had authorised.
`,
  'valmont-plot.txt': `Two charged over plot against exile congress

July 4, 2031

A married couple, identified as Teo R. and Mina R., were charged with "attempted terrorist murder," prosecutors said, after they were stopped with explosives in their car on the way to the exile congress in Valmont.
`,
};

describe('"they" in the second part of a compound question', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "…, and what were they charged with?" THEN the second part keeps the raid of the first', () => {
    expect(compoundParts('how many members did Norvian police arrest in the Dorvik raid, and what were they charged with?')).toEqual([
      'how many members did Norvian police arrest in the Dorvik raid?',
      'what were they charged with in the Dorvik raid?',
    ]);
  });

  it('GIVEN neither arrests nor charges told of the raid THEN nothing is answered (not another report’s charges)', () => {
    const a = ask(index, 'how many members did Norvian police arrest in the Dorvik raid, and what were they charged with?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/attempted terrorist murder/);
  });
});
