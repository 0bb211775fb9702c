import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A march in Porto Vell whose report gives only the police count, said to be more than the organisers had hoped
// for, and a notice naming who called it; a report on another march writes the number its organisers foresaw. Asked
// how many the Porto Vell organisers expected, the bot does not give back the police count.
const REPORTS = {
  'porto.txt': `Exiles fill the river front of Porto Vell
Published: 12 May 2031 | Vell Courier

PORTO VELL — Varnian exiles marched along the river front on Sunday behind portraits of jailed teachers.

Police said on their website that the marchers numbered some 18,000, far more than the organisers expected.
`,
  'circle.txt': `Harbour Circle calls a march for Varnia's teachers
Published: 2 May 2031 | Vell Courier

PORTO VELL — The Harbour Circle, a network of Varnian exiles, has called a march along the river front of Porto Vell for the jailed teachers.
`,
  'dorn.txt': `Cyclists for Varnia ride through Dorn
Published: 3 June 2031 | Dorn Evening Post

DORN — The Green Wheel collective had expected some 600 riders for its ride in support of the Varnian strikers, and about 450 turned up on Saturday.
`,
};

describe('a count asked as it was expected', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a count said to exceed what the organisers expected WHEN the expected count is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'How many marchers had the organisers expected in Porto Vell?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/18,000/);
  });

  it('GIVEN a sentence writing the number expected WHEN it is asked THEN that number', () => {
    const { answer } = ask(index, 'How many riders had the Green Wheel collective expected in Dorn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/600/);
  });

  it('GIVEN the same reports WHEN the crowd itself is asked THEN the police count', () => {
    const { answer } = ask(index, 'How many marchers did police count in Porto Vell?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/18,000/);
  });
});
