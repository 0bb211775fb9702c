import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did Ana Brook of Tarnwatch say?" (probe 52), pinned with a report written for the tests: invented people and
// bodies. A given name and a surname before "of" are a person of that body, not one body's name the report must write
// whole ("Ana Brook of Tarnwatch" is written "Ana Brook, Tarnwatch's deputy head").
describe('a person asked with the body they belong to', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'tarn-league.txt': `Tarnwatch welcomes the envoys' note on the Varn jail

Tarnwatch has welcomed a note sent by five envoys to the Varn authorities about the jail killings of 1979.
“The envoys have at last spoken plainly: the hidden graves of 1979 can no longer be ignored,” said Ana Brook, Tarnwatch's deputy head for the northern provinces.
`,
    });
  });

  it('GIVEN "said Ana Brook, Tarnwatch\'s deputy head" THEN "what did Ana Brook of Tarnwatch say about the note" quotes her', () => {
    const a = ask(index, "What did Ana Brook of Tarnwatch say about the envoys' note on the 1979 killings?").answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/spoken plainly/);
  });
});
