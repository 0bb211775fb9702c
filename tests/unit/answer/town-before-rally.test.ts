import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report in French on a gathering in Kessa, called by a committee, which adds in passing that like gatherings were
// held in Orvel and Dunmar. Asked in chat who organised "the orvel rally", the bot does not give the Kessa gathering's
// organiser: the sentence naming it puts its gathering in Kessa, and the report says nothing of who called Orvel's.
const REPORTS = {
  'kessa-fr.txt': `Les exilés varnois se rassemblent à Kessa
Publié le 4 mars 2031

Un rassemblement organisé à Kessa, le 3 mars 2031, devant la gare centrale, à l'appel du Comité pour les Libertés en Varnie (CLV), a réuni plusieurs centaines de personnes.

Des rassemblements semblables ont eu lieu le même jour à Orvel et à Dunmar, avec les mêmes pancartes.

La foule s'est dispersée vers 18h en chantant.
`,
};

describe('a town named before the gathering asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the Kessa gathering\'s organiser WHEN asked who organised "the orvel rally" THEN not in the archive', () => {
    const { answer } = ask(index, 'who organised the orvel rally');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/CLV|Comité/);
  });

  it('GIVEN the same report WHEN asked who organised "the kessa rally" THEN the committee', () => {
    const { answer } = ask(index, 'who organised the kessa rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/CLV|Comité/);
  });
});
