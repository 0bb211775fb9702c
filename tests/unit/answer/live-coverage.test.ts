import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Live coverage of a conference gives each speaker a paragraph: the name, the role, a colon, then the speech without
// quotation marks. That speech is the speaker's statement; a label before a colon ("Venue:") is nobody's.
const REPORTS = {
  'oslo-live.txt': `Live coverage from Oslo: conference on prisoners

Venue: Oslo Concert Hall, Norway. Doors opened at noon for the delegations.

1820 – Young exiles took the stage to cheers.

Anna Berg, Member of Parliament from Norway: I condemn the mass arrests in Iran. Norway must recall its ambassador. The resistance speaks for the people.

Tom Lund, former foreign minister of Denmark: We stand with the families of the prisoners. Europe must act now.
`,
};

describe('speeches given as "Name, role: words" paragraphs', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Anna Berg, Member of Parliament from Norway: I condemn …" THEN what she said is her speech, cited', () => {
    const a = ask(index, 'What did Anna Berg say about the arrests in Iran?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Anna Berg said: “I condemn the mass arrests in Iran\. Norway must recall its ambassador\./);
    expect(a.citations[0]?.title).toBe('Live coverage from Oslo: conference on prisoners');
  });

  it('GIVEN the next speaker\'s paragraph THEN his words are his, not the previous speaker\'s', () => {
    const a = ask(index, 'What did Tom Lund call for?').answer;
    expect(a.text).toMatch(/Tom Lund/);
    expect(a.text).toMatch(/Europe must act now/);
    expect(a.text).not.toMatch(/recall its ambassador/);
  });

  it('GIVEN "Venue: Oslo Concert Hall" THEN no one is said to have said it', () => {
    expect(index.data.quotes.map((q) => q.text).join(' | ')).not.toMatch(/Oslo Concert Hall|Doors opened/);
    expect(index.data.quotes.every((q) => q.speakerName === 'Anna Berg' || q.speakerName === 'Tom Lund')).toBe(true);
  });
});

// A caption line with the speaker's name and role, a line introducing the speech ("…, he said:"), then the speech in
// paragraphs without quotation marks.
const CAPTIONED = {
  'hague-rally.txt': `Exiles rally in The Hague

Free Voices Bulletin

In this rally, Mr. Pieter van Dalen, MP from the Civic Union party, delivered a speech to the crowd.

Mr. Pieter van Dalen, MP from the Civic Union party

In his speech to the supporters of the resistance, he said:

We have come together again while the uprising goes on. A bill is being discussed in our parliament to list the guards as a terrorist organisation, and I have signed it.

We will do everything we can to make the government act.
`,
};

describe('a speech under a caption line with name and role', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(CAPTIONED);
  });

  it('GIVEN "Mr. X, MP from …" on its own line, then "…, he said:" and the speech THEN what he said about the bill is the speech', () => {
    const a = ask(index, 'what did van Dalen say about the bill in parliament?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Pieter van Dalen: “We have come together again while the uprising goes on\. A bill is being discussed/);
    expect(a.text).not.toMatch(/he said:/);
  });
});
