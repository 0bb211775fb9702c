import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A wire report datelined in the capital counts arrests over many provinces together: asked of the capital alone,
// that count is no answer; asked of the whole affair, it is.
const REPORTS = {
  'oskan-well-poisonings.txt': ` date 2031-05-02 Osk: scores held over poisoned village wells
DREMM. At least 140 people have been detained over the poisoning of village wells reported since February in 19 provinces of Osk, the interior ministry spokesman Halver Timm said on Friday, adding that 60 kilos of a pesticide had been seized.
`,
};

describe('a count spread over many provinces, asked of one town', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "140 … detained … in 19 provinces" datelined DREMM THEN "how many were detained in Dremm" is declined', () => {
    const a = ask(index, 'How many people were detained in Dremm over the well poisonings?').answer;
    expect(a.answered ? a.text : '').not.toMatch(/\b140\b/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the same report THEN how many were detained over the poisonings is still answered', () => {
    const a = ask(index, 'How many people were detained over the well poisonings according to the interior ministry?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b140\b/);
  });
});
