import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A date written in the description of one person is not the date of another person named beside them.
const REPORTS = {
  'swap.txt': ` date 2034-08-02 Ostrana and Varnland trade detainees

KELLBY
Ostrana and Varnland have traded detainees in a deal brokered by Lune.

Some three hours later, Ana Vell, a UN clerk, and Tom Brask, a Varnland trader detained in Ostrana in May 2033, touched down in Kellby.

"They are home, and safe," Varnland's foreign minister Ilse Horn told reporters.
`,
};

describe('a date in the apposition of another person', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the other detainee is dated WHEN since when Ana Vell was held is asked THEN his date is not given', () => {
    const a = ask(index, 'Since when had Ana Vell been held in Ostrana?').answer;
    expect(a.text).not.toMatch(/May 2033/);
  });

  it('GIVEN his own date WHEN since when Tom Brask was held is asked THEN it answers', () => {
    const a = ask(index, 'When was Tom Brask detained in Ostrana?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/May 2033/);
  });
});
