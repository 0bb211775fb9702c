import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A sentence that only lists who spoke ("X, former minister; Y, …, were among the speakers") tells nobody's words: it
// does not answer what one of them said.
const REPORTS = {
  'vigil.txt': `Lantern vigil in Osterby honours the dead of the Brenn riots
Published: 30 October 2038 | Osterby Times

The Brenn Diaspora Council held a lantern vigil on Harbour Square on October 28, honouring 300 people killed in the Brenn riots of 2036.
Judge Edda Lorne, former chief justice of the United States Court of Trade; Ambassador Piet Varn, former envoy to Kessa; and Professor Ada Quill, head of law at Osterby College, all took the stage during the vigil.
Organisers said the vigil would become a yearly event.
`,
};

describe('a list of speakers tells none of their words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a judge is only listed among the speakers WHEN what she said is asked THEN not in the archive', () => {
    const { answer } = ask(index, 'What did Judge Lorne say in her speech at the Osterby lantern vigil?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN the same list WHEN who spoke at the vigil is asked THEN the speakers are named', () => {
    const { answer } = ask(index, 'who spoke at the lantern vigil in Osterby?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lorne/);
  });
});
