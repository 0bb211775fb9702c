import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report of celebrations in several towns: asked where people celebrated in one town, the engine must not give a
// gathering it puts in another town (from a sub-heading that never names the town asked).
const REPORTS = {
  'pokalsieg-feiern.txt': `Pokalsieg: Fans feiern in vielen Städten – auch in Lindau

Rheinbote, 20. Mai 2031

Nach dem Finale zogen Anhänger des Vereins mit Fahnen durch mehrere Städte.

Pokalnacht: 8.000 Fans bei Feier in Tessdorf

Auch in Lindau feierten Dutzende Fans.

In Tessdorf kamen nach Angaben der Stadt 8.000 Menschen auf dem Domplatz zusammen.
`,
};

describe('a place in another town', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN celebrations in Tessdorf and Lindau WHEN "where did fans celebrate in lindau" THEN no place in Tessdorf is given', () => {
    const { answer } = ask(index, 'where did fans celebrate in lindau');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/Feier in Tessdorf/);
  });
});
