import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Tova Rask, who was jailed for two years in 2009, addressed the crowd": the year is of the jailing the clause tells,
// not of the speech.
const REPORTS = {
  'brenn.txt': `Exiles rally in Brenn
Published: 12 June 2031 | Brenn Daily

Hundreds of exiles rallied in Brenn to demand the release of political prisoners.
Tova Rask, who was jailed for two years in 2009, addressed the crowd from a small stage near the fountain.
`,
  'kessa.txt': `Vigil in Kessa
Published: 20 September 2031 | Kessa Herald

Ilan Moro, whose brother was executed in 2012, spoke to the vigil on September 18, 2031 outside the town hall.
`,
};

describe('a date inside a clause about someone', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X, who was jailed in 2009, addressed the crowd" WHEN when did X address the crowd is asked THEN not 2009', () => {
    const { answer } = ask(index, 'When did Tova Rask address the crowd?');
    expect(answer.text.split('Closest')[0]).not.toContain('2009');
  });

  it('GIVEN the day of the speech stated outside the clause WHEN when did he speak is asked THEN that day', () => {
    const { answer } = ask(index, 'When did Ilan Moro speak at the vigil?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('September 18, 2031');
    expect(answer.text.split('“')[0]).not.toContain('2012');
  });
});
