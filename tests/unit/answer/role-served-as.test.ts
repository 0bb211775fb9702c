import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A notice naming a speaker by a title, then "who served as <office> (years) and was …". Asked who the speaker is,
// the bot gives the office served, not the bare title before the name.
const REPORTS = {
  'dorn-vigil.txt': `Vigil for the jailed miners to be held in Dorn
Dorn Evening Post

DORN — Varnian exiles will hold a vigil outside the Dorn town hall on Saturday for the miners jailed since the spring strike.

Judge Ottla Renk who served as the chief inspector of the Varnian mines (2024-2029) and was mayor of Osk as well as a member of the Varnian senate, will speak at the vigil.
`,
};

describe('a role told as "who served as"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Judge X who served as the chief inspector …" WHEN asked who X is THEN the office served', () => {
    const { answer } = ask(index, 'Who is Ottla Renk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/chief inspector of the Varnian mines/);
  });
});
