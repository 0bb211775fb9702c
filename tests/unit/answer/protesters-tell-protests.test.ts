import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "How many people were charged over the 2031 protests?": a report that tells of protesters (in its title and the
 * sentence before the count) tells of the protests, though it never writes the word "protests".
 */
describe('protesters tell of protests', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'varnia-court.txt': `Varnia's court sentences a protester to death

Varnia's Revolutionary Court has sentenced a protester to death and handed down jail terms to four others, in the trials that began in October 2031.

Thousands of peaceful protesters have been arrested since 16 May, including many women, students and lawyers.

Judicial authorities have announced charges against more than 900 people in Varnia. Some have been accused of offences that carry the death penalty.
`,
    });
  });

  it('GIVEN protesters told around the count THEN the count answers for "the 2031 protests"', () => {
    const a = ask(index, 'How many people did Varnian judicial authorities announce charges against over the 2031 protests?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/900/);
  });
});
