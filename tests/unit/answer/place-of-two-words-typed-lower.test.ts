import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// One exiles' congress, held in Kessa. Asked in lower case of a congress "in porto velho" — a city of two words the
// archive never writes, the first of them short — the bot says it has nothing on that city rather than name the
// Kessa congress's speakers.
const REPORTS = {
  'kessa-congress.txt': `Exiles' congress opens in Kessa
Published: 9 May 2031 | Harbour Wire

KESSA, May 8 (Harbour Wire) — The Free Varn Congress opened on Saturday in Kessa with some 900 delegates.

Lena Darrow, the congress chair, addressed the opening panel on the future of the valley.
`,
};

describe('a city of two words typed in lower case', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the Kessa congress WHEN asked who spoke at the congress "in sao luis" THEN nothing on that city', () => {
    const { answer } = ask(index, 'who spoke at the free varn congress in sao luis');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/nothing on sao luis/i);
    expect(answer.text.split('Closest')[0]).not.toMatch(/Darrow/);
  });

  it('GIVEN the same report WHEN asked who spoke at the congress in kessa THEN its speaker', () => {
    const { answer } = ask(index, 'who spoke at the free varn congress in kessa');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lena Darrow/);
  });
});
