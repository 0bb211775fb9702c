import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "… against the owners' lockout”, Mrs Kell concluded in her letter to the meeting.": a paragraph of someone's words
 * whose opening mark the page lost still closes on ” before the one who said them. What she called for is that quote,
 * not the sentence about her thanking the councillors.
 */
describe('a quote whose opening mark was lost', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'lockout.txt': `Ahead of Harvest Day, councillors from three parties met in the Kessby Town Hall on Monday, April 7, 2031, to hear the weavers of Dorvania.

The head of the Weavers' Union, Mrs Dana Kell, thanked the councillors for their support for the weavers' long strike.

The mills close one by one and the pay of the weavers falls every month. I call on the towns of the coast, and the women of Kessby above all, to stand by the weavers against the owners' lockout”, Mrs Kell concluded in her letter to the meeting.

The council will vote on the matter in June.
`,
    });
  });

  it('GIVEN "what did Kell call on the towns of the coast to do" THEN her quoted call', () => {
    const a = ask(index, 'what did Dana Kell call on the women of Kessby to do in her letter to the town hall meeting?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/lockout/);
  });
});
