import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X talk about at the rally?" asks X's words as "what did X say at the rally?" does: "talk" is no word a
// report must write, and the place after "about" is no topic.
const REPORTS = {
  'tarnow-square.txt': `Exiles rally in Tarnow Square

Tarnow Courier

Exiles held a rally on Wednesday in Tarnow Square. Senator Ivo Sarn and the rights officer Lena Vost were among the speakers.

“The rulers of Valdor fear their own people. Nobody should bargain with them,” Sarn said.

Vost denounced the arrests of students in Kesh and called for their release.
`,
};

describe('"what did X talk about" asks for X\'s words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a direct quote of X THEN "what did X talk about at the rally in Tarnow Square?" gives it', () => {
    for (const q of ['What did Ivo Sarn talk about at the rally in Tarnow Square?', 'What did Senator Sarn speak about?']) {
      const a = ask(index, q).answer;
      expect(a.answered, `${q} -> ${a.text}`).toBe(true);
      expect(a.text).toMatch(/fear their own people/);
    }
  });

  it('GIVEN "X denounced …" THEN "what did X talk about?" gives what X denounced', () => {
    const a = ask(index, 'What did Lena Vost talk about at the Tarnow rally?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/arrests of students/);
  });
});
