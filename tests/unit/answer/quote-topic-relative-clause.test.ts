import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "about the prisoners who fled Kolder" is about the prisoners; words on the jail alone are not on them.
const REPORTS = {
  'kolder-fire.txt': `Fire at Kolder jail: minister speaks

Varn's interior minister Hella Brandt said on Monday that 41 people had been hurt in the fire at Kolder jail.

She said the blaze at Kolder jail, east of the capital, had been started by faulty wiring and was under investigation.

Prison service chief Anton Vael said that 60 prisoners fled Kolder during the fire, and that 52 had since been caught or come back.
`,
};

describe('a quote topic with a relative clause', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN Brandt speaks only of the fire and Vael of the prisoners THEN "what did brandt say abt the prisoners who fled kolder" is declined', () => {
    const a = ask(index, 'what did brandt say abt the prisoners who fled kolder').answer;
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report THEN "what did vael say about the prisoners who fled kolder" is answered with his words', () => {
    const a = ask(index, 'what did vael say about the prisoners who fled kolder').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/60|52/);
  });
});
