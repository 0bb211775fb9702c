import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When was the Kessa conference in 2031?" places the conference in a year. The archive's only Kessa conference is
// dated in 2032 (its report names 2031 only for the jailings it counts): its date is no answer to the year asked.
// Asked with that year, or with no year, the date answers.
const REPORTS = {
  'kessa-forum.txt': `Exiles and lawmakers meet in Kessa
Published: 12 June 2032 | Harbour Courier

KESSA – At a conference in the Kessa city council chamber on June 9, 2032, lawmakers from four countries joined exiled writers to call for the release of jailed journalists in Varnland.

Councillor Petra Onsky opened the conference and said that 40 reporters had been jailed in Varnland between May 2031 and May 2032.
`,
};

describe('a date asked in a year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a conference dated 2032 WHEN it is asked in 2031 THEN not in the archive, and no 2032 date given', () => {
    const { answer } = ask(index, 'when was the kessa conference in 2031');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/June 9/);
  });

  it('GIVEN the same report WHEN it is asked in 2032 THEN June 9, 2032', () => {
    const { answer } = ask(index, 'when was the kessa conference in 2032');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 9, 2032/);
  });

  it('GIVEN the same report WHEN it is asked with no year THEN June 9, 2032', () => {
    const { answer } = ask(index, 'when was the kessa conference');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/June 9, 2032/);
  });
});
