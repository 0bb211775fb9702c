import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who was the aged woman seen …?" asks a person by what she is: a name a sentence gives in passing (a governor the
// region is the home of) is someone else.
const REPORTS = {
  'orrin-hills.txt': `Hill country killings: monitor puts toll at 480

At least 480 villagers were shot dead in a week of raids in the Orrin hills, the Kessa Watch said on Tuesday (June 3, 2031).

The Kessa Watch said the villagers died in "raids by the river guard and its allies" after fighting broke out in the hill heartland of the Orrin people, to which the ousted governor Tomas Varkos belongs.

In a clip the Watch checked, an aged woman kneels by the bodies of two young men said to be her sons.

The Watch later gave her name as Hedda Lorn, 79.
`,
};

describe('a person asked by what they are', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a governor named in passing WHEN asked who the aged woman in the clip was THEN the governor is not given', () => {
    const { answer } = ask(index, 'Who was the aged woman seen by the bodies of her sons in a clip the Watch checked?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Varkos/);
    if (answer.answered) expect(answer.text).toMatch(/Hedda Lorn/);
  });

  it('GIVEN the same report WHEN asked who the ousted governor is THEN his name may be given', () => {
    const { answer } = ask(index, 'Who is the ousted governor the Orrin people belong to?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/Hedda Lorn/);
  });
});
