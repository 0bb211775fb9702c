import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A where-question naming a province ("during the Dornia bread protests") answered by a town of it that the same
// report names ("Dornia province … in Velk"): the town is no other city than the one asked. Invented places.
describe('a town of the province asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'dornia-bread.txt': `Rights group urges release of Dornia bread protesters

The Watch group urged the authorities to free everyone held over the bread protests in Dornia and to let people buy flour at fair prices.
Since early May, the people of Dornia province have marched against the price of bread.
Riot police charged a peaceful sit-in with batons in Velk and detained several marchers.
`,
      'velk-fair.txt': `Velk, June 2, 2031 — The Velk spring fair drew large crowds to the town's market square on Sunday.
`,
    });
  });

  it('GIVEN "Dornia province" and a sit-in charged "in Velk" THEN "where … during the Dornia bread protests" answers Velk', () => {
    const a = ask(index, 'Where did riot police charge a peaceful sit-in with batons during the Dornia bread protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Velk\b/);
  });
});
