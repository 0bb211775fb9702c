import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who spoke at the protest outside the embassy in Kessel?" read in reports in German: the reader lets names and
// numbers carry them, so a speech at another Kessel gathering answered unless the embassy ("Botschaft") is looked
// for in the report's own words.
const REPORTS = {
  'kessel-botschaft-de.txt': `Protest vor der Botschaft in Kessel
Veröffentlicht am 3. Mai 2032 | Nordkurier

Etwa 400 Menschen standen am Sonntag vor der Varnischen Botschaft in Kessel und verlangten ein Ende der Hinrichtungen.
Die Polizei nahm zwei Männer fest, die über den Zaun steigen wollten.
`,
  'kessel-markt-de.txt': `Großdemonstration in Kessel
Veröffentlicht am 20. Juli 2031 | Südbote

Auf dem Marktplatz in Kessel zogen am Samstag mehrere tausend Menschen gegen die Regierung in Varnia auf.
"Diese Regierung fürchtet ihr eigenes Volk", sagte Tomas Reuter vom Varnischen Exilrat.
`,
};

describe('a landmark asked, read in reports in another language', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a speech on the market square WHEN who spoke at the protest outside the embassy is asked THEN that speaker is not given', () => {
    const { answer } = ask(index, 'Who spoke at the protest outside the Varnian embassy in Kessel on Sunday?');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Reuter/);
  });

  it('GIVEN the same reports WHEN who spoke at the Kessel demonstration in July 2031 is asked THEN Tomas Reuter', () => {
    const { answer } = ask(index, 'Who spoke at the demonstration in Kessel in July 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Tomas Reuter/);
  });
});
