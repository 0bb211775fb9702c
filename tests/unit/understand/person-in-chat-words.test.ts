import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "who was the valdorian guy that spoke by video": chat calls a person a guy, a dude, a lady. The word is no name
// ("Guy" is also a first name reports write), so it must not pick the speaker called Guy over the one the question
// describes.
const REPORTS = {
  'kastel-rally.txt': `Thousands rally in Kastel against the Valdor regime

By Dana Roe, Kastel Courier
March 9, 2031

Several thousand exiles rallied in Kastel on Saturday.

"Like Dessia before it, Valdor will shake off its rulers, and it will happen in 2031," said Orvel's former mayor Guy Marchetti.

"The rulers will collapse faster than anyone expects," former Valdorian army officer Tomas Reyl told the crowd by video link.
`,
};

describe('a person as chat calls one', () => {
  it('GIVEN "the X guy", "that lady", "which guys" THEN a man, a woman, men; a name after "did" is left', () => {
    expect(cleanQuestion('who was the valdorian guy that spoke by video')).toBe('who was the valdorian man that spoke by video');
    expect(cleanQuestion('who was that lady from the council?')).toBe('who was that woman from the council?');
    expect(cleanQuestion('which guys spoke at the rally?')).toBe('which men spoke at the rally?');
    expect(cleanQuestion('what did guy marchetti say?')).toBe('what did guy marchetti say?');
  });

  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a speaker named Guy WHEN "the valdorian guy that spoke by video" is asked THEN the one who spoke by video', () => {
    const { answer } = ask(index, 'who was the valdorian guy that spoke by video at the kastel rally in 2031');
    expect(answer.text).not.toMatch(/Marchetti/);
    expect(answer.text).toMatch(/Tomas Reyl/);
  });
});
