import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// The jail is named in a sentence that tells no place of it; a quote names capitalised bodies and no jail.
const REPORTS = {
  'jail-letter.txt': `Inmates' letter condemns wave of hangings
Coastal Review, 18 November 2037

In an open letter on Sunday, forty prisoners held in Marrow Keep Prison described the hangings of recent weeks as a stain on the courts.

“UN Member States must answer this killing spree with more than words,” the Lantern Rights Circle said in a statement.

The letter's signers have refused food every Thursday since the spring.
`,
};

describe('the place of a thing no cited sentence names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a jail named without a place WHEN "where is marrow keep prison" THEN not in the archive', () => {
    const { answer } = ask(index, 'where is marrow keep prison');
    if (answer.answered) expect(answer.citations.some((c) => /Marrow Keep/.test(c.excerpt ?? ''))).toBe(true);
    expect(answer.text).not.toMatch(/Member States/);
  });
});
