import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A watchdog's count of people who died after being held, told beside a national toll, later deaths, officials who
// confirmed one of them, and an amount of a drug a detainee carried.
const REPORTS = {
  'korvia-watch.txt': `Watchdog says held marchers died behind bars
Published: 14 March 2033 | Coastline Bulletin

At least seven marchers arrested during last month's bread riots in Korvia have died in prison, the Vestal Watch group said on Friday.
A harsh crackdown by riot units left at least 31 marchers dead across the country, the group added.
At least three other people are said to have died in jail since then, among them a teacher in Tamsk.
Two Korvian senators later confirmed the death of a student in the Tamsk lock-up.
Wardens claimed the student had been carrying 40 grams of cannabis when police picked him up.
`,
};

describe('deaths in custody are counted as deaths, apart from the people and things around them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "seven marchers arrested during the riots have died in prison" WHEN how many died in prison is asked THEN seven answers, not the national toll', () => {
    const { answer } = ask(index, 'According to the Vestal Watch, how many marchers died in prison?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\bseven\b/i);
    expect(answer.text).not.toMatch(/\b31\b/);
  });

  it('GIVEN deaths told in prison WHEN how many died in the streets and detention centres is asked THEN deaths are looked for, not arrests', () => {
    const { answer } = ask(index, 'How many marchers died in the streets and detention centres?');
    expect(answer.text).not.toMatch(/arrest/i);
    expect(answer.text).not.toMatch(/grams/);
  });

  it('GIVEN two senators confirmed a death WHEN how many died in the lock-up is asked THEN the senators are not counted as dead', () => {
    const { answer } = ask(index, 'how many died in the Tamsk lock-up?');
    expect(answer.text).not.toMatch(/senators/i);
  });

  it('GIVEN three other people died later WHEN how many others died besides the student is asked THEN three answers, and no senators are counted as dead', () => {
    const { answer } = ask(index, 'Besides the student, how many other people died in jail?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\bthree\b/i);
    expect(answer.text).not.toMatch(/senators/i);
  });

  it('GIVEN an amount of cannabis WHEN how many were arrested is asked THEN no amount of grams is counted as people', () => {
    const { answer } = ask(index, 'how many people were arrested in Korvia?');
    expect(answer.text).not.toMatch(/grams/);
  });
});
