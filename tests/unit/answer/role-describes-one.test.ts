import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Among those who attended the event were Tor Vassen, the former prime minister of Ostria, and Mila Brandt,
 * Director of the Kellen Society Against Torture": asked "who was the former prime minister of Ostria at the
 * exhibition?", the person whose own stated role holds those words is the answer, not the name after it.
 */
const REPORTS: Record<string, string> = {
  'arlen-exhibition.txt': `Exhibition in Arlen on the anniversary of the 1994 prison killings

An exhibition was set up in Arlen on Thursday to mark the 30th anniversary of the killing of 4,000 political prisoners in 1994 in Vardania. Among those who attended the event were Tor Vassen, the former prime minister of Ostria, and Mila Brandt, Director of the renowned Kellen Society Against Torture (KSAT). They brought flowers to honour the memory of the prisoners.

Pictures, documents and video clips were displayed at the exhibition.
`,
};

describe('the person a question describes by the role the report gives them', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "A, the former prime minister of Ostria, and B, Director of …" THEN the former prime minister is A', () => {
    const a = ask(index, 'who was the former prime minister of Ostria at the Arlen 1994 killings exhibition?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Tor Vassen/);
  });

  it('GIVEN the same sentence THEN the director is still B', () => {
    const a = ask(index, 'who was the director of the Kellen Society Against Torture at the Arlen exhibition?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Mila Brandt/);
    expect(a.text).not.toMatch(/^Tor Vassen/);
  });
});
