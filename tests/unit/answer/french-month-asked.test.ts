import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French month asked beside its year ("en février 2034") bounds the question to that month, and a day of another
// month (a caption's "du 12 janvier dernier") never answers it: the day of the month asked is read instead.
const REPORTS = {
  'orbec-appel.txt': ` date 2034-02 Manifestation à Orbec – «Assez de promesses» Avant le rassemblement annoncé samedi, les associations ont détaillé leurs attentes. Lise Varenne

Depuis l’automne, plus de 300 opposants auraient été emprisonnés par la police politique (photo de la manifestation du 12 janvier dernier à Orbec). CLAUDE MERLE

Face à cette vague d’arrestations, le réseau Solidarité Kaltar et le syndicat Sud-Orbec invitent la population à sortir dans les rues ce samedi 18 février à Orbec.
`,
};

describe('the month a question asks', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a caption dating an earlier march WHEN asked in French of the month after THEN that month\'s day answers', () => {
    const a = ask(index, "Quand a lieu la manifestation d'Orbec à l'appel de Solidarité Kaltar en février 2034 ?").answer;
    expect(a.text).not.toMatch(/January 12/);
    expect(a.text).toMatch(/February 18/);
  });

  it('GIVEN the same report WHEN asked in English of that month THEN never the day of another month', () => {
    const a = ask(index, 'When is the Orbec demonstration called by Solidarité Kaltar in February 2034?').answer;
    expect(a.text).not.toMatch(/January 12/);
  });
});
