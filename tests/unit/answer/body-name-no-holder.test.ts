import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Dr. Ana Veld, President of the Solidarity Council for a Free Marland": a body's name that opens with an office and
// ends with two capitalised words is one name. Asked who spoke, the last two words ("Free Marland") are nobody; only
// when an office of a body is asked ("which member of the Harbour parliament") is a holder's name read out of such a run.
const REPORTS = {
  'orvel-rally.txt': `Exiles rally in Orvel for a free Marland
Published: 9 May 2031 | Coastal Herald

Several hundred exiles rallied in Orvel on May 8, 2031.

In a message to the rally, Dr. Ana Veld, President of the Solidarity Council for a Free Marland, wrote that the regime's days were numbered.

Councillor Piet Oster told the crowd that the city stood with them.
`,
};

describe('a body named with an office in it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Dr. Ana Veld, President of the Solidarity Council for a Free Marland, wrote …" WHEN who spoke is asked THEN "Free Marland" is not named as a person', () => {
    const { answer } = ask(index, 'who spoke at the rally in Orvel on May 8, 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Piet Oster|Ana Veld/);
    expect(answer.text.split('“')[0]).not.toMatch(/Free Marland \(/);
    expect(answer.text.split('“')[0]).not.toMatch(/(?:^|, )Free Marland\b/);
  });
});
