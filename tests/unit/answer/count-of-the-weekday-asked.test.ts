import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two days of small rallies at one consulate: the report opens with Saturday's crowd and gives Friday's after it.
const REPORTS = {
  'brekka.txt': `Exiles rally two days running in Brekka
Published: 4 June 2034 | Rivermouth Post

Dastani regime opponents held small demonstrations Saturday in Lindhaven and Brekka to back the marches at home.
A few dozen marched past the Dastani consulate in Lindhaven.
In Brekka, around 90 regime opponents rallied near the Dastani consulate to demand the release of people held during three days of marches.
Some 30 had gathered at the same place on Friday.
`,
};

describe('a count asked of a weekday', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Some 30 had gathered at the same place on Friday" after Saturday\'s 90 WHEN how many rallied on the Friday is asked THEN 30', () => {
    const { answer } = ask(index, 'How many people had rallied outside the Dastani consulate in Brekka on the Friday before, June 2 2034?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b30\b/);
    expect(answer.text).not.toMatch(/\b90\b/);
  });

  it('GIVEN Saturday\'s crowd is told without its weekday WHEN how many gathered on Saturday is asked THEN Friday\'s 30 is not given', () => {
    const { answer } = ask(index, 'How many opponents gathered by the consulate in Brekka on Saturday?');
    expect(answer.text).not.toMatch(/\b30\b/);
  });
});
