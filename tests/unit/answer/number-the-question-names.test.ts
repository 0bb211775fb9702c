import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A number the question states ("the 241 dead", "the 730 arrests") names the figure it is about: an answer from a
// report that never writes it, or a "This was announced by …" that follows another count, is about something else.
const REPORTS = {
  'valdor-toll.txt': `Valdor unrest: 241 dead, rights group says
Published: 4 October 2031 | Meridian Wire

At least 241 people have died since the Valdor protests started, a rights group's running toll shows.

This was announced by the Lantern Network, a Tessa group that keeps count of the dead.

The marches go on regardless: in Orm, in the north, 730 rioters were held by police today. This was announced by Dario Fenn, Orm's deputy police chief, speaking to the Harbour Wire.
`,
  'valdor-minors.txt': `Protests spread across Valdor as monitors count the dead
Published: 28 September 2031 | Lakeside Post

The Osk Watch reports that at least 163 people, including 17 minors, have been killed in the protests across Valdor.

Most of the killings were reported in the southern provinces, the group said.
`,
};

describe('a number the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the 241 dead" asked and only another report counting minors WHEN how many minors THEN not that report\'s 17', () => {
    const { answer } = ask(index, 'How many minors were among the 241 dead in the Valdor protests?');
    expect(answer.text.split('“')[0]).not.toMatch(/\b17\b/);
  });

  it('GIVEN "This was announced by the Lantern Network" after the toll WHEN who announced the 730 arrests THEN not the network', () => {
    const { answer } = ask(index, 'Who announced the 730 arrests in Orm?');
    expect(answer.text.split('“')[0]).not.toMatch(/Lantern/);
    if (answer.answered) expect(answer.text.split('“')[0]).toMatch(/Dario Fenn/);
  });

  it('GIVEN the same reports WHEN the toll the network announced is asked THEN still answered', () => {
    const { answer } = ask(index, 'How many people had died in the Valdor protests according to the Lantern Network?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/241/);
  });
});
