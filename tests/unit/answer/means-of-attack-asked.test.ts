import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many were killed in the chemical attack in Dervan?" names how the attack was made. A report of an air raid on
// Dervan's market (which recalls, in passing, a chemical attack on another town years before) tells of another attack:
// its toll is no answer. Asked as an air raid, or as the gas attack another report tells, the tolls answer.
const REPORTS = {
  'dervan-market.txt': `Dervan market hit from the air
Published: 9 October 2031 | Levant Daily

Warplanes struck the crowded market of Dervan at noon on Sunday, leaving nine civilians dead, two of them children, a monitoring group said.

Another 14 were hurt, the Coastal Observatory for Human Rights added.

Dervan is a short drive from Kessab, where a chemical attack killed dozens two years ago.
`,
  'osk-attack.txt': `Intelligence assessment: chemical strike near Osk killed 1,204
Published: 1 September 2028 | Harbour Post

Poison released over the eastern suburbs of Osk on May 3 left 1,204 people dead, 300 of them children, according to an intelligence assessment.

Clinics in the suburbs ran out of antidotes within hours.
`,
};

describe('the means of an attack asked', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only an air raid on Dervan WHEN the killed of "the chemical attack in Dervan" are asked THEN not in the archive, the raid\'s toll not given', () => {
    const { answer } = ask(index, 'How many people were killed in the chemical attack in Dervan in 2031?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toMatch(/chemical attack/);
    expect(answer.text.split('Closest')[0]).not.toMatch(/\bnine\b/);
  });

  it('GIVEN the same report WHEN the air raid on Dervan is asked THEN its toll', () => {
    const { answer } = ask(index, 'How many people were killed in the air raid in Dervan in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\bnine civilians\b/);
    expect(answer.citations[0]?.file).toBe('dervan-market.txt');
  });

  it('GIVEN a report of a chemical attack near Osk WHEN "the gas attack near Osk" is asked THEN its toll (gas is chemical)', () => {
    const { answer } = ask(index, 'How many people died in the gas attack near Osk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,204/);
  });
});
