import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report of this year's gathering recalls where an earlier one set off ("As in 2031, when a march had set off from
// the Kornmarkt, …"): that name is the earlier occasion's, not this gathering's.
const REPORTS = {
  'rathausplatz.txt': `Exiles rally at the Rathausplatz in Brennstadt
Published: 14 May 2034 | Valley Courier

Brennstadt, 14 May 2034 — Several hundred exiles gathered on Saturday at the Rathausplatz in Brennstadt to demand the release of political prisoners.
The gathering was organised by the Friends of Varnia Association, which brought families from four cities.
As in 2031, when a march had set off from the Kornmarkt, many participants carried portraits of prisoners.
Speakers included the city councillor Petra Lindqvist, who called for sanctions.
`,
  'kornmarkt.txt': `Students march through Brennstadt against executions
Published: 3 March 2033 | Campus Herald

Brennstadt, 3 March 2033 — Students marched from the Kornmarkt to the university on Friday to protest against executions in Varnia.
The march was organised by the Union of Varnian Students, in cooperation with a local parish.
Police said around 600 people took part.
`,
  'domplatz.txt': `Vigil returns to the Domplatz
Published: 9 April 2035 | Valley Courier

Brennstadt, 9 April 2035 — Exiles held their yearly vigil on Sunday in Brennstadt.
The vigil was organised by the Circle of Varnian Mothers.
Since 2029, the vigil has been held every spring at the Domplatz.
`,
};

describe('a name a report writes only for an earlier occasion', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a report recalling a march of another year from the Kornmarkt WHEN who organised the march from the Kornmarkt is asked THEN only the march that set off there answers', () => {
    const { answer } = ask(index, 'Who organised the march from the Kornmarkt?');
    expect(answer.text).toContain('Union of Varnian Students');
    expect(answer.text).not.toContain('Friends of Varnia');
  });

  it('GIVEN the same reports WHEN who organised the gathering at the Rathausplatz is asked THEN its own organiser answers', () => {
    const { answer } = ask(index, 'Who organised the gathering at the Rathausplatz?');
    expect(answer.text).toContain('Friends of Varnia Association');
  });

  it('GIVEN a vigil held at the same square every spring since another year WHEN who organised the vigil at the Domplatz is asked THEN its organiser answers', () => {
    const { answer } = ask(index, 'Who organised the vigil at the Domplatz?');
    expect(answer.text).toContain('Circle of Varnian Mothers');
  });
});
