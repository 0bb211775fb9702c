import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Towns counted by where people were killed, asked as the towns the protests reached. Invented province and figures.
describe('a count of towns told for killings, asked for protests', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'dornia-drought.txt': `Dornia, August 20, 2031 — Protests over the drought in Dornia province went on for a second week.
Since then, the Watch group says, police have killed at least six marchers and onlookers, including a young girl, across five different towns.
Officials blamed armed gangs for the deaths.
`,
    });
  });

  it('GIVEN "killed … across five different towns" THEN "in how many towns did the protests take place" is not answered five', () => {
    const a = ask(index, 'In how many towns across the province did the August 2031 drought protests take place?').answer;
    expect(a.text).not.toMatch(/^(?:at least )?five\b/i);
  });

  it('GIVEN the same sentence THEN "in how many towns were marchers killed" is still answered five', () => {
    const a = ask(index, 'In how many towns were marchers killed during the August 2031 drought protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\bfive\b/i);
  });
});
