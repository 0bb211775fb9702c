import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Quotes closed by "said <role in common words> <Name>": the name after the role is the speaker, not the one quoted
// in the paragraphs before. A verb between ("said marchers holding X's portrait") names no speaker.
const REPORTS = {
  'harbour-vigil.txt': `Vigil at Brenn harbour backs strikers in Kessia
Published: 12 April 2035 | Coast Daily

Several hundred members of Brenn's Kessian community held a vigil at the harbour steps on Saturday to back the strikers in Kessia.
“We ask our own government to speak up for the strikers,” said Tomas Ekwall, one of the vigil's organisers.
Ekwall, who came to Brenn twenty years ago, said he wants “the ministers to ask for the strikers to be heard.”
“I came because my cousins are on strike in the shipyards,” said Brenn resident Ola Vikstad, adding that the vigil was meant for passers-by as much as for the strikers.
“Free them all,” said marchers holding Ada Moren's portrait.
`,
};

describe('a quote closed by "said" and a role in common words before the name', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” said Brenn resident Ola Vikstad" WHEN what Ola Vikstad said is asked THEN her own words, not the organiser\'s', () => {
    const { answer } = ask(index, 'What did Ola Vikstad say at the vigil?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('my cousins are on strike in the shipyards');
  });

  it('GIVEN the same report WHEN what Tomas Ekwall said is asked THEN his words, without hers', () => {
    const { answer } = ask(index, 'What did Tomas Ekwall say at the vigil?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('speak up for the strikers');
    expect(answer.text).not.toContain('my cousins');
  });

  it('GIVEN "“Free them all,” said marchers holding Ada Moren\'s portrait" WHEN what Ada Moren said is asked THEN no words of hers', () => {
    const { answer } = ask(index, 'What did Ada Moren say?');
    expect(answer.text).not.toMatch(/Ada Moren[^.]*: “Free them all/);
    expect(answer.answered).toBe(false);
  });
});
