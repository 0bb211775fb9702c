import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "“As Tarvia did with Odo Brann, the Velsh people will free themselves …,” said X": a name inside the words quoted
 * is someone the speaker spoke of, never one of the rally's speakers.
 */
const REPORTS: Record<string, string> = {
  'lund-rally.txt': `Several thousand Velsh exiles rally in Lund

Several thousand Velsh exiles came from across the region to rally in Lund on Saturday, urging governments to press the Velsh junta.

"Instead of courting the generals, the world should stand with the Velsh people," Ilse Marrow, chair of the Velsh Freedom Council, told the rally.

"As Tarvia did with Odo Brann, the Velsh people will free themselves of the junta, and it will be this year," said the former Danish minister Piet Kalver.

"The junta will fall the way the Tarvian one fell," former Tarvian rebel commander Sami Orlov told the crowd by video link.
`,
  'lund-vigil.txt': `Mourners remember the victims of the Lund ferry fire

“Nothing will bring back these lives, “said Velshland’s Deputy Prime Minister, Hanne Strell at a ceremony at the Lund Music Hall.
`,
};

describe('a name inside quoted words is no speaker', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“As Tarvia did with Odo Brann, …,” said Piet Kalver" WHEN asked tersely who spoke at the rally THEN Odo Brann is not listed', () => {
    const a = ask(index, 'lund velsh rally - who spoke lol').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Ilse Marrow/);
    expect(a.text).not.toMatch(/Odo Brann \(/);
  });

  it('GIVEN a closing quotation mark typed as an opening one (“…, “said X) WHEN which minister addressed the ceremony is asked THEN X, who said the words, answers', () => {
    const a = ask(index, 'Which minister addressed the ceremony at the Lund Music Hall?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Hanne Strell/);
  });
});
