import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "where in Kessel was the protest?" answered by a venue named after the town ("Kessel City Hall"; found on a probe
// of diaspora rallies): the venue is new, not the town given back. Invented words throughout.
const rally =
  'Exiles descend on Kessel for Varn\nPublished: 12 February 2031 | Lantern Wire\n\nOver two days, exiles in their tens of thousands from along the coast came together on the anniversary of the Varn revolution, converging on Kessel City Hall for the largest protest of the year.\n\nSpeakers called on the world to stand with the people of Varn.\n';

describe('a venue named after the town asked answers "where in <town>"', () => {
  it('GIVEN "converging on Kessel City Hall" WHEN "where in Kessel was the protest …" THEN Kessel City Hall answers', async () => {
    const index = await archiveOfTexts({ 'k.txt': rally });
    const answer = ask(index, 'where in Kessel was the protest on the revolution anniversary?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Kessel City Hall/);
  });
});
