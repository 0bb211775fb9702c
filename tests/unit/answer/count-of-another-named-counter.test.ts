import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A French report gives the prefecture's count of a march (its organisers only hail the turnout); an English one gives the organisers' count of a vigil. Asked
// what the organisers (or the police) said, the bot does not give the other counter's number as theirs.
const REPORTS = {
  'lisac-marche.txt': `Marche des exilés dans le centre de Lisac

Des exilés venus de plusieurs pays ont défilé samedi dans le centre de Lisac contre les pendaisons.

Les organisateurs ont salué une mobilisation sans précédent. Selon la préfecture, 2700 personnes ont pris part à la marche.
`,
  'orvane-vigil.txt': `Candle vigil for prisoners in Orvane

Families of political prisoners held a candle vigil on Sunday in Orvane's harbour square.

The organisers said 900 people took part in the vigil.
`,
};

describe('a count asked of one named counter and given by another (probefr3)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the prefecture\'s count of the Lisac march WHEN asked what the organisers said THEN it abstains and says whose count it holds', () => {
    const { answer } = ask(index, 'How many did the organisers say they brought to the Lisac march?');
    expect(answer.answered).toBe(false);
    expect(answer.text).toContain("the police gave, not the organisers'");
  });

  it('GIVEN only the organisers\' count of the Orvane vigil WHEN asked what the police said THEN it abstains', () => {
    const { answer } = ask(index, 'How many did the police say took part in the Orvane vigil?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same reports WHEN asked what the police said of the Lisac march THEN 2700', () => {
    const { answer } = ask(index, 'How many did the police say marched in Lisac?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/2700/);
  });

  it('GIVEN the same reports WHEN asked what the organisers said of the Orvane vigil THEN 900', () => {
    const { answer } = ask(index, 'How many did the organisers say took part in the Orvane vigil?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b900\b/);
  });
});
