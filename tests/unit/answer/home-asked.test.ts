import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "where does the millionth refugee live?": the town he comes from ("from Casp in Ostria") or the centre where
 * refugees queue to register is not where anyone lives. Only a sentence telling of a home ("he lives in a shed in
 * Pellin") answers; without one the engine declines.
 */
const REPORT = `Refugees in Tavland pass one million

Merrow, Tavland - More than a million people fleeing the war in Ostria have registered as refugees in Tavland, the agency said on Thursday.

At a crowded agency centre in Merrow, Tavland's second city, hundreds of Ostrian refugees were seen on Thursday queueing to register.

Odil, a 19-year-old from Casp in Ostria, was named by the agency as the millionth refugee to be registered in the country.
HOME
According to the agency, refugees from Ostria now equal a fifth of Tavland's population, and most of them live in poverty.
`;

describe('where someone lives is told by a sentence about a home', () => {
  let untold: ArchiveIndex;
  let told: ArchiveIndex;
  beforeAll(async () => {
    untold = await archiveOfTexts({ 'tavland-refugees.txt': REPORT.replace('HOME\n', '') });
    told = await archiveOfTexts({ 'tavland-refugees.txt': REPORT.replace('HOME', '\nHe told reporters he lives in a shed in Pellin, near Merrow, with his aunt and his three cousins.\n') });
  });

  it('GIVEN no sentence telling where the millionth refugee lives THEN the town he comes from is not given', () => {
    const a = ask(untold, 'where does the millionth refugee live?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/^Ostria|^Casp/);
  });

  it('GIVEN "he lives in a shed in Pellin" THEN Pellin is where he lives', () => {
    const a = ask(told, 'where does the millionth refugee live?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/^Pellin/);
  });
});
