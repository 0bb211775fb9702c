import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A quote closed by "!" or "?" and followed by its verb of saying in lower case ("“…!” exclaimed X") is one
// sentence: the quote is not cut off from the person who said it.
const REPORTS = {
  'lorvik-exiles.txt': `Exiles in Lorvik cheer the end of the junta

Coastal Courier

Lorvik, 3 March 2031 — Several thousand exiles filled Harbour Square in Lorvik on Sunday after the junta in their home country collapsed overnight.

"Our country is ours again!" exclaimed Tarek Nouri, 41, a baker who left the capital in 2019, standing with his daughters near the fountain.

Police said about 2,500 people took part. Drivers sounded their horns along the quay.
`,
};

describe('a quote closed by an exclamation mark before its verb of saying', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…!” exclaimed Tarek Nouri, 41, …" WHEN asked what he exclaimed THEN the answer quotes his words', () => {
    const { answer } = ask(index, 'What did Tarek Nouri exclaim in Harbour Square?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Our country is ours again');
    expect(answer.citations[0]?.file).toBe('lorvik-exiles.txt');
  });
});
