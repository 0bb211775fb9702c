import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who organised the Dell march marking a year since the vote?": "marking …" tells which march is meant; it is no
 * deed the sentence naming the organiser must repeat ("said Mira Tal of the Fair Count group in Dell and organiser
 * of Sunday's march").
 */
describe('a participle describing the occasion asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'dell-march.txt': `Hundreds march in Dell a year after disputed vote

Harbour Ledger

June 2, 2031

Several hundred people walked through the centre of Dell on Sunday, a year after the disputed vote for the regional assembly.

“All we ask is that every ballot is counted again,” said Mira Tal of the Fair Count group in Dell and organiser of Sunday’s march.
`,
    });
  });

  it('GIVEN "Who organised the Dell march marking a year since the vote?" THEN Mira Tal', () => {
    const a = ask(index, 'Who organised the Dell march marking a year since the vote?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Mira Tal/);
  });
});
