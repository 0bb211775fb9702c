import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * What a comma after a name opens is not always what the person is: "X, adding that …" tells what X did next, and
 * in "According to duty officer X, the vigil was peaceful" it opens the sentence's own clause. Both were given as
 * roles beside the real one ("Lena Marsk: the vigil; officer").
 */
const REPORTS: Record<string, string> = {
  'vardania-toll.txt': `Vardania protest toll rises to 140
Published October 3, 2024

“We call on the world to act now to stop the killing of protesters,” said VRW director Tomas Oberlin, adding that hospital records obtained by the group showed “live rounds are being fired at crowds”.

According to Ostrov Police District duty officer Lena Marsk, the vigil was peaceful.

According to Piet Daalder, a spokesman for the Vardanian Exile Council, 140 people had been killed since the protests began.
`,
};

describe('a role is what the person is, not the clause after the comma', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "said VRW director Tomas Oberlin, adding that hospital records …" THEN his role is VRW director alone', () => {
    const a = ask(index, 'who is Tomas Oberlin?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('VRW director');
    expect(a.text).not.toMatch(/adding|hospital records/);
  });

  it('GIVEN "According to … duty officer Lena Marsk, the vigil was peaceful" THEN her role is the whole title and "the vigil" is none', () => {
    const a = ask(index, 'who is Lena Marsk?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('Ostrov Police District duty officer');
    expect(a.text).not.toContain('the vigil');
  });

  it('GIVEN "According to Piet Daalder, a spokesman for the Vardanian Exile Council, …" THEN that apposition is still his role', () => {
    const a = ask(index, 'who is Piet Daalder?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('a spokesman for the Vardanian Exile Council');
  });
});
