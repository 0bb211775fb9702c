import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two reports from the same city in the same year: a street march that gives its crowd, and a convention of scholars
// that gives none. Asked how many attended the convention, the march's crowd is of another occasion: no answer. Asked
// of the march, its crowd.
const REPORTS = {
  'march.txt': `Dravin opposition marches in Velmora
Published: 12 April 2041 | Coast Herald

Exiles and backers of the Dravin opposition gathered in Velmora, calling on the world to back the Dravin people against the junta.

Thousands of Dravin exiles marched from the old harbour to the town hall on Saturday; their banners asked for a free Dravin.

The organisers, the Dravin Freedom League, said the walk was the largest in the city in a decade.
`,
  'convention.txt': `Free Dravin Convention meets in Velmora
Published: 20 October 2041 | Coast Herald

The Free Dravin Convention 2041 opened in Velmora on Sunday with three panels on the transition after the junta.

Orla Penhale, the league's envoy to the northern provinces, welcomed the delegates and called the day a turning point.
`,
};

describe('a kind of meeting the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a march's crowd in the same city WHEN the convention's attendance is asked THEN not in the archive", () => {
    const { answer } = ask(index, 'How many people attended the Free Dravin Convention 2041 in Velmora?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/thousands/i);
  });

  it('GIVEN the march report WHEN its crowd is asked THEN the crowd is given', () => {
    const { answer } = ask(index, 'How many exiles marched in Velmora?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/thousands/i);
  });

  it('GIVEN the convention report WHEN who welcomed the delegates is asked THEN its speaker', () => {
    const { answer } = ask(index, 'Who welcomed the delegates at the Free Dravin Convention?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Penhale/);
  });
});
