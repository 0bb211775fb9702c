import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "what did the Dunmere protesters chant?" against a report on Kessia's march that names Dunmere only as a town where
 * other rallies were held: the chants it quotes were heard in Kessia, not in Dunmere.
 */
const REPORTS: Record<string, string> = {
  'kessia-march.txt': `Thousands march in Kessia for the jailed poet

KESSIA, May 4: Thousands of people marched Saturday in Kessia to demand the release of the jailed poet Arvid Lenmark.

They chanted slogans such as "Free the poet" and "Words are not crimes" as they walked from the harbour to the town hall.

Halvard Senn, one of the organizers, said it was the third such march in Kessia this spring.

Other rallies in support of the poet were also held Saturday in Dunmere and Olt.
`,
};

describe('a crowd asked in a town the quoted words were not heard in', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Dunmere is only named among other rallies WHEN asked what the Dunmere protesters chanted THEN declines', () => {
    const a = ask(index, 'what did the Dunmere protesters chant?').answer;
    expect(a.text).not.toMatch(/Free the poet/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report WHEN asked what the protesters in Kessia chanted THEN the slogans', () => {
    const a = ask(index, 'what did the protesters in Kessia chant?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Free the poet/);
  });
});

/*
 * A quote that refers back to the crowd the sentence before places ("… gathered at the Old Bridge in Varel." then
 * "“…”, they chanted."): the town asked is named there, not in the quote nor in the report's lead.
 */
const REFERRED: Record<string, string> = {
  'region-rallies.txt': `Exiles rally across the region for the jailed poet

Northern Courier

Vornholt, May 4 — Rallies took place on Saturday in several towns of the region to demand the release of the jailed poet Arvid Lenmark.

Organisers said more would follow next month if the poet stays in prison.

Several hundred people gathered at the Old Bridge in Varel in the early afternoon.

"Free the poet!" and "Words are not crimes!", they chanted, before walking to the town hall.
`,
};

describe('a crowd the sentence before the quote places in the town asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REFERRED);
  });

  it('GIVEN "… gathered at the Old Bridge in Varel." then "“Free the poet!” …, they chanted" WHEN asked what the protesters in Varel chanted THEN the slogans', () => {
    const a = ask(index, 'what did the protesters in Varel chant?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Free the poet/);
  });
});
