import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A title of local office written before a name (found on a probe of diaspora rallies): "City Councilmember X". The
// archive is written in invented words.
const rally =
  'Tens of thousands rally at Kessel City Hall for Varn\nPublished: 12 February 2031 | Lantern Wire\n\nTens of thousands of exiles from across the coast rallied at Kessel City Hall on Saturday for the uprising in Varn.\n\nMayor Ilse Marr, Dornfeld City Councilmember Ona Pell, and Congressman Teo Brandt were among the officials who came on Saturday.\n';

describe('titles of office before a name', () => {
  it('GIVEN "Dornfeld City Councilmember Ona Pell" WHEN who she is asked THEN the title answers', async () => {
    const index = await archiveOfTexts({ 'k.txt': rally });
    const answer = ask(index, 'who is Ona Pell').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Dornfeld City Councilmember/);
  });
});
