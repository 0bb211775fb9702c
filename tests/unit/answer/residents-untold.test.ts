import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report of deaths in Tarnia ("nine villagers lost their lives during one raid on … Osk"), which tells nothing of how many
// live there. Asked in chat how many people live in Tarnia or in Osk, the bot does not give the dead for the
// inhabitants: "lives" is written like "live", but only a sentence telling inhabitants or a population answers.
const REPORTS = {
  'tarnia.txt': `At least 30 killed as Tarnian police crush bread protests
Published: 12 May 2032 | Coast Herald

DELM — At least 30 people have been killed since Tarnian police moved against the bread protests, a Delm-based monitor said, adding that nine villagers lost their lives during one raid on the market town of Osk.

Most deaths were reported in Osk and the port of Varla.
`,
};

describe('how many live somewhere', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of ['how many people live in tarnia', 'how many ppl live in osk']) {
    it(`GIVEN only deaths counted WHEN asked "${question}" THEN not in the archive`, () => {
      const { answer } = ask(index, question);
      expect(answer.answered).toBe(false);
      expect(answer.text.split('Closest')[0]).not.toMatch(/[Nn]ine|30/);
    });
  }

  it('GIVEN the same report WHEN asked how many lost their lives in osk THEN the nine', () => {
    const { answer } = ask(index, 'how many people were killed in the raid on osk');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/[Nn]ine/);
  });
});
