import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A list of officials where one name follows a town's words and a title ("Dornfeld Hills City Councilmember Ona
// Pell"; found on a probe of diaspora rallies): the run is a person, not a place. Invented words throughout.
const rally =
  'Tens of thousands rally at Kessel City Hall for Varn\nPublished: 12 February 2031 | Lantern Wire\n\nTens of thousands of exiles from across the coast rallied at Kessel City Hall on Saturday for the uprising in Varn.\n\nMayor Ilse Marr, Dornfeld Hills City Councilmember Ona Pell, and Congressman Teo Brandt were among the well-known officials who came on Saturday.\n';

describe('a title inside a run of capitals after a town’s words', () => {
  it('GIVEN "Mayor A, Dornfeld Hills City Councilmember B, and Congressman C were among the officials" WHEN which officials came THEN all three are named', async () => {
    const index = await archiveOfTexts({ 'k.txt': rally });
    const answer = ask(index, 'Which officials came to the Kessel City Hall rally?').answer;
    expect(answer.answered).toBe(true);
    const lead = answer.text.split('“')[0] ?? '';
    expect(lead).toMatch(/Ilse Marr/);
    expect(lead).toMatch(/Ona Pell/);
    expect(lead).toMatch(/Teo Brandt/);
  });
});
