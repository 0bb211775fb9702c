import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { understand } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* "near which landmark was the Brisk demonstration?": a landmark or monument is a place asked, as a square is. */
describe('a landmark asked is a place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'brisk-demo.txt': `Exiles remember the 1994 prison killings

An exhibition was set up in Arlen on Thursday to mark the anniversary of the killing of 4,000 political prisoners in 1994 in Vardania.

Also on Thursday, a demonstration was held by Vardanian exiles near the famous Vossen Gate in Brisk to commemorate those slain during the 1994 killings.
`,
    });
  });

  it('GIVEN "near which landmark …", "which monument …" THEN a place is asked', () => {
    expect(understand('near which landmark was the Brisk demonstration?', index).kind).toBe('where');
    expect(understand('which monument did the Brisk demo gather at?', index).analysis.expects).toBe('place');
  });

  it('GIVEN "near the famous Vossen Gate in Brisk" THEN the landmark is the Vossen Gate', () => {
    const a = ask(index, 'near which landmark was the Brisk demonstration of the Vardanian exiles held?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Vossen Gate/);
  });
});
