import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An invented report: a UN envoy gives the number of people held over unrest in Merovia, and only the next sentence,
// credited to a paper and in other words, those of them who risk execution. A question on how many face the death penalty is not answered with
// the number held.
const REPORTS = {
  'merovia-envoy.txt': `UN envoy alarmed at mass detentions in Merovia

The UN envoy for Merovia, Ilse Varnholt, said the country faced a grave crisis.
More than 8,200 people, among them schoolchildren, have been detained in connection with the unrest, according to Varnholt.
She said that at least 30 of them now risk execution and four have already been given death sentences, the Kessel Post reported.
Varnholt spoke to the council in Geneva.
`,
  'merovia-courts.txt': `Merovian courts hand down first sentences

April 20, 2032

Seventeen marchers have so far been sentenced to death by Merovian courts since the unrest began, the country's judiciary said on Thursday.

Two brothers from Telsa had their death sentences commuted on appeal, and each will now serve 14 years in prison, their lawyer said.
`,
};

describe('a count of those facing the death penalty, answered only by a count of the detained (probe53)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the envoy\'s count of the detained WHEN asked how many detainees face the death penalty according to her THEN it abstains', () => {
    const { answer } = ask(index, 'how many detainees face the death penalty according to Varnholt?');
    expect(answer.text).not.toMatch(/8,200/);
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the court report WHEN asked how many protesters were sentenced to death THEN seventeen', () => {
    const { answer } = ask(index, 'How many marchers have been sentenced to death by the Merovian courts?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Seventeen/);
  });

  it('GIVEN a commuted sentence WHEN asked how many years in prison the brothers got after their death sentences were commuted THEN 14 years', () => {
    const { answer } = ask(index, 'how many years in prison did the two brothers get after their death sentences were commuted?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/\b14\b/);
  });
});
