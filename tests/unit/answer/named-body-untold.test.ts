import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A summit of the Tarvel opposition held in Velden, dated; no report tells of a march by the "Associazione Velden-Tarvel".
// Asked when that body marched in Velden, the summit's day is another body's occasion: no answer. Asked of
// the summit's own organiser, written by its initials, the day is given.
const REPORTS = {
  'statement.txt': `Exiles condemn the hangings
The Associazione Velden-Tarvel said in a statement that the hangings in Tarvel must stop and that the envoys of the junta should be sent home.
`,
  'summit.txt': `Tarvel opposition summit meets in Velden
Published: 2 October 2048 | Velden Courier

Velden hosted the second session of the Free Tarvel Summit on September 30, 2048, as envoys from twelve countries gathered to back the exiles.

The summit was organised by the Tarvel Democratic Council (TDC), which called for the release of all political prisoners.
`,
};

describe('a body the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a summit of another body WHEN when a named association marched is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'When did the Associazione Velden-Tarvel march in Velden?');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/September 30/);
  });

  it("GIVEN the summit's organiser WHEN when the Tarvel Democratic Council's summit was held is asked THEN its day", () => {
    const { answer } = ask(index, 'When did the Tarvel Democratic Council hold its summit in Velden?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/September 30/);
  });
});
