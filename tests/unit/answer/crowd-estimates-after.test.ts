import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';
import { extractArticle } from '../../../src/extract/extract-article.ts';
import { createNlp } from '../../../src/extract/nlp.ts';
import { articleFromText } from '../extract/events-article-builder.ts';

// A wire story tells the march in its lead, then who counted how many in the sentences after it: "The organisers, the
// <Body>, said 40,000 people took part. Police put the figure at 12,000." Both counts belong to the march, credited to
// who gave them; the body in apposition to "the organisers" organised it; and a spokeswoman who said the march "was
// the largest the group had organised" only said so.
const REPORTS = {
  'dunmere-march.txt': `Exiles march in Dunmere to back uprising in Valdor
Published: 21 March 2032 | Dunmere Daily Wire

DUNMERE (DDW) — Tens of thousands of exiled Valdorians marched through central Dunmere on Saturday, from Harbour Square to the Assembly Gardens, calling for the fall of the ruling council.

The organisers, the Coalition for a Free Valdor, said 40,000 people took part. Police put the figure at 12,000.

Lara Venn, the coalition's spokeswoman, said the march was the largest the group had organised in Dunmere since 2028.
`,
};

describe('crowd counts and organisers told after the march', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the organisers’ count and "Police put the figure at 12,000" after the lead WHEN how many marched is asked THEN both counts are given, each credited, and cited', () => {
    const { answer } = ask(index, 'how many people marched in Dunmere?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/40,000 according to the organisers, the Coalition for a Free Valdor/);
    expect(answer.text).toMatch(/12,000 according to police/);
    const cited = answer.citations.map((c) => c.excerpt).join(' ');
    expect(cited).toMatch(/said 40,000 people took part/);
    expect(cited).toMatch(/put the figure at 12,000/);
  });

  it('GIVEN "Police put the figure at 12,000" WHEN the police count is asked THEN 12,000 answers', () => {
    const { answer } = ask(index, 'how many attended the Dunmere march according to police?');
    expect(answer.text).toMatch(/^According to police, 12,000 people took part/);
  });

  it('GIVEN "The organisers, the Coalition …, said" and a spokeswoman saying what "the group had organised" WHEN who organised is asked THEN the coalition, not the spokeswoman', () => {
    const { answer } = ask(index, 'who organised the Dunmere march?');
    expect(answer.text).toMatch(/organised by the Coalition for a Free Valdor/);
    expect(answer.text).not.toMatch(/Lara Venn/);
    expect(answer.citations[0]?.excerpt).toMatch(/The organisers, the Coalition for a Free Valdor/);
  });
});

describe('crowd estimates "put … at"', () => {
  it('GIVEN "estimated the turnout at", "put attendance at around" and "estimated the number at" THEN each is a crowd size credited to who gave it', () => {
    const nlp = createNlp();
    const x = extractArticle(
      nlp,
      articleFromText(`Exiles rally in Pellor

Several thousand exiles rallied on Saturday in Pellor's Market Square to demand the release of jailed teachers.
Police estimated the turnout at 2,500.
Police put attendance at around 2,000, while organisers estimated the number at 10,000.
`),
    );
    const crowd = x.figures.filter((f) => f.measure === 'attendance' && f.value !== undefined).map((f) => [f.value, f.claimant]);
    expect(crowd).toEqual([
      [2500, 'police'],
      [2000, 'police'],
      [10000, 'organisers'],
    ]);
  });
});
