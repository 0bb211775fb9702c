import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many of the missing were women?" asks a part of those counted; a total that never says who they were is no
// answer to it.
const REPORTS = {
  'pell-missing.txt': `Families in Pell still wait for word of the missing

The Pell Rights Desk says the security services killed 640 people in custody since the siege began.

The Amber Cross Society (ACS) said on Monday it had registered 4,200 cases of people missing in Pell over the last nine years.
`,
  'pell-custody.txt': `Rights desk names the dead of Pell's jails

The Pell Rights Desk says 640 people died in custody in Pell, among them 35 women and 12 boys.
`,
};

describe('a count asked of women or men', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a total of missing people WHEN asked how many of the missing were women THEN the total is not given', () => {
    const { answer } = ask(index, 'How many of the missing people registered by the ACS were women?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/4,200/);
  });

  it('GIVEN a sentence counting the women WHEN asked how many women died in custody THEN 35 is given', () => {
    const { answer } = ask(index, 'How many women were killed in custody according to the Pell Rights Desk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b35\b/);
  });

  it('GIVEN a French report counting "dont au moins 9 femmes" WHEN asked in English how many women were executed in Varn in 2030 THEN 9 is given', async () => {
    const french = await archiveOfTexts({
      'varn-fr.txt': `Varn : les exécutions en hausse, selon l'ONU
Genève, le 14 juin 2031

«En 2029, 120 personnes ont été exécutées à Varn ; en 2030, au moins 150 personnes l’ont été, dont au moins 9 femmes», a indiqué Lise Marchal, commissaire adjointe de l'ONU aux droits humains, devant le Conseil.
`,
    });
    const { answer } = ask(french, 'how many women were executed in Varn in 2030 according to the UN deputy commissioner?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b9 femmes/);
  });
});
