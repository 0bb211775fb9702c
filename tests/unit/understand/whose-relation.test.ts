import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Whose daughter is X?" asks what X is said to be ("daughter of former hostage Y"): the nationality of the hostage is
 * no answer.
 */
describe('whose relative someone is', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'harbour-square.txt': `Thousands rally in Harbour Square for Vardania

Marsh Courier

Thousands gathered in Harbour Square in Korvik on Saturday in solidarity with the protests in Vardania.

Speeches from several activists, including the lawyer Ada Renn, are being staged.

Also taking to the podium this afternoon are activist Mira Danek, daughter of former Coastal hostage Tomas Danek, and the Tidewatch chief executive Pol Arven.
`,
    });
  });

  it('GIVEN "whose daughter is X, one of the speakers" THEN it is asked as who X is', () => {
    expect(cleanQuestion('Whose daughter is Mira Danek, one of the speakers in Harbour Square?')).toBe('who is Mira Danek?');
  });

  it('GIVEN the question THEN the parent is named, not only the nationality', () => {
    const a = ask(index, 'Whose daughter is Mira Danek, one of the speakers in Harbour Square?').answer;
    expect(a.answered).toBe(true);
    expect(a.text.split('“')[0]).toMatch(/Tomas Danek/);
  });
});
