import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A press release whose opening quotation mark is never closed: the quote ends where ", said <Name>" follows, and is
// that person's words.
const REPORTS = {
  'harl-release.txt': `Harl: court hands down first death sentence over strike

The authorities in Harl sentenced a striking dock worker, Tomas Vey, to death today, said the Northern Justice Network.

“We are appalled that a court has condemned Tomas Vey after a hearing that lasted forty minutes. Other strikers now fear the same fate, said Ilse Marrow, the network's regional director.

The network said the ruling could be appealed within ten days.
`,
};

describe('a quote left open, closed by its attribution', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“We are appalled … the same fate, said Ilse Marrow, …" THEN what Ilse Marrow said is the quote', () => {
    const a = ask(index, 'What did Ilse Marrow say?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/appalled/);
    expect(a.text).not.toMatch(/regional director\.?”/);
  });
});
