import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// People in a state (unaccounted for, returned) are not counted by the figure of the deed before it.
const REPORTS = {
  'brell-jail-flood.txt': `Ardel counts flood damage; jail wing emptied

The government of Ardel said on Friday that 212 homes were destroyed by the floods in the Brell valley.

Also on Friday, ministry spokesman Kaspar Lind confirmed that 130 prisoners left Brell jail during the flood, but stressed it was not an escape.

He said 96 have come back or been caught, while 34 are still unaccounted for. They were described as petty offenders.
`,
};

describe('a count of another state', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "130 prisoners left Brell jail" and "34 are still unaccounted for" THEN "how many brell prisoners are unaccounted for" is not answered 130', () => {
    const a = ask(index, 'how many brell prisoners are unaccounted for').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/130/);
  });

  it('GIVEN the same report THEN "how many prisoners left brell jail" is still answered 130', () => {
    const a = ask(index, 'how many prisoners left brell jail during the flood?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/130/);
  });
});
