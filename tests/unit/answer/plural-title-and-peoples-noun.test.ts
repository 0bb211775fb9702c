import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A title written once, in the plural, before a list of names ("Senators A and B", "MEPs A, B and C") is each one's;
// a people asked by its noun ("Kurds") is the one a report names by its adjective ("Kurdish protesters").
describe('a plural title before a list of names, and a people asked by its noun', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'meren.txt': `Protesters shot in Vardanian border town

Security forces shot dead at least 14 Kurdish protesters in the border town of Meren on Friday, the Kastel Rights Watch said on Saturday. Another 40 Kurdish demonstrators were arrested.
`,
      'kastel.txt': `Exiles rally in Kastel

Several hundred exiles rallied in Kastel on Sunday. Senators Tom Alder and Rita Moss spoke first. MEPs Lina Sorel, Jon Mace and Petra Unger addressed the crowd after them, and Mrs Ada Berg read a poem.
`,
    });
  });

  it('GIVEN "Senators Tom Alder and Rita Moss" THEN the second name of the list is a Senator too, in the singular', () => {
    const a = ask(index, 'what is Rita Moss’s role?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\bSenator\b/);
    expect(ask(index, 'what is Tom Alder’s job?').answer.text).toMatch(/\bSenator\b/);
  });

  it('GIVEN "MEPs Lina Sorel, Jon Mace and Petra Unger" THEN each of the three is an MEP, and the speakers list says so', () => {
    for (const name of ['Lina Sorel', 'Jon Mace', 'Petra Unger']) {
      const a = ask(index, `what is ${name}'s role?`).answer;
      expect(a.answered).toBe(true);
      expect(a.text).toMatch(/\bMEP\b/);
    }
    expect(ask(index, 'who spoke at the Kastel rally?').answer.text).toContain('Jon Mace (MEP)');
  });

  it('GIVEN "and Mrs Ada Berg" after the list THEN she is given no title of the list', () => {
    const a = ask(index, 'who is Ada Berg?').answer;
    expect(a.text).not.toMatch(/\bMEP\b|Senator/);
  });

  it('GIVEN "Kurdish protesters" THEN "how many Kurds were killed" and "arrested" are answered from them', () => {
    const killed = ask(index, 'how many Kurds were killed in Meren?').answer;
    expect(killed.answered).toBe(true);
    expect(killed.text).toContain('14');
    const arrested = ask(index, 'how many Kurds were arrested?').answer;
    expect(arrested.answered).toBe(true);
    expect(arrested.text).toContain('40');
  });
});
