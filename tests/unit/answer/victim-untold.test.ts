import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was killed …?" is answered only by a sentence telling that someone was killed.
const REPORTS = {
  'lindholm-trial.txt': `Envoy convicted over plot against exile league

Baltic Courier

A court in Tessa found envoy Karel Dunstrom guilty of planning an attack on a congress of the Free Marosia League (FML) near Lindholm in 2027.

The FML has asked the Tessa government to expel other envoys.
`,
  'dorna-camp.txt': `Police search exile camp near Dorna

Adriatic Wire

Police searched the camp of the Free Marosia League near Dorna on Tuesday. The FML said in a statement that Tomas Velk was shot dead by officers and 20 residents were hurt.
`,
};

describe('who was killed, told only by a sentence of killing', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only a sentence naming a convicted envoy and the league THEN "who was killed near Lindholm" names no one', () => {
    const a = ask(index, 'Who was killed in the Lindholm attack, according to the FML?').answer;
    expect(a.text).not.toMatch(/Dunstrom/);
  });

  it('GIVEN "X was shot dead" THEN the question that asks it is not declined for want of a killing', () => {
    const a = ask(index, 'Who was killed when police searched the camp near Dorna?').answer;
    expect(a.text).not.toMatch(/Dunstrom/);
    if (a.answered) expect(a.text).toMatch(/Velk/);
  });
});
