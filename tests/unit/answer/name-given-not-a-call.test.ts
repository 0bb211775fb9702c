import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X call the vote count?" asks the name X gave it; X calling for something ("called for “patience”") names
// nothing and is no answer, even when the answer retells it as "X said: “…”". Invented report, people and town.
describe('the name someone gave a thing, not what they called for', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-count.txt': `Vote count disputed in Kessa

Thursday, April 10, 2031

Thousands marched in Kessa on Wednesday in a silent protest against the official count.
The march had been called by runner-up Dara Penn to protest what he termed a brazen theft of the ballot.
At a second march in Kessa a week later, Penn told the crowd he wanted calm, and called for “patience and discipline.”
`,
      'kessa-lind.txt': `Second candidate rejects Kessa tally

Friday, April 11, 2031

Ora Lind, who came third in Kessa, called the count “a stitched-up tally” at a press conference on Friday.
`,
    });
  });

  it('GIVEN only a call for "patience and discipline" THEN "what did Penn call the vote count" is never answered with it', () => {
    const a = ask(index, 'What did Penn call the vote count when he called the silent protest in April 2031?').answer;
    expect(a.text).not.toMatch(/patience and discipline/);
  });

  it('GIVEN "Lind called the count “a stitched-up tally”" THEN what Lind called the count is answered', () => {
    const a = ask(index, 'What did Ora Lind call the count?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/stitched-up tally/);
  });
});
