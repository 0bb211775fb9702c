import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A venue the question names as context, written in the answer with its town as owner (probe 37: "where did the
// simultaneous conference take place while Iranians rallied in Bebelplatz" answered "Berlin's Bebelplatz"), pinned
// with a report written for the tests: invented people and towns.
describe('a venue the question already names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({ 'lindenplatz-link.txt': `Thousands of Vardanian exiles gathered today on Ostrel's Lindenplatz to follow a live link to a forum in Harlow, as guests joined speakers in the city to back a free Vardania.
In Harlow, a forum held at the same time featured the exile leader Mara Quint, with former ministers Tom Adler, Ida Crane and Ben Varro among the guests.
` });
  });

  it('GIVEN the rally on "Ostrel\'s Lindenplatz" named in the question THEN the city of the other forum is Harlow', () => {
    const a = ask(index, 'In which city did the forum with Adler, Crane and Varro take place while exiles gathered on Lindenplatz?').answer;
    expect(a.text).not.toMatch(/^[^“]*Lindenplatz/);
    expect(a.answered ? /^Harlow/.test(a.text) : true).toBe(true);
  });

  it('GIVEN the same report THEN where the exiles gathered is still Lindenplatz', () => {
    const a = ask(index, 'Where did the exiles gather to follow the live link?').answer;
    expect(a.text).toMatch(/Lindenplatz/);
  });
});
