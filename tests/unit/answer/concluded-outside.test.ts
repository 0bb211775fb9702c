import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Where did the Marden Vale walk end with a rally?" against "The walk began at 3 p.m. in the vicinity of Mill Rd. and 9th
 * Avenue and concluded with a short rally outside the Marden Vale Central Library": the place after "concluded with
 * a … outside" is where it ended, not the street it began on.
 */
describe('a walk that "concluded with a short rally outside" a place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'marden-walk.txt': `Thousands march in a freedom walk for Dorvan near Korvik
Vale police say more than 9,000 marchers joined a freedom walk in Marden Vale, Nor. on Sunday after the death of a student held by the Dorvan guard.
"We walk for our families back home, who live in fear," one marcher told the Courier.
Dorvan Exiles for Rights, a group of teachers and union members, organised the walk for the strikers. The walk began at 3 p.m. in the vicinity of Mill Rd. and 9th Avenue and concluded with a short rally outside the Marden Vale Central Library.
Police asked drivers to keep away from the area between 2 and 5 p.m.
`,
    });
  });

  it('GIVEN "began … in the vicinity of A and concluded with a short rally outside B" WHEN asked where it ended THEN B', () => {
    const a = ask(index, 'Where did the Marden Vale walk for Dorvan end with a rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^The Marden Vale Central Library/);
  });
});
