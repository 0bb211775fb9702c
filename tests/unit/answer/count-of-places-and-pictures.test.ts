import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Towns a revolt reached and pictures shown of the dead are counted near a deed of killing, but no one counted there
// was killed: "spread to over 140 towns …, killing over 600" kills 600 people, not 140 towns.
const REPORTS = {
  'revolt.txt': `Kessa revolt, week three: 90 names of the dead published
Published: 12 March 2034 | Valley Courier

The March revolt in Kessa spread to over 140 towns and the army launched a harsh sweep, killing over 600 civilians
The Valley Rights Circle said it had gathered the names of 90 of the dead.
`,
  'vigil.txt': `Pictures of the fallen shown at Lonmark vigil
Published: 2 April 2034 | Lonmark Echo

A vigil in Lonmark showed thousands of pictures of martyrs of the Kessa revolt, organisers said.
`,
};

describe('places reached and pictures shown are not counted as killed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a revolt spread to 140 towns before a sweep killed 600 WHEN how many were killed is asked THEN no towns are said to be killed', () => {
    const { answer } = ask(index, 'how many people were killed in the Kessa revolt?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/600/);
    expect(answer.text).not.toMatch(/towns were killed/);
    expect(answer.text).not.toMatch(/pictures were killed/);
  });

  it('GIVEN the same report WHEN how many towns the revolt reached is asked THEN 140 is kept', () => {
    const { answer } = ask(index, 'how many towns did the Kessa revolt spread to?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/140/);
  });
});
