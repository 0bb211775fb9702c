import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report of rallies "in Kessa and Orvel" counts and names the speakers of the Kessa one only, each in a sentence
// that places it in Kessa. Asked about Orvel, those sentences tell of another city: no answer. Asked about Kessa,
// they answer. A square the reports put in Kessa ("Kessa's Vellplatz") is no other town: a sentence placing its
// speech in Kessa still answers.
const REPORTS = {
  'two-cities.txt': `Exiles rally in two cities for the jailed strikers
Published: 8 March 2036 | Coastal Ledger

Varnish exiles took to the streets in Kessa and Orvel this weekend in support of the jailed dock strikers.

In Kessa, on Saturday, despite heavy rain, more than 700 protesters gathered in front of the town hall.

"We will not stay silent while our brothers are in jail," said Dario Fenn, a spokesman for the Dockers' Solidarity Network, at the rally in Kessa.
`,
  'vellplatz.txt': `Crowd fills Kessa's Vellplatz
Published: 15 March 2036 | Coastal Ledger

Thousands of exiles filled Kessa's Vellplatz on Saturday to back the dock strikers.

Ilse Marrow, a union lawyer, spoke in Kessa for half an hour and called the strikers braver than any minister.
`,
  'kessa-city.txt': `Kessa harbour reopens
Published: 2 March 2036 | Coastal Ledger

KESSA – The harbour of Kessa reopened on Monday after a week of repairs, the port authority said.
`,
};

describe('a sentence that places what it tells in another city', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the Kessa crowd told WHEN the Orvel crowd is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'how many protesters gathered in orvel');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/700/);
  });

  it('GIVEN the same report WHEN the Kessa crowd is asked THEN 700', () => {
    const { answer } = ask(index, 'how many protesters gathered in kessa');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/700/);
  });

  it('GIVEN a square the report puts in Kessa WHEN who spoke at the Vellplatz demonstration is asked THEN the speaker', () => {
    const { answer } = ask(index, 'who spoke at the vellplatz demonstration');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Marrow/);
  });
});
