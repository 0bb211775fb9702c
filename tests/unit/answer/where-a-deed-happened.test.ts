import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Where was X shot, the first speaker at the rally?" asks where a deed done to a person happened: the venue of the
 * rally the question names only to say who X is does not answer it.
 */
const REPORTS: Record<string, string> = {
  'lindenau-marktplatz.txt': `Thousands of Vardanian exiles gathered today in Lindenau's Marktplatz to connect live with a congress in Ostrov.

The first speaker was former senator Ivo Brask, who survived an attack last spring when a gunman sent by the junta shot him in the arm in Kestel. He was followed by the writer Lena Toth.
`,
};

describe('where a deed done to someone happened', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "where was X shot, the first speaker at <venue>" THEN the venue where the rally was held is no answer', () => {
    const a = ask(index, 'and where was Ivo Brask shot, the first speaker at Marktplatz?').answer;
    expect(a.text).not.toMatch(/was held at/);
    if (a.answered) expect(a.text).toMatch(/^Kestel/);
  });

  it('GIVEN "where was the rally" THEN the venue still answers', () => {
    const a = ask(index, 'where was the marktplatz rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Marktplatz/);
  });
});
