import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A line ending in a colon may announce a list of people, one a line ("Participants included:" / "Anna Kowalczyk,
// Member of …"). A page's "Stand:" (updated) over a report in German is no such list: its sentences open with
// capitalised words that are nouns or adverbs ("Wieder", "Am Montag"), and they are nobody.
const REPORTS = {
  'kessel-de.txt': `Hunderte demonstrieren in Kessel gegen die Regierung
Stand:
Wieder haben sich in Kessel viele hundert Menschen getroffen, um gegen die Regierung in Varnia zu protestieren.
Am Montag standen etwa 300 Menschen vor dem Rathaus in Kessel, die meisten mit Fahnen und Kerzen.
Zwischendurch kam es zu Gedränge, berichtete ein Sprecher der Polizei.
Gegen Abend, so die Polizei, gingen die meisten nach Hause.
`,
  'brenn-conference.txt': `Conference on Varnia in Brenn
Published: 4 May 2031 | Harbour Post

Participants included:
Anna Kowalczyk, Member of the Brenn City Council
Tomas Reuter, chair of the Varnia Solidarity Committee
Lena Ostrova, a lawyer from Kessel
`,
};

describe('a list of people announced by a colon', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a German report under "Stand:" WHEN who spoke at the Kessel rally is asked THEN no capitalised noun is named', () => {
    const { answer } = ask(index, 'Who spoke at the rally in Kessel?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Wieder|Montag|Zwischendurch|Gegen|Abend/);
  });

  it('GIVEN participants listed after a colon WHEN who took part in the Brenn conference is asked THEN they are named', () => {
    const { answer } = ask(index, 'Who took part in the conference in Brenn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Kowalczyk/);
    expect(answer.text).toMatch(/Reuter/);
  });
});
