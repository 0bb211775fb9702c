import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "How many were killed in the chemical attack in Dervan?" names how the attack was made. A report of an air raid on
// Dervan's market (which recalls, in passing, a chemical attack on another town months before) tells of another attack:
// its toll is no answer. Asked as an air raid, or as the gas attack another report tells, the tolls answer.
const REPORTS = {
  'dervan-market.txt': `Regime airstrike on Dervan market kills children
Published: 9 October 2031 | Levant Daily

An airstrike on a market in the town of Dervan killed 11 civilians on Sunday, including two children, a monitoring group said.

About 20 people were wounded in the strike, the Coastal Observatory for Human Rights said.

The town lies near Kessab, the site of a deadly chemical attack in April.
`,
  'osk-attack.txt': `Intelligence report: 1,204 killed in attack near Osk
Published: 1 September 2028 | Harbour Post

A chemical attack on the suburbs of Osk on August 21 killed 1,204 people, including 300 children, an intelligence report said.

Doctors treated thousands of patients with symptoms of poisoning.
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
    expect(answer.text.split('Closest')[0]).not.toMatch(/\b11\b/);
  });

  it('GIVEN the same report WHEN the air raid on Dervan is asked THEN its toll', () => {
    const { answer } = ask(index, 'How many people were killed in the air raid in Dervan in 2031?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b11 civilians\b/);
    expect(answer.citations[0]?.file).toBe('dervan-market.txt');
  });

  it('GIVEN a report of a chemical attack near Osk WHEN "the gas attack near Osk" is asked THEN its toll (gas is chemical)', () => {
    const { answer } = ask(index, 'How many people died in the gas attack near Osk?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/1,204/);
  });
});
