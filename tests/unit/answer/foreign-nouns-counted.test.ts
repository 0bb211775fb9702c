import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many supporters …" asked in English of a report in German ("Anhänger", "Unterstützer"): the noun counted was
// another word, so the count was never tied to what was asked.
const REPORTS = {
  'kessel-de.txt': `Kundgebung am Rathaus
Veröffentlicht am 11. Oktober 2034 | Nordkurier

Am Sonntag haben rund 650 Anhänger der varnischen Opposition vor dem Rathaus in Kessel gegen die Todesurteile demonstriert.
Die Polizei zählte keine Zwischenfälle.
`,
};

describe('a noun counted, asked in English of reports in other languages', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "rund 650 Anhänger … demonstriert" WHEN how many supporters demonstrated in Kessel THEN 650', () => {
    const { answer } = ask(index, 'How many supporters of the Varnian opposition demonstrated in Kessel?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/650/);
  });
});
