import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Deaths in custody told person by person: a lawyer's words about a prison that name no one, a sentence giving each
// dead man his town, and two reports giving one man two ages, one of them credited to a watchdog.
const REPORTS = {
  'deaths.txt': `Families demand answers over prison deaths
Published: 20 April 2033 | Northgate Daily

Lawyer Mina Sol said a prisoner in Ostrel Prison had told her by phone that two people had died there.
After word of the deaths of Aram Tovik in Lindhaven and Selim Varga in Brekka, a third death was reported on Monday.
`,
  'watch.txt': `Watchdog names dead student
Published: 21 April 2033 | Vestal Watch

The Vestal Watch said one student, Aram Tovik, aged 31, died in unclear circumstances in a Lindhaven cell.
`,
  'daily.txt': `Student dies in Lindhaven cell
Published: 19 April 2033 | Northgate Daily

Activists said on Sunday that 30-year-old Aram Tovik had died in a Lindhaven cell of unexplained causes.
`,
};

describe('the place and the age of the person asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the deaths of Aram Tovik in Lindhaven and Selim Varga in Brekka" WHEN where Varga died is asked THEN Brekka, not the prison of a sentence naming no one', () => {
    const { answer } = ask(index, 'where did selim varga die?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Brekka\b/);
    expect(answer.text).not.toMatch(/Ostrel/);
  });

  it('GIVEN the watchdog writes "Aram Tovik, aged 31," and another report "30-year-old" WHEN his age according to the watchdog is asked THEN 31', () => {
    const { answer } = ask(index, 'how old was aram tovik according to the vestal watch?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b31\b/);
  });
});
