import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A summit where a former foreign minister spoke, and a protest outside a prime minister's office. Asked when she was
// prime minister — an office no report gives her, nor a term — the bot does not answer with the summit's or the
// protest's day.
const REPORTS = {
  'summit-seville.txt': `Third session of the Free Varn summit in Seville
Published: 4 June 2031 | Harbour Wire

Seville, Spain, June 3, 2031 — Delegates from twenty countries met in Seville on Tuesday for the closing session of the Free Varn summit.

Senator and former Foreign Minister Tova Rask opened the session. “The junta cannot outlast its own people,” Rask told the delegates.
`,
  'protest-brenn.txt': `Protest outside the Prime Minister's Office in Brenn
Published: 20 July 2031 | Brenn Courier

On Saturday, 19 July, several hundred exiles held a demonstration in front of the Prime Minister's Office in Brenn to demand the expulsion of the junta's envoy.

They asked the prime minister to receive a delegation of the families.
`,
};

describe('when someone held an office', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a former foreign minister at a summit WHEN asked when she was prime minister of spain THEN not in the archive, no date given', () => {
    const { answer } = ask(index, 'when was tova rask prime minister of spain');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/June 3|July 19|events? match/);
  });

  it('GIVEN the same reports WHEN asked when the summit in Seville took place THEN its day', () => {
    const { answer } = ask(index, 'When did the closing session of the Free Varn summit take place in Seville?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 3, 2031/);
  });
});
