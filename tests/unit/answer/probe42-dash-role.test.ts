import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A press release listing its speakers as "Mr. X - title, …" (found on a probe of diaspora rallies); the archive is
// written in invented words.
const release =
  'Exiles to picket the envoy in Kessel\nPublished: 3 May 2031 | Lantern Wire\n\nKESSEL, May 3, 2031 -- Exiles from across Norland will picket the Varn envoy outside the Kessel Assembly on Friday, May 9, 2031.\n\nAmbassador Ilse Marr (Former envoy to Dornfeld, 2020-2024) will also speak at the picket, as well as Mr. Tobias Wren - Brenner Law Professor, essayist, lawyer and author. Former prisoners will also speak.\n';

describe('a title after a spaced dash is the person’s role', () => {
  it('GIVEN "Mr. X - Brenner Law Professor, essayist …" WHEN who X is asked THEN the title answers', async () => {
    const index = await archiveOfTexts({ 'p.txt': release });
    const answer = ask(index, 'who is Tobias Wren?').answer;
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Tobias Wren: Brenner Law Professor/);
    expect(answer.text).not.toMatch(/gives no role/);
  });

  it('GIVEN a dash before a clause ("X - who spoke first - said …") THEN no role is read from the clause', async () => {
    const index = await archiveOfTexts({
      'q.txt': 'Exiles picket the envoy in Kessel\nPublished: 9 May 2031 | Lantern Wire\n\nExiles picketed the Varn envoy outside the Kessel Assembly on Friday. Tobias Wren - who spoke first - said the envoy must leave.\n',
    });
    const answer = ask(index, 'who is Tobias Wren?').answer;
    expect(answer.text).not.toMatch(/Tobias Wren: who/);
  });
});
