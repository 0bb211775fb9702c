import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "From where did the guards take injured strikers during the Kestrin strikes?": the report tells that they took them
 * "from clinics", no place by name; the only place its sentences give is the province the question names ("Kestrin
 * Province"), which tells nothing new and is not where they were taken from.
 */
const REPORTS: Record<string, string> = {
  'kestrin-strikes.txt': `Sweeping arrests amid the strikes in Kestrin

Dorsa Watch – Border guards and police have rounded up and detained dozens of locals amid the ongoing strikes over bread prices in Kestrin Province.

According to local reports, the guards arrested several injured strikers from clinics.

Many injured strikers are not seeking treatment for fear of arrest.

On Monday the largest rally of the strikes was held at Vane Square in Kestrin.
`,
};

describe('a place answer that only gives back the place the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "Kestrin Province" placed in the report THEN "from where … during the Kestrin strikes" is not answered with it', () => {
    const a = ask(index, 'From where did border guards take injured strikers into custody during the Kestrin strikes?').answer;
    expect(a.text).not.toMatch(/^Kestrin/);
  });

  it('GIVEN a place by name beside the place asked THEN it is still the answer', () => {
    const a = ask(index, 'where was the largest rally of the Kestrin strikes held?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vane Square/);
  });
});
