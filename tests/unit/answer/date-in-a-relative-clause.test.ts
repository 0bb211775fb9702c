import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rally dated only by a weekday; the one full date in the report sits in a relative clause about a council's own
// deed years before. Asked when the rally was, the bot does not give that other deed's date.
const REPORTS = {
  'kessa.txt': `Exiles rally at the water agency in Kessa
Kessa Tribune

KESSA — Several hundred Varnian exiles rallied on Tuesday outside the headquarters of the river water agency in Kessa, asking it to stop the dam on the Orva.

A message was read out on behalf of Lara Venn, whose council first exposed the dam project in June 2004, in which she asked the agency to withdraw its loans.
`,
};

describe('a date in a relative clause about someone named', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a date of the council\'s earlier deed WHEN asked when the exiles rallied THEN not that date', () => {
    const { answer } = ask(index, 'When did the Varnian exiles rally outside the water agency in Kessa?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/2004/);
  });

  it('GIVEN the same report WHEN asked when the council exposed the dam project THEN June 2004', () => {
    const { answer } = ask(index, 'When did Lara Venn\'s council expose the dam project?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 2004/);
  });
});
