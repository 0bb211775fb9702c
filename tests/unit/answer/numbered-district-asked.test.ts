import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A city's districts go by number ("the 12th arrondissement"). A conference at the 12th's town hall is no answer to a
// question about the 14th's: the bot says it holds none rather than quote the 12th's mayor.
const REPORTS = {
  'town-hall-conference.txt': `Conference at the town hall on executions in Varnland
Published: 28 May 2031 | Harbour Post

On May 27, 2031, the town hall of the 12th arrondissement of Lutece hosted a conference on the wave of executions in Varnland.

Odile Marchal, Mayor of the 12th arrondissement, called the executions "a stain on our century" and urged the government to act.
`,
  'anniversary-march.txt': `Hundreds march on first anniversary of Tamsin Orel's death
Published: 17 September 2031 | Harbour Post

Hundreds of people marched through Lutece on Saturday to mark the first anniversary of the death of Tamsin Orel in custody.

About 800 people took part, according to the organisers.
`,
};

describe('a numbered district asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a conference at the 12th arrondissement town hall WHEN the mayor\'s words at the 14th arrondissement town hall are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'What did Odile Marchal say about executions at the conference at the 14th arrondissement town hall?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/another arrondissement than the 14th/);
    expect(answer.text.split('Closest')[0]).not.toMatch(/stain/);
  });

  it('GIVEN the same report WHEN the 12th is asked THEN her words', () => {
    const { answer } = ask(index, 'What did Odile Marchal say about executions at the conference at the 12th arrondissement town hall?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/a stain on our century/);
  });
});

describe('an ordinal occasion asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a march on the first anniversary of a death WHEN the turnout on the second anniversary is asked THEN not in the archive', () => {
    const { answer } = ask(index, "How many people marched in Lutece on the second anniversary of Tamsin Orel's death?");
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/another anniversary than the 2nd/);
    expect(answer.text.split('Closest')[0]).not.toMatch(/800/);
  });

  it('GIVEN the same report WHEN the first anniversary is asked THEN its turnout', () => {
    const { answer } = ask(index, "How many people marched in Lutece on the first anniversary of Tamsin Orel's death?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b800\b/);
  });
});
