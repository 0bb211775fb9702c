import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Figures a body states as the subject of its sentence are that body's: "Police now estimate the crowd at about
// 8,000", "Organisers claim 25,000 people took part" — shown side by side, each credited, never as two plain facts. And "a Britain-based group" is based in Britain, not in
// the town of the sentence before.
const REPORTS = {
  'kessaba-market.txt': `Air strikes on market in Kessaba kill dozens
Published: 14 March 2030 | Levant Monitor

KESSABA (LM) — Air strikes hit a crowded vegetable market in the rebel-held town of Kessaba on Monday, killing at least 34 civilians, a war monitor said.

The Syrian Rights Observatory, a Britain-based monitoring group, said the death toll could rise because more than 60 people were wounded.

The White Shield rescue service put the toll at 41 and said its volunteers were still pulling bodies from the rubble.
`,
  'dornholm-live.txt': `Live: Exiles march in Dornholm — updates
Published: 22 September 2029 | Dornholm Evening Post

12:05 — Crowds are gathering at Harbour Square ahead of the march by the Valdor Freedom Alliance.

14:30 — The march reaches parliament. Police now estimate the crowd at about 8,000.

16:00 — The rally at parliament is over. Organisers claim 25,000 people took part.
`,
};

describe('figures credited to the body that states them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Police now estimate the crowd at about 8,000" and "Organisers claim 25,000 people took part" WHEN how many marched is asked THEN both, each credited', () => {
    const { answer } = ask(index, 'how many marched in Dornholm?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/according to police, about 8,000/i);
    expect(answer.text).toMatch(/according to organisers, 25,000/i);
  });


  it('GIVEN "The Syrian Rights Observatory, a Britain-based monitoring group" after a sentence placing the strike in the town of Kessaba WHEN where the Observatory is based is asked THEN Britain alone', () => {
    const { answer } = ask(index, 'where is the syrian rights observatory based?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Britain\b/);
    expect(answer.text.split('“')[0]).not.toMatch(/Kessaba/);
  });
});
