import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count of those allowed to vote is no turnout; a count of buses is no count of marchers.
const REPORTS = {
  'orlan-ballot.txt': `Orlan picks a new governor

Close to 14 million Orlanese may lawfully take part, as roughly 14 million citizens are eligible to cast ballots in the race, and a runoff is planned for mid-May.

Polling stations in Kettering Vale opened at dawn.
`,
  'brisa-demo.txt': `Exilanten ziehen durch Brisa

Mit 17 Reisebussen waren nach Angaben von Korbin Teilnehmer aus Velden, Ostmark und Luhn nach Brisa gekommen.

Die Kundgebung blieb friedlich.
`,
  'brisa-march.txt': `Exiles march through Brisa

In 17 coaches, marchers also travelled from Velden, Ostmark and Luhn to join the exiles in Brisa on Sunday, an organiser said.

The march ended peacefully near the river.
`,
};

describe('a count of another measure', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only "14 million citizens are eligible to vote" THEN the turnout is not answered with 14 million', () => {
    const a = ask(index, 'What was the turnout in the Orlan governor ballot?').answer;
    expect(a.text).not.toMatch(/14 million/);
  });

  it('GIVEN "14 million citizens are eligible to vote" THEN "how many are eligible to vote" still answers it', () => {
    const a = ask(index, 'How many citizens are eligible to vote in Orlan?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/14 million/);
  });

  it('GIVEN only "in 17 coaches, marchers also travelled" THEN how many marched is not answered with 17', () => {
    const a = ask(index, 'How many people marched in Brisa on Sunday?').answer;
    expect(a.text).not.toMatch(/^(?:about |some )?17\b/i);
  });

  it('GIVEN only "mit 17 Reisebussen … Teilnehmer" THEN how many demonstrated is not answered with 17', () => {
    const a = ask(index, 'How many people demonstrated in Brisa?').answer;
    expect(a.text).not.toMatch(/^(?:about |some )?17\b/i);
  });

  it('GIVEN "17 coaches" THEN "how many coaches" still answers it', () => {
    const a = ask(index, 'How many coaches carried marchers to Brisa?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b17\b/);
  });
});
