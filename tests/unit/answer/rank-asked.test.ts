import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Which province came second?" asks a rank the reader does not read from a list ("A (3,120), followed by B
 * (2,410)"): the first of the list is no answer to it.
 */
const REPORTS: Record<string, string> = {
  'vardania-arrests.txt': `At least 9,400 arrests in Vardania's spring protests - monitor

Marsh Courier

At least 9,400 people had been arrested in Vardania's spring protests through June, the Vardanian Rights Monitor said.

The highest number of arrests were recorded in Ostra province (3,120), followed by Lenna (2,410), Brasko (1,200) and Tarvel (950).
`,
};

describe('a rank asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "which province came second" THEN the first of the list is not given', () => {
    const a = ask(index, "Which province came second in the Vardanian Rights Monitor's count of arrests?").answer;
    expect(a.answered && /^[^“]*Ostra/.test(a.text)).toBe(false);
  });

  it('GIVEN "the second-highest number" THEN the first of the list is not given either', () => {
    const a = ask(index, 'which vardanian province had the second-highest number of arrests?').answer;
    expect(a.answered && /^[^“]*(?:Ostra|3,120)/.test(a.text)).toBe(false);
  });

  it('GIVEN "which province had the most arrests" THEN the first of the list is still the answer', () => {
    const a = ask(index, 'which province had the most arrests in Vardania?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Ostra/);
  });
});
