import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A Lenz rally told as held while a league of towns met, in a report naming an opposition party, with no organiser written; a Dorn
// march whose organiser is written. Asked who organised (or was behind) the Lenz rally, the bot names neither the
// assembly nor the party; asked of Dorn, it names the league.
const REPORTS = {
  'lenz.txt': `Exiles protest outside the Palace of Assemblies as the league meets
Lenz Gazette

LENZ — As the Northern League of Towns convened for its spring session at the Palace of Assemblies in Lenz, a large crowd of Varnian dissidents gathered to protest the jailing of strikers.

The junta has jailed more than 3,000 strikers in two years, a good many belonging to the main Varnian opposition group, the Varnian Labour Front.
`,
  'dorn.txt': `Marchers in Dorn call for the release of Varnian strikers
Dorn Evening Post

DORN — The march through Dorn on Sunday was organised by the Varnian Freedom League, which asked the city to twin with a striking mining town.
`,
};

describe('an organiser asked of a rally whose report names none', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  for (const question of ['Who organised the rally at the Palace of Assemblies?', 'Who was behind the rally at the Palace of Assemblies?']) {
    it(`GIVEN no organiser written WHEN asked "${question}" THEN not in the archive`, () => {
      const { answer } = ask(index, question);
      expect(answer.answered).toBe(false);
    });
  }

  it('GIVEN "organised by" WHEN asked who organised the Dorn march THEN the league', () => {
    const { answer } = ask(index, 'Who organised the march in Dorn?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Freedom League/);
  });
});
