import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "“…,” said X. “…”": a quote in the next sentence of the paragraph, with no attribution of its own, goes on with the
// speaker's words; asked what X said, both parts are given.
const REPORTS = {
  'ostra-vigil.txt': `Ostra exiles hold candlelit vigil for jailed dockworkers

Hundreds of exiles from Dorvany lit candles outside the Ostra town hall on Friday evening for the dockworkers jailed after last month's strike.

"The port bosses thought nobody abroad was watching. We are," said the singer Malin Austra.

She and other artists came to lend their names to the campaign.

"In Dorvany, dockworkers are not only striking over wages, that is just where it began," said Austra. "They are striking so their children can speak their own language at school and read what they like."

Several speakers urged the city council to twin Ostra with the port of Kerrow.
`,
};

describe('a quote that goes on after its speaker is named', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” said Malin Austra. “They are striking so …”" WHEN asked what she said the dockworkers strike for THEN the words after her name are given too', () => {
    const { answer } = ask(index, 'What did Malin Austra say dockworkers in Dorvany are striking for?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('their own language');
    expect(answer.citations[0]?.file).toBe('ostra-vigil.txt');
  });
});
