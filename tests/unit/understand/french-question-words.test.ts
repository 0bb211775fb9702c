import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Users ask in French or German too: "combien de personnes …" asks a count, "quand …" a day, "qui est X" who X is.
// A count asked of a rally whose report gives none is not answered with a sentence of that report; one asked of a
// rally whose report gives it is.
const REPORTS = {
  'orvel-anniversary.txt': `Exiles mark the anniversary of the revolution in Orvel
Published: 6 June 2038 | Valley Post

On the anniversary of the 2031 revolution, exiles rallied in Orvel and urged the government to free the jailed strike leaders.

Councillor Mara Liss, a member of the Orvel city council, told the rally that the strike leaders had been jailed without trial.
`,
  'kessa-rally.txt': `Hundreds rally in Kessa
Published: 3 June 2038 | Coastal Ledger

About 700 people took part in a rally in Kessa on Saturday, June 1, 2038, in support of the jailed dock strikers.
`,
};

describe('a question asked in French or German', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN no count of the Orvel rally WHEN asked « combien de personnes » THEN not in the archive", () => {
    const { answer } = ask(index, "combien de personnes au rassemblement d'orvel pour l'anniversaire de la révolution");
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the Kessa crowd WHEN asked « combien de personnes » THEN about 700', () => {
    const { answer } = ask(index, 'combien de personnes au rassemblement de kessa');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/700/);
  });

  it('GIVEN the Kessa rally WHEN asked « quand » THEN June 1, 2038', () => {
    const { answer } = ask(index, 'quand a eu lieu le rassemblement de kessa');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 1, 2038/);
  });

  it('GIVEN the councillor WHEN asked « qui est » THEN her role', () => {
    const { answer } = ask(index, 'qui est mara liss');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/city council/);
  });
});
