import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "um 12.30 Uhr", "at 10:30 a.m.": an hour; "der 14. Jahrestag": a German ordinal. Neither counts the people at a
// demonstration; the count the report gives ("Rund 1500 Menschen nahmen daran teil") does.
const REPORTS = {
  'orvel-tor.txt': `Orvel: Hin und Her um Exil-Valdorianer

Mehrere tausend Exil-Valdorianer wurden am Donnerstag von einem Verbot der Demonstration am Marienwaller Tor überrascht. Erst um 12.30 Uhr hob das Gericht das Verbot auf und erlaubte die Demonstration vor dem Marienwaller Tor. Rund 1500 Menschen nahmen daran teil.

Anlass der Demonstration war der 14. Jahrestag der Revolution in Valdor.
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
