import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "how many ppl were at the harbour office in jan 2042" asks the crowd gathered there, though it names no verb of
// gathering: the report's "more than 400 protesters gathered in front of the harbour office" answers it (a report
// that states no year, as the answer says; with no verb to date, the count had not been found). "were at the X rally"
// names an occasion, whose reports tell its crowd in words of their own, and is left as written.
const REPORTS = {
  'kessa-harbour-office.txt': `Exiles rally for the jailed dockers

At least 12 strikers have been jailed since the strikes began on December 28. Exiles who back the strikes of the people of Varnland took to the streets of Kessa and Orvel this weekend.

In Kessa, on Saturday, despite the cold, more than 400 protesters gathered in front of the harbour office.
`,
};

describe('a crowd asked with "were at"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN 400 gathered in front of the harbour office WHEN "how many ppl were at the harbour office in jan 2042" THEN 400', () => {
    const { answer } = ask(index, 'how many ppl were at the harbour office in jan 2042');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/400/);
  });
});
