import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "ostria ex-PM at the arlen exhibition, name?": chat writes a prime minister "PM" (in capitals; "5 pm" is an hour). */
describe('"PM" and "ex-PM" as chat writes them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'arlen-exhibition.txt': `Exhibition in Arlen on the anniversary of the 1994 prison killings

An exhibition was set up in Arlen on Thursday to mark the 30th anniversary of the killing of 4,000 political prisoners in 1994 in Vardania. Among those who attended the event were Tor Vassen, the former prime minister of Ostria, and Mila Brandt, Director of the renowned Kellen Society Against Torture (KSAT).
`,
    });
  });

  it('GIVEN "ex-PM", "the PM" THEN they read "former prime minister", "prime minister"; an hour or a longer acronym is left', () => {
    expect(cleanQuestion('ostria ex-PM at the arlen exhibition, name?')).toBe('ostria former prime minister at the arlen exhibition, name?');
    expect(cleanQuestion('what did the PM say?')).toBe('what did the prime minister say?');
    expect(cleanQuestion('was the rally at 5 PM?')).toBe('was the rally at 5 PM?');
    expect(cleanQuestion('how many PMOI members came?')).toBe('how many PMOI members came?');
  });

  it('GIVEN the exhibition report THEN "ostria ex-PM at the arlen exhibition, name?" finds the former prime minister', () => {
    const a = ask(index, 'ostria ex-PM at the arlen 1994 killings exhibition, name?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Tor Vassen/);
  });
});
