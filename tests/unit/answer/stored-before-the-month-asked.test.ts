import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A stored page whose own date field falls before the month a question asks of was written before that month: its
// counts are of an earlier time, even where it writes a year of its own (an older one). With the other report dating
// what it tells by another month and no year, nothing in the archive tells the month asked.
const REPORTS = {
  'kestrel.txt': ` date 2036-02-12 (Adds police figures)
KORVAN Feb 11 Shells struck the Kestrel shelter for exiles near Korvan airport before dawn on Tuesday.
At least seven exiles died and more than 30 were hurt in the shelling, police sources said.
The shelter has housed the exiles of the old Maren camp in the hills since 2029.
`,
  'maren.txt': `Exiles say guards stormed the Maren camp

Guards stormed the Maren camp in the hills on the morning of May 14, the exiles' council said.
More than 60 people were wounded by batons and gas, the council said.
`,
};

describe('a stored page written before the month asked tells no count of it', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a page stored in February and a yearless report of May WHEN the wounded of the Maren camp in October 2036 are asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'how many people were wounded in the october 2036 attack on the maren camp?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/more than 30|more than 60/i);
  });

  it('GIVEN a page stored in February that writes an older year WHEN the wounded at Kestrel in October 2036 are asked THEN the engine abstains', () => {
    const { answer } = ask(index, 'how many were hurt in the october 2036 shelling of the kestrel shelter?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/more than 30/i);
  });

  it('GIVEN the same page WHEN the wounded at Kestrel in February 2036 are asked THEN the police count answers', () => {
    const { answer } = ask(index, 'how many were hurt in the february 2036 shelling of the kestrel shelter?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/30/);
  });
});
