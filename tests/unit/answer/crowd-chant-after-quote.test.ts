import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A Kessa march whose chant is quoted first and told after ("“…”, the large crowd chanted"), in a report where a
// poet's name for the day is set in quotation marks after "described as a"; a Dorn march whose chant names a leader
// ("“…, with X,” the demonstrators were chanting"). Asked what the crowd chanted, the bot
// gives the chant, never the poet's name for the day, nor the poet's own words as the crowd's.
const REPORTS = {
  'kessa.txt': `Thousands cross the Kessa bridges for Varnia
Published: 21 April 2032 | Kessa Tribune

KESSA — Beating pans and singing, the march through Kessa was part of what the exiled poet Dario Velt described as a “season of open doors” for Varnian prisoners.

“Bread, work, liberty”, the large crowd chanted as it crossed the Iron Bridge, waving blue and orange flags.

At a reading before the march, Velt said the prisoners “are writing the future on the walls of their cells.”
`,
  'dorn.txt': `Varnian exiles march through Dorn
Dorn Evening Post

DORN — Several hundred Varnian exiles marched past the Dorn parliament on Sunday to ask for sanctions on the junta's generals.

“Freedom, justice, with Tomas Hale,” the demonstrators were chanting in honour of Tomas Hale, the exiled leader of the Varnian Labour Front.
`,
};

describe('a chant told after its quote, a name given by someone else', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…”, the large crowd chanted" WHEN asked what the crowd chanted THEN the chant, not the poet\'s words', () => {
    const { answer } = ask(index, 'What did the crowd in Kessa chant?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Bread, work, liberty/);
    expect(answer.text).not.toMatch(/season of open doors/);
    expect(answer.text).not.toMatch(/writing the future/);
  });

  it('GIVEN "“…,” the demonstrators were chanting in honour of X" WHEN asked what they chanted about X THEN the crowd\'s chant, not X\'s words', () => {
    const { answer } = ask(index, 'What did the demonstrators in Dorn chant about Tomas Hale?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/chanted “Freedom, justice/i);
    expect(answer.text).not.toMatch(/Hale said/);
  });
});
