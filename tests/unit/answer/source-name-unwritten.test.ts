import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count asked of an outlet by its name: a report that never writes that name gives someone else's count, even
// when the outlet's name holds the city the report is about.
const REPORTS = {
  'marrow-point-vigil.txt': `Exiles fill the square in Marrow Point

About 7,000 exiles from across the coast gathered in Marrow Point on Sunday for a candlelit vigil marking the fifth year since the dam collapse at Orvane.

Police gave no estimate of their own. Speakers asked the federal cabinet to freeze the assets of the engineering firm blamed for the collapse.
`,
  'tesk-harbour-strike.txt': `Dockers walk out in Tesk

The Tesk Evening Ledger put the number of striking dockers at 2,300 on the first morning of the walkout.

Union leaders said the strike would last until wages were restored.
`,
};

describe('a count asked of a source the report never names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no report names the Marrow Point Times THEN its estimate of the vigil is not answered', () => {
    const a = ask(index, 'How many exiles did the Marrow Point Times estimate gathered in Marrow Point for the vigil on the fifth year since the Orvane dam collapse?').answer;
    expect(a.text).not.toMatch(/7,000/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN no report names Coastline Beacon THEN "according to Coastline Beacon" is not answered', () => {
    const a = ask(index, 'How many exiles gathered for the vigil in Marrow Point according to Coastline Beacon?').answer;
    expect(a.text).not.toMatch(/7,000/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the report names the outlet THEN its count answers', () => {
    const a = ask(index, 'How many dockers went on strike in Tesk according to the Tesk Evening Ledger?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/2,300/);
  });

  it('GIVEN the question asks no source THEN the vigil is counted', () => {
    const a = ask(index, 'How many exiles gathered for the vigil in Marrow Point?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/7,000/);
  });
});
