import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { readAnswer } from '../../../src/answer/reader/read.ts';
import { analyseQuestionFor } from '../../../src/understand/analyse-question.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who spoke at the Kelvin Plaza rally?" when the archive holds two rallies there, a month apart: both rallies'
 * speakers, not only those one report lists, and never a man whose portraits were burned in a sentence that
 * mentions "so-called" seminaries (which calls nothing).
 */
const REPORTS: Record<string, string> = {
  'first-rally.txt': `Exiles rally at Kelvin Plaza in Dunmore for the prisoners

Dunmore Courier

Dunmore, November 4, 2024 – On Sunday, November 3, 2024 about 800 exiles rallied at Kelvin Plaza in Dunmore to back the prisoners' hunger strike.

Mira Holt, a member of the Dunmore city council, told the rally: “No government should do business with jailers.”

Owen Kade, mayor of the Dunmore 3rd Ward, told the crowd: “We stand with the strikers until every cell is open.”

Opposition leader Lena Moravec addressed the rally by video: “The strikers speak for a whole nation.”
`,
  'second-rally.txt': `Day 30 of the strike: exiles gather again at Kelvin Plaza in Dunmore

Dunmore Courier

Dunmore, December 2, 2024 – On Saturday, November 30, 2024 several hundred exiles gathered again at Kelvin Plaza in Dunmore in support of the hunger strikers.

From November 20 to November 24, 2024, young protesters torched portraits of the ruler Ivo Brand, the offices of the militia, and the so-called schools of obedience in several towns.

Opposition leader Mrs. Lena Moravec has called on the United Nations to send a mission to the prisons at once.

Former Senator Paul Ardent was among the speakers at the rally.
`,
};

describe('who spoke at a place that held two rallies', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two rallies at Kelvin Plaza THEN the answer names the speakers of both, not a man whose portraits were burned', () => {
    const a = ask(index, 'who spoke at the Kelvin Plaza rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Mira Holt');
    expect(a.text).toContain('Paul Ardent');
    expect(a.text).not.toContain('Ivo Brand');
  });

  it('GIVEN the second report alone THEN the reader lists its speaker, not the ruler named before "so-called"', () => {
    const read = readAnswer(analyseQuestionFor('who spoke at the Kelvin Plaza rally on November 30?', lexiconOf(index)), index);
    expect(read.answer?.text).toContain('Paul Ardent');
    expect(read.answer?.text).not.toContain('Ivo Brand');
  });
});
