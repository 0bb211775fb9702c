import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count of coaches that brought people is no count of the people.
const REPORTS = {
  'brisa-demo.txt': `date 2019-03 Exilanten ziehen am Samstag durch Brisa

Rund 900 Menschen zogen am Samstag durch die Altstadt von Brisa, um gegen die Regierung in Orlan zu protestieren.

Mit 17 Reisebussen seien auch Teilnehmer aus Velden, Ostmark, Luhn und weiteren Städten angereist, sagte der Sprecher Korbin.
`,
};

describe('a count of coaches', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "mit 17 Reisebussen … Teilnehmer aus Ostmark" THEN how many demonstrated in Ostmark is not answered with 17', () => {
    const a = ask(index, 'how many people demonstrated in ostmark that saturday').answer;
    expect(a.text).not.toMatch(/^17\b/);
  });

  it('GIVEN "rund 900 Menschen" in Brisa THEN the German count question on Brisa is still answered with 900', () => {
    const a = ask(index, 'Wie viele Menschen zogen durch Brisa?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b900\b/);
  });
});
