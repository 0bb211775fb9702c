import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is X?" answered with what X did or what was done to someone of X's ("X, whose brother was …", "X, saluted the
// guests …", "He was followed by …") is a wrong answer: no role is read from a deed.
const REPORTS = {
  'tarnow-rally.txt': `Exiles rally outside the Tarnow palace

Tarnow Courier

More than 400 exiles from Valdor gathered outside the palace in Tarnow on Saturday.

“We stand with the people of Valdor,” Pavel Drum, whose brother was one of 12 exiles killed in 2029 by border guards near Kesh, said at the rally.

The first speaker was the novelist Ana Brook. She was followed by the trade unionist Ivo Sarn.

A member of the Tarnow council and the head of the exile forum Lena Vost, saluted the guests and the novelist Brook, the keynote speaker.
`,
  'tarnow-square.txt': `Exiles rally in Tarnow Square

Tarnow Courier

Exiles held a rally on Wednesday in Tarnow Square. Former Home Secretary Rt. Hon. Lord Tamsin Vale QC; and Ivo Sarn, the officer of the rights group Open Door, were among the speakers.
`,
};

describe('a role is not a deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "X, whose brother was one of 12 exiles killed …" THEN "who is X" gives no "whose brother" role', () => {
    const a = ask(index, 'Who is Pavel Drum?').answer;
    expect(a.text).not.toMatch(/Pavel Drum:?\s+whose|is whose/);
  });

  it('GIVEN "The first speaker was … Ana Brook. She was followed by …" THEN "followed by" is not her role', () => {
    const a = ask(index, 'Who is Ana Brook?').answer;
    expect(a.text).not.toMatch(/followed by/);
  });

  it('GIVEN "Former Home Secretary Rt. Hon. Lord X QC" THEN "who is Lord X" gives that office, not the honorific "Lord"', () => {
    const a = ask(index, 'Who is Lord Tamsin Vale?').answer;
    expect(a.text).toMatch(/Vale is Former Home Secretary/);
    expect(a.text).not.toMatch(/Vale: Lord\b|gives no role/);
    const who = ask(index, 'Who spoke at the rally in Tarnow Square?').answer;
    expect(who.text).not.toMatch(/\bRt\b(?!\.)/);
  });

  it('GIVEN "… Lena Vost, saluted the guests and …" THEN "saluted the guests" is not her role', () => {
    const a = ask(index, 'Who is Lena Vost?').answer;
    expect(a.text).not.toMatch(/Vost(?::| is) saluted/);
  });
});
