import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A report in another language shares few of an English question's words, so less of the question is asked of it;
 * its names and numbers carry it. An undated one that never writes the year asked ("dimanche 1er février" fits 2009
 * as well as other years) has lost one of those: its police count is not the count of "the 2009 rally".
 */
const REPORTS: Record<string, string> = {
  'marvent-2009.txt': `Vardanian exiles rally in Marvent after disputed vote
June 20, 2009

Thousands of Vardanian exiles rallied in Marvent on Saturday in solidarity with the election protesters in Brenn, organisers said.

Speakers demanded a new vote under international monitoring.
`,
  'marvent-defile.txt': `« Vardanie libre » : quelques milliers de personnes ont défilé dimanche 1er février à Marvent pour soutenir le peuple vardanien.
Dimanche, 2 000 personnes, selon la police, des partisans de l'ancienne monarchie, ont défilé des Remparts au Pré-aux-Clercs.
Les manifestants brandissaient des drapeaux et des portraits d'Aurel Vastin, le fils du dernier roi.
`,
};

describe('a report in another language, undated, asked about a year it never writes', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Dimanche, 2 000 personnes, selon la police" in an undated French report THEN it is not the police count of the 2009 Marvent rally', () => {
    const a = ask(index, 'how many people did the police count at the 2009 Marvent rally in solidarity with the election protesters?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toContain('2 000');
  });

  it('GIVEN the same report THEN its police count answers a question that asks no year', () => {
    const a = ask(index, 'how many people marched in Marvent on 1 February, according to the police?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^2 000/);
  });
});
