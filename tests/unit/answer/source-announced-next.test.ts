import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "At least 64 people have been detained over the depot fires … . This was announced by Arno Vell, the spokesman
 * of the regional police, …": the sentence after a figure that opens by telling who announced it names the figure's
 * source. Asked for the police spokesman's count, the figure answers, credited to him, with both sentences cited.
 */
describe('a figure whose source the next sentence announces', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'depots.txt': `Dozens held after grain depot fires in Kessia

Dell Courier

April 9, 2031

KESSIA. At least 64 people have been detained over the fires that have struck grain depots in 12 districts since the start of March. This was announced by Arno Vell, the spokesman of the regional police, who told the Dell news agency that cans of fuel had been found near several of the depots.

Farmers' unions have asked the government to post guards at every depot before the harvest.
`,
    });
  });

  it('GIVEN "how many people were detained over the depot fires according to the police spokesman?" THEN 64, his', () => {
    const a = ask(index, 'How many people were detained over the depot fires according to the police spokesman?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b64\b/);
    expect(a.text).toMatch(/Arno Vell/);
  });
});
