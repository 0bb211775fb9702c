import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words asked of a named sayer ("what did Belarus call the league's figures") are not a report's sentence that only
// names that country (the league's count of deaths in it), nor a sentence of what the country's papers claimed. A "whose …?"
// question asks a person or body: a bare sentence that names none is no answer.
const REPORTS = {
  'league-count.txt': `Harbour League raises Belarus strike toll to 212
Published: 9 April 2031 | Tidewater Post

GRANHOLM: At least 212 people died in Belarus over a four-day crackdown on dock strikes in March, according to a fresh count that the Harbour League released on Tuesday.
Belarusian newspapers claimed the league's chairman was accused of stirring up the dock strikes.
The league said the real number was likely to be higher still, because many families were too frightened to come forward.
Senator Ilse Marr (Green) walked with the dockers and in her address denounced the arrests of union stewards and the closure of the ports.
`,
};

describe('a bare sentence given for the words of a named sayer', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the league counts deaths in Belarus WHEN what Belarus called the league figures is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'what did belarus call harbour leagues death figures');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN only Belarusian papers made a claim WHEN what Belarus blamed for the strikes is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'What did Belarus blame for the dock strikes?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN a bare sentence writes the senator denouncing WHEN what Senator Ilse Marr denounced is asked THEN her words are kept', () => {
    const { answer } = ask(index, 'What did Senator Ilse Marr denounce at the dockers march?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/union stewards/);
  });

  it('GIVEN the league is written saying it WHEN what the league said about families is asked THEN its words answer', () => {
    const { answer } = ask(index, 'what did the league say about families');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/likely to be higher/);
  });
});
