import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One person asked by what they are ("who was the pilot of …") against reports that never write that word: the people
// a sentence names in passing (a nationality in the plural, an official who denied something) are not the one asked.
// Invented towns, people and flight.
describe('a person asked by a noun no report writes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-crash.txt': `Airliner downed near Kessa, all 64 on board killed

All 64 people on board flight KA310, mostly Kessians and Canadians, were killed when it came down near Kessa on Sunday.
Kessa police chief Colonel Ada Frenn denied reports that officers had fired on mourners at the airport.
Relatives gathered at the airport of Kessa on Monday to mourn.
`,
      'kessa-inquiry.txt': `Kessa opens crash inquiry

The captain of flight KA310, Oren Vasko, had warned the airline about the engines, his brother told reporters in Kessa.
`,
    });
  });

  it('GIVEN no report writes "pilot" THEN "who was the pilot of the flight" names no one (not "Canadians")', () => {
    const a = ask(index, 'Who was the pilot of the Kessian flight KA310?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^(?:Canadians|Kessians|Colonel Ada Frenn|Ada Frenn)/);
  });

  it('GIVEN "The captain of flight KA310, Oren Vasko" THEN "who was the captain of flight KA310" still names him', () => {
    const a = ask(index, 'Who was the captain of flight KA310?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vasko/);
  });
});
