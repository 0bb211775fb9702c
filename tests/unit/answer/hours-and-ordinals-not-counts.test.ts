import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "um 12.30 Uhr", "at 10:30 a.m.": an hour; "der 14. Jahrestag": a German ordinal. Neither counts the people at a
// demonstration; the count the report gives ("Rund 1500 Menschen nahmen daran teil") does.
const REPORTS = {
  'orvel-tor.txt': `Orvel: Hin und Her um Exil-Valdorianer

Am Donnerstag durften die Exil-Valdorianer zunächst nicht am Marienwaller Tor demonstrieren. Um 12.30 Uhr gab das Gericht die Kundgebung vor dem Marienwaller Tor frei. Etwa 1500 Menschen kamen dann zusammen.

Die Kundgebung erinnerte an den 14. Jahrestag der Revolution in Valdor.
`,
};

describe('hours and ordinals are no counts', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN an hour, an ordinal and a count WHEN how many came to the demo is asked THEN the count', () => {
    const { answer } = ask(index, 'how many came to the demo at the marienwaller tor');
    expect(answer.text).not.toMatch(/^(?:12\.30|14)\b/);
    expect(answer.text).toMatch(/1500/);
  });
});
