import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Petr Holm, head of the Varnish Civil Guard, …": capitalised words right after "the" name a body; the phrase is
// Holm's role, not a title followed by another person's name.
const REPORTS = {
  'kell-jail.txt': `Families crowd Kell jail after the gates open

 date 2031-04-02 Hundreds of families pushed into Kell jail on Sunday looking for sons and brothers.

Petr Holm, head of the Varnish Civil Guard, known as the Grey Coats, asked the families to keep away from Kell, saying the crowds slowed the search of the cellars.
`,
};

describe('a body named after "the" in an apposition', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Petr Holm, head of the Varnish Civil Guard, …" WHEN asked what his position is THEN the head of the Varnish Civil Guard is given', () => {
    const { answer } = ask(index, "Petr Holm, the man who asked families to keep away from Kell - what's his position?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/head of the Varnish Civil Guard/);
    expect(answer.text).not.toMatch(/gives no role/);
  });
});
