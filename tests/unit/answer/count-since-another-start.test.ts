import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count told with a rate in an aside ("at least 21 people – nearly two a day – have died") is still a total, and a
// count told "since" another start than the question's ("since October") is of another span.
const REPORTS = {
  'orvin-hunger.txt': `Hunger deaths go on in Orvin after food trucks arrive

The relief charity Open Hands said on Monday that at least 21 people – nearly two people per day – have died since the first food trucks reached the hill village of Orvin on March 3.

Open Hands said that 47 people have died of hunger in Orvin since October, and that the village needs doctors more than flour.

About 9,000 people still live in Orvin, which has been cut off by militia checkpoints since the summer.
`,
};

describe('a count since another start, and a rate told in an aside', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "at least 21 people – nearly two people per day – have died since the trucks reached" THEN the 21 answers the count since the trucks', () => {
    const a = ask(index, 'How many people have died in Orvin since the food trucks arrived, according to Open Hands?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b21 people/);
    expect(a.text).not.toMatch(/\b47\b/);
  });

  it('GIVEN the question counts since October THEN the count told since October answers', () => {
    const a = ask(index, 'How many people have died of hunger in Orvin since October?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b47 people/);
  });
});
