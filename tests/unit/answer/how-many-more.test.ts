import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "how many more bodies were they still looking for?": the count told as more than one before it ("five more
 * bodies"), not the one it adds to ("14 bodies"); "more" is no noun counted.
 */
const REPORTS: Record<string, string> = {
  'kelvar-quarry.txt': `Rescuers find bodies at Kelvar quarry

August 9, 2031

A spokeswoman for the Norvian relief office, Ada Lenk, said on Thursday that a team of rescuers saw 14 bodies at the Kelvar quarry during a Wednesday visit.

Lenk added that children were among the dead and that the team was still searching for five more bodies.
`,
};

describe('"how many more"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "how many more bodies" THEN bodies are counted, not "more"', () => {
    expect(analyseQuestion('How many more bodies were rescuers still looking for?').counted).toEqual(['body']);
  });

  it('GIVEN "how many more bodies were rescuers still looking for at Kelvar" THEN the five more, not the 14 seen', () => {
    const a = ask(index, 'How many more bodies were the rescuers still looking for at the Kelvar quarry in 2031?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^five more bodies/i);
  });
});
