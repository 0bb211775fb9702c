import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Harbour Square" is a venue the archive knows (a rally is held there). Its report gives neither a start date of the
// sit-in nor a crowd; another report, of a rally at Lindell Square in Orvel (joined by dockers from its harbour), gives
// both. Asked of the Harbour Square
// sit-in or rally, those figures and days are of another place: no answer. Asked who spoke there, its report answers.
const REPORTS = {
  'harbour-square.txt': `Exiles keep up their sit-in in Harbour Square
Published: 9 May 2037 | Coastal Ledger

Supporters of the jailed dock strikers are now in the fifth week of their sit-in in Harbour Square.

Councillor Amos Treve and the lawyer Nadia Kesh were among the speakers at the rally.
`,
  'lindell-square.txt': `Orvel rally backs the strikers
Published: 2 April 2037 | Valley Post

In a large rally held in Orvel's Lindell Square, exiles backed the dock strikes that have shaken the coast since March 3.

About 2,500 people attended the rally, the organisers said. Dockers from the town's harbour marched to the square in the morning.
`,
};

describe('a venue the question places the occasion at', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN another square's report dating its strikes WHEN the Harbour Square sit-in start is asked THEN not in the archive", () => {
    const { answer } = ask(index, 'when did the harbour square sit-in begin');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/March 3/);
  });

  it("GIVEN another square's crowd WHEN the Harbour Square crowd is asked THEN not in the archive", () => {
    const { answer } = ask(index, 'how many ppl at the harbour square rally');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/2,500/);
  });

  it('GIVEN the Harbour Square report WHEN who spoke there is asked THEN its speakers', () => {
    const { answer } = ask(index, 'who spoke at the harbour square rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Treve|Kesh/);
  });
});
