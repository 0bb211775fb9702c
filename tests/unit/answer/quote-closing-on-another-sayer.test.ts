import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A quotation that opens a paragraph after a body is named, and closes sentences later on another sayer ("…”, the
// league said."), is that sayer's words: never given as the words of the body named in the paragraph before.
const REPORTS = {
  'dorvik.txt': `Guards search the Dorvik shelter
Published: 14 March 2037 | Coastal Ledger

Border guards searched the Dorvik shelter for exiles on Monday, taking away several phones and two servers.

The Velmar interior office has so far rejected every complaint about the search.

“At dawn on March 13 about 400 guards entered the shelter in a brutal way. Many doors were smashed and the kitchen was wrecked. Dozens of phones are gone”, the Exile League said.

Shelter warden Ines Maro is one of the residents who stayed behind after the search.

"We were asleep when they came. Nobody showed us a warrant," she told Radio Pellin.

Interior Minister Petra Solk later told reporters: “Our guards acted within the law and harmed nobody.”
`,
};

describe('a quotation closing on another sayer is not the words of the body named before it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the league is named after the closing mark WHEN what the interior office said is asked THEN the league’s words are not given as the office’s', () => {
    const { answer } = ask(index, 'What did the Velmar interior office say about the search of the Dorvik shelter?');
    expect(answer.text).not.toMatch(/400 guards|kitchen was wrecked|phones are gone/);
  });

  it('GIVEN the same report WHEN what the Exile League said is asked THEN its own words answer', () => {
    const { answer } = ask(index, 'What did the Exile League say about the search at Dorvik?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/400 guards|brutal way|phones are gone/);
  });

  it('GIVEN the words close on a pronoun and the radio told WHEN what the warden said is asked THEN her words answer', () => {
    const { answer } = ask(index, 'What did Ines Maro say about the search of the shelter?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/warrant/);
  });
});
