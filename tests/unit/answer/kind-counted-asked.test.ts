import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many miners were detained in Vell?" counts people of one kind. A report whose only figure of detentions counts
// everyone ("more than 700 others"), and counts the kind only as marchers, does not tell it; the whole
// figure is no answer. Asked of everyone detained, the figure answers.
const REPORTS = {
  'vell-strikes.txt': `Strikes in Vell end with mass detentions
Published: 12 June 2034 | Eastern Courier

Riot police broke up the strike rallies in Vell on Thursday and detained more than 700 others, a workers' union said.

Some 38 miners from the Dorrin pits had joined the marches on Monday, the union added.

The mayor of Vell called for calm.
`,
};

describe('a count asked of people of a kind', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only an overall figure of detentions WHEN miners detained are asked THEN not in the archive, the overall figure not given', () => {
    const { answer } = ask(index, 'How many miners were detained in Vell?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b700\b/);
  });

  it('GIVEN the same report WHEN everyone detained is asked THEN the overall figure', () => {
    const { answer } = ask(index, 'How many were detained in Vell?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b700\b/);
  });
});

// The kind counted may be written only in the sentence the figure comes from: "The Front has so far identified 212 of
// the martyrs by name" counts the martyrs, though the answer states "212 people".
describe('a kind counted written in the figure\'s own sentence', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'front-names.txt': `The Front names the fallen of the Selm uprising
Published: 28 December 2031 | Lumen Front

The Lumen Front says more than 900 people were killed in the Selm uprising.

The Lumen Front has so far identified 212 of the martyrs by name.
`,
    });
  });

  it('GIVEN "identified 212 of the martyrs by name" WHEN how many martyrs the Front has identified by name THEN 212', () => {
    const { answer } = ask(index, 'How many martyrs has the Lumen Front identified by name?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b212\b/);
  });
});
