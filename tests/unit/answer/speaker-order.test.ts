import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Who addressed the rally after X?" asks one place in the order of speakers: a speaker the report names in a
 * sentence telling no order ("Y also spoke at the event") is no answer to it.
 */
const REPORTS: Record<string, string> = {
  'lindenau-marktplatz.txt': `Thousands of Vardanian exiles gathered today in Lindenau's Marktplatz to connect live with a congress in Ostrov.

In Lindenau, former senator Paul Greve welcomed exiles who had travelled from across the continent. The first speaker was the former judge Ivo Brask, who survived an attack last spring. He was followed by the writer Lena Toth. Former Lindenau economy minister Edda Kroll also spoke at the event, which saw the presence of a delegation of Lindenau politicians.
`,
};

describe('the order of speakers asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it.each(['Who addressed the Marktplatz rally in Lindenau after Ivo Brask?', 'who spoke at the marktplatz rally after Ivo Brask spoke?'])(
    'GIVEN "%s" THEN a speaker told in no order is not given',
    (q) => {
      const a = ask(index, q).answer;
      expect(a.text).not.toMatch(/^(?:Edda Kroll|Former|Paul Greve|Speakers at)/);
      if (a.answered) expect(a.text).toMatch(/Lena Toth/);
    },
  );

  it('GIVEN "who spoke at the rally" THEN the speakers still answer', () => {
    const a = ask(index, 'who spoke at the marktplatz rally in lindenau?').answer;
    expect(a.answered).toBe(true);
  });
});
