import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "the morning air strike on the market in Dorn killed 12 and wounded others": 12 is the killing's number; asked how
// many were wounded, it is no answer, and the count a sentence gives of the wounded ("eleven civilians, including three
// women, were killed while 15, including three children, were wounded") counts civilians, not the women a part of the
// dead were.
// Report written for the tests: invented town, bodies and numbers.
describe('a number right after another deed\'s verb, and a bare number after a part singled out', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'dorn.txt': ` date 2031-12-02  Skip to main content

Market in rebel-held Varnian town hit by air strike; at least 12 killed

KESSEL
The Harbour Press
Members of the Civil Shield recover a victim following an air strike on Dec. 2, 2031 in a market in the town of Dorn in the province of Lisk.

An air strike on a market in a rebel-held town in Varnia's northwestern province of Lisk Monday killed at least 12 civilians and wounded others, opposition activists said.

The Kessel-based Varnian Monitor for Rights said the morning air strike on the market in Dorn killed 12 and wounded others. The Lisk Media Center, an activist collective, also said 12 civilians were killed and dozens were wounded.

The opposition's Varnian Civil Shield, also known as Grey Vests, said eleven civilians, including three women, were killed while 15, including three children, were wounded. The group said the death toll is not final yet.
`,
    });
  });

  it('GIVEN "killed 12 and wounded others" THEN how many were wounded is not 12', () => {
    const a = ask(index, 'how many people were wounded in the Dorn market strike?').answer;
    expect(a.text).not.toMatch(/\b12\b/);
  });

  it('GIVEN "…, including three women, were killed while 15, including three children, were wounded" THEN the 15 are not women', () => {
    const a = ask(index, 'how many people were wounded in the Dorn market strike?').answer;
    expect(a.text).not.toMatch(/15 women/);
    expect(a.text).toMatch(/15 civilians/);
  });
});
