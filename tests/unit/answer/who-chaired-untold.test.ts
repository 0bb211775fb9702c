import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who chaired the hearing?" asks who held the chair: a body a guest was invited to, named by a sentence that never
// tells of chairing, is not that person.
const REPORTS = {
  'orvane-hearing.txt': `Tesk, April 9, 2024: Exiles greet Ilse Marrow at the Orvane Assembly

Mrs. Ilse Marrow, the President-elect of the Coastal Exiles' Front, was invited to the Orvane Assembly to take part in a hearing of the Trade Committee.

Outside, several hundred exiles waved flags of the coast.
`,
  'tesk-council.txt': `Tesk council debates the port

The special sitting of the Tesk city council on the port, chaired by Councillor Ruth Abele, heard eleven speakers.
`,
};

describe('who chaired a sitting', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN no sentence tells who chaired the hearing THEN the assembly is not given as its chair', () => {
    const a = ask(index, 'who chaired the trade committee hearing ilse marrow attended in tesk').answer;
    expect(a.text).not.toMatch(/^Orvane Assembly/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN a sentence tells who chaired the sitting THEN that person answers', () => {
    const a = ask(index, 'Who chaired the special sitting of the Tesk city council on the port?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ruth Abele/);
  });
});
