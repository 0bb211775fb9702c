import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A speaker's post told by a relative clause, "X, who heads the …" (found on a probe of diaspora rallies). The
// archive is written in invented words.
const picket =
  'Exiles say no to the vote in Varn\nPublished: 20 June 2031 | Lantern Wire\n\nAbout 300 exiles picketed the Civic Court on Brenner Square on Sunday against the coming vote in Varn.\n\nThe speakers were poet Pavo Lind, Rasmus Oy, who heads the Lantern Party of Varn, and Ida Venn, who all spoke in Norn.\n';

describe('a relative clause telling the body a person heads gives the role', () => {
  it('GIVEN "Rasmus Oy, who heads the Lantern Party of Varn," WHEN who he is asked THEN head of that party answers', async () => {
    const index = await archiveOfTexts({ 'p.txt': picket });
    const answer = ask(index, 'Who is Rasmus Oy?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/head of the Lantern Party of Varn/);
  });
});
