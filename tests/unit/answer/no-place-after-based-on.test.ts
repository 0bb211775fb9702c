import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Words after "on" or a place noun that name no place: "a policy Based on Human Rights" is what the policy rests on;
// "…, the Corvel Parliament has openly meddled in …" is a body acting (a place noun no preposition places, a verb
// after it), not where the deed asked was done.
const REPORTS = {
  'peru-resolution.txt': `Voices for Liberty, Justice & Fairness

140 Chamber Members Cosponsors of C. Res 52, Urging a Peru Stance Based on Human Rights and Curbing Lima’s Militias

CORVEL – On Wednesday, April 28, 2021, ahead of the premier’s address to the chamber, 140 members of the Corvel Chamber presented a resolution sponsored by lawmakers of both camps, urging a policy on Peru based on ending the militias’ abuses.
`,
  'tarsa-statement.txt': `Most Ostrian deputies released a statement on Monday calling the Corvel Parliament's latest motion was hostile and one-sided.

“At a time when two senior Ostrian judges have been murdered in an attack, the Corvel Parliament has openly meddled in our affairs by twisting the facts,” it added.

The judges – named as Ivo Marek, head of Chamber 12 of the High Court, and Pavel Rusk, head of Chamber 40 – were shot dead at the High Court building in central Tarsa on May 2.
`,
};

describe('names after "based on", and a body acting, are no places', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a headline "… Stance Based on Human Rights …" WHEN where the resolution was presented is asked THEN never "Human Rights"', () => {
    const { answer } = ask(index, 'Where was the Peru resolution with 140 cosponsors presented in April 2021?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/^Human Rights/);
  });

  it('GIVEN "…, the Corvel Parliament has openly meddled …" WHEN where the judges were murdered is asked THEN never the parliament', () => {
    const { answer } = ask(index, 'where were the Ostrian judges murdered?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/^The Corvel Parliament|^Corvel Parliament/);
  });

  it('GIVEN "shot dead at the High Court building" WHEN where the judges were killed is asked THEN the High Court building', () => {
    const { answer } = ask(index, 'Where were the two judges killed in May?');
    expect(answer.text).toMatch(/^The High Court building/);
  });
});
