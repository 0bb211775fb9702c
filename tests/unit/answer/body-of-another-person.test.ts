import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A list gives each line's people their party; the line that names a party word ("party") is not every line's.
const REPORTS = {
  'orvel-tenants.txt': `Tenants march in Orvel to back the striking dockers

Tenants and dockers walked together through Orvel on Sunday to call for lower rents near the port.

Among those who joined the walkers were:

  • Tomas Brell and Ines Kovar from the Harbour party
  • Pia Lunde and Oskar Venn from the Meadow Alliance
  • The retired harbour master Edda Sorn

The walkers ended the day with songs outside the town hall.
`,
};

describe('the party of a person a list names on another line', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN the party line names other people WHEN asked the party of a person on another line THEN that party is not given", () => {
    const { answer } = ask(index, 'Oskar Venn - which party is he in?');
    expect(answer.text).not.toMatch(/Harbour/);
  });

  it('GIVEN the line names the people asked WHEN asked their party THEN it is given', () => {
    const { answer } = ask(index, 'Which party are Tomas Brell and Ines Kovar from?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Harbour/);
  });
});
