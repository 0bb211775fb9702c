import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "…, while a third defendant, Sami R., was given eight years. They were prosecuted for …": "they" after a sentence
 * naming several people tells of them all; what they were prosecuted for is no role of the one person asked. "She is
 * a former mayor of Kessa" after a sentence naming one woman still tells hers.
 */
const REPORTS: Record<string, string> = {
  'talmar-verdict.txt': `Three sentenced over consulate arson plot

The Talmar criminal court sentenced two activists, Lina K. and Omar T., to ten years in prison, while a third defendant, Sami R., was given eight years.

They were prosecuted for a plan to set fire to a consulate in Talmar in 2029.
`,
  'kessa-forum.txt': `Exiles meet in Kessa

Dana Holt opened the exiles' forum in Kessa on Sunday.

She is a former mayor of Kessa and now chairs the forum's board.
`,
};

describe('"they" after several people named', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "They were prosecuted for a plan …" after three defendants WHEN asked the role of one THEN not that deed', () => {
    const a = ask(index, "what was Sami R.'s role in the Talmar consulate plot?").answer;
    expect(a.text).not.toMatch(/^Sami R\.: prosecuted for/);
  });

  it('GIVEN "She is a former mayor of Kessa" after one woman named WHEN asked who she is THEN the former mayor', () => {
    const a = ask(index, 'who is Dana Holt?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/former mayor of Kessa/);
  });
});
