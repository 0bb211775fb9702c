import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Tallis Rangers said to have drowned up to 70 villagers": a body "said to" have done a deed is its doer as others
 * tell it, not the source of the count; the count is not credited "according to" it.
 */
describe('a body "said to" have done the deed', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'ferry.txt': `Survivors recall the night at the ferry landing

Tallis Rangers said to have drowned up to 70 villagers at the ferry landing

The Morrow Gazette said on Tuesday that men of the Rangers forced villagers onto a sinking barge at the landing near Brenn.
`,
    });
  });

  it('GIVEN "how many villagers were drowned at the ferry landing?" THEN not "according to" the militia said to have done it', () => {
    const a = ask(index, 'How many villagers were drowned at the ferry landing near Brenn?').answer;
    expect(a.text).not.toMatch(/according to (?:the )?Tallis Rangers/i);
  });
});
