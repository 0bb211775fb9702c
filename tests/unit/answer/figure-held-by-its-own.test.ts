import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A figure read from a sentence that gives it to something else: a figure told before the clause of the source
// asked, a number counting other things than those asked. Each is declined. (Reports written for the tests;
// people, towns and outlets invented.)
const REPORTS = {
  'tarn-arrests.txt': `Tarn opposition figures held after the clashes
Published: 14 March 2031 | Harbour Wire

Police in Tarn rounded up a number of opposition politicians on Monday, one day after the deadliest clashes in months.

State television and the Security Council said nine people were killed on Sunday, while earlier, Kestrel TV reported 17 had died.
`,
  'arbel-shelling.txt': `Arbel shelled again
Published: 2 May 2032 | Valley Monitor

By noon the monitor had counted 12 raids on Arbel since the early hours. Raids on Dorn overnight killed 6 people, and the army fired more than 30 mortar shells into the town.
`,
  'kessa-survey.txt': `Kessa survey of the protests
Published: 8 June 2032 | Valley Monitor

The monitor's survey covers the protests of the spring, counted across 40 towns and 12 colleges of the region.
`,
};

describe('a figure a sentence gives to another', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a council's nine and Kestrel TV's 17 after \"while\" WHEN Kestrel TV's toll is asked THEN the council's nine is not given as Kestrel TV's", () => {
    const { answer } = ask(index, "How many people had died in Sunday's clashes according to Kestrel TV?");
    expect(answer.text.split('“')[0] ?? '').not.toMatch(/\bnine\b|\b9\b/i);
  });

  it('GIVEN people killed in raids and shells fired WHEN the raids on that town are asked THEN neither the people nor the shells', () => {
    const { answer } = ask(index, 'How many raids hit Dorn overnight?');
    expect(answer.text.split('“')[0] ?? '').not.toMatch(/\b(?:6|30)\b/);
  });

  it('GIVEN the raids counted on another town WHEN those raids are asked THEN 12', () => {
    const { answer } = ask(index, 'How many raids targeted Arbel since the early hours?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/\b12\b/);
  });

  it('GIVEN "40 towns and 12 colleges" WHEN how many colleges the survey covers THEN 12', () => {
    const { answer } = ask(index, "how many colleges did the monitor's survey cover");
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/\b12 colleges\b/);
  });
});
