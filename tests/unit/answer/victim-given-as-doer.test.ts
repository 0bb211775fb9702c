import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The one a deed befell, asked by a noun ("the priest") or by name in lower case, is never given as its doer.
const REPORTS = {
  'velm-chapel-shooting.txt': `Gunmen kill chapel priest in Velm

Senior priest Oren Dask of the harbour chapel was shot dead on Sunday by two masked men in the port of Velm, as confirmed by the regional police commander, Colonel Ivo Marsk, who said the attackers escaped on a motorbike.

Dask had led the chapel for eleven years and was known for his work with dock families.
`,
  'dry-wells-unrest.txt': `Water protests spread in the south

A Tessan police officer was shot dead in the harbour town of Mirel late on Sunday, during the fifth night of protests over dry wells, a local official said.

State radio blamed "troublemakers" for the shooting.
`,
};

describe('the victim given as the doer', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "priest Oren Dask … was shot dead … by two masked men" THEN "who shot the priest in velm" never names Dask', () => {
    const a = ask(index, 'who shot the priest in velm').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Dask/);
  });

  it('GIVEN the same report THEN "who shot oren dask" never names Dask', () => {
    const a = ask(index, 'who shot oren dask').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Dask/);
  });

  it('GIVEN "A Tessan police officer was shot dead in … Mirel" THEN "who killed the police officer in mirel" is not answered "Tessan"', () => {
    const a = ask(index, 'who killed the police officer in mirel').answer;
    if (a.answered) expect(a.text.split('“')[0]).not.toMatch(/Tessan/);
  });
});
