import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Protests over a downed airliner: the reports count those the plane carried, never protesters killed. Invented towns,
// flight and figures.
describe('a count of those on board asked as protesters killed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'orsk-vigil.txt': `Orsk, March 4, 2031 — Students held a vigil that turned into a protest in Orsk on Sunday over the downing of flight OR22.
The missile strike killed all 212 people on board, most of them students returning from abroad.
Police used tear gas on the crowd outside the polytechnic, witnesses said.
`,
      'orsk-second-day.txt': `Orsk, March 5, 2031 — Protests over flight OR22 went on for a second day in Orsk.
The government admitted on Saturday that the jet, with 212 aboard, had been shot down by mistake.
`,
    });
  });

  it('GIVEN only "212 people on board" THEN "how many protesters were killed" is declined', () => {
    const a = ask(index, 'How many protesters were killed during the March 2031 flight protests in Orsk?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/\b212\b/);
  });

  it('GIVEN "212 people on board" THEN "how many people on board were killed" is still answered 212', () => {
    const a = ask(index, 'How many people on board flight OR22 were killed?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b212\b/);
  });
});
