import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Which former speaker of the house was at the congress?": "speaker of the house" is an office, not "who spoke".
// The person the report gives that office is the answer; the keynote speaker, who spoke but holds no such office, is
// not.
const REPORTS = {
  'marden-congress.txt': `Thousands at the Marden congress of the Valdor exiles

MARDEN, June 9, 2031 - Thousands of exiles gathered on Saturday at the Marden Exhibition Centre for the yearly congress of the Valdor opposition.
Anna Corvin, leader of the Valdor Freedom Council, addressed the crowd, saying the regime would fall within the decade.
A large delegation from Norland, headed by former mayor of Port Ellis Rudy Vane, took part in the event.
Also present were former speaker of the House of Delegates Carl Denholm and former ambassador Lisa Marek.
Several guests took to the stage to address the congress, including singer Mina Roshan, Belgian Senator Ilse Brandt, Member of Regional Parliament Jon Eriksen and former minister Paul Grey.
`,
};

describe('an office of a body asked with "which"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "former speaker of the House of Delegates Carl Denholm" WHEN which former speaker of the house was there is asked THEN he is named, not the keynote speaker', () => {
    const { answer } = ask(index, 'which former speaker of the house was at the marden congress in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Carl Denholm/);
    expect(answer.text).not.toMatch(/Anna Corvin/);
    expect(answer.citations[0]?.excerpt).toMatch(/Also present were/);
  });

  it('GIVEN a list "…, Belgian Senator Ilse Brandt, Member of Regional Parliament Jon Eriksen, …" WHEN which member of the regional parliament spoke is asked THEN the member is named, not the senator before him', () => {
    const { answer } = ask(index, 'Which member of the regional parliament spoke at the marden congress in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Jon Eriksen/);
    expect(answer.text).not.toMatch(/^[^“]*Ilse Brandt/);
  });

  it('GIVEN the same report WHEN who spoke is asked THEN the keynote speaker is still named', () => {
    const { answer } = ask(index, 'who spoke at the marden congress in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Anna Corvin/);
  });
});
