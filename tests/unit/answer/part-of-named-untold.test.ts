import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is X's wife?" asks the one person standing in that part to X: a list of the speakers X spoke among, or a body X
// supports, is a wrong answer; only a sentence writing the part answers.
const REPORTS = {
  'brisk-meeting.txt': `Lawmakers meet exiles in Brisk

Brisk Observer

Dozens of lawmakers attended the meeting in the Brisk Assembly on Tuesday. Speakers included: two deputy speakers of the Assembly, Ana Brook and Pavel Drum, and the delegates Ivo Sarn, Lena Vost and Karin Valde.

“We stand with the people of Valdor,” said Sarn, who supports the Valdor Freedom League.
`,
  'kesh-trial.txt': `Exile's trial opens in Kesh

Kesh Daily

The trial of the exile Tomas Fenn opened in Kesh on Monday. “The charges are invented,” said Fenn's lawyer, Mira Holt.
`,
};

describe('a part of a named person is told only by a sentence writing it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a list of speakers holding X THEN "who is X\'s wife?" is not answered', () => {
    for (const q of ["Who is Ivo Sarn's wife?", "Who is Lena Vost's husband?"]) {
      const a = ask(index, q).answer;
      expect(a.answered, `${q} -> ${a.text}`).toBe(false);
    }
  });

  it('GIVEN "said Fenn\'s lawyer, Mira Holt" THEN "who is Tomas Fenn\'s lawyer?" still names her', () => {
    const a = ask(index, "Who is Tomas Fenn's lawyer?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/Mira Holt/);
  });
});
