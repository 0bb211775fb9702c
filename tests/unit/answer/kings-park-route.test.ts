import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A venue named by a title's possessive ("King's Park") is no venue in a town called "King": asked where the Korvik
 * rally gathered, the park answers (it had been refused as another town's). And asked where the rally marched to,
 * "gather at A" is its start and "then made their way to B" its end.
 */
describe("a possessive venue and a route told by 'made their way to'", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'korvik-lanterns.txt': `NATIONWIDE SUPPORT WALKS
Thousands walk in Korvik for the Dorvan strikers
Korvik Daily, Staff
Published Saturday, May 10, 2031
Thousands of people walked through the old town of Korvik on Saturday evening for the strikers in Dorvan who face a harsh crackdown.
They gathered at King's Park at about 7 p.m. and then made their way to Harbour Square, singing and holding lanterns and signs that read "Free the strikers" and "Bread, work, dignity."
Named "Bright Lanterns," the walk held by the Harbour Centre for Civic Rights was one of many held in several countries on Saturday.
PHOTO
Thousands gather at King's Park for the 'Bright Lanterns' walk for the Dorvan strikers. (Photo Desk)
`,
    });
  });

  it('GIVEN "gathered at King\'s Park" WHEN asked where the Korvik walk gathered THEN the park', () => {
    const a = ask(index, 'Where did the Bright Lanterns walk in Korvik gather?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/King's Park/);
  });

  it('GIVEN "then made their way to Harbour Square" WHEN asked where it marched to THEN the square, not the park', () => {
    const a = ask(index, 'Where did the Bright Lanterns walk in Korvik march to?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Harbour Square/);
  });
});
