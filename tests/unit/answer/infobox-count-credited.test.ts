import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * An encyclopedia page's infobox gives its tolls as "Deaths<tab>1,144 (KNHR)": the initials in brackets after the
 * number credit the count. Asked by those initials, the count is theirs; asked by the other body's initials, it is not
 * given as that body's.
 */
const REPORTS: Record<string, string> = {
  'varnesh-attack.txt': `Varnesh chemical attack
From Wikipedia, the free encyclopedia
Varnesh chemical attack
Location\tVarnesh, Kessia
Date\t4 May 2031
Deaths\t1,144 (KNHR)
281 (KOHR)
Perpetrators\tKessian Armed Forces
On 4 May 2031 rockets carrying a nerve agent struck the old market of Varnesh.
`,
};

describe('a count an infobox credits by initials in brackets', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Deaths 1,144 (KNHR)" THEN "how many died … according to KNHR?" gives 1,144 with the line cited', () => {
    const a = ask(index, 'how many died in the Varnesh chemical attack according to KNHR?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/1,144/);
    expect(a.citations[0]?.excerpt).toMatch(/1,144 \(KNHR\)/);
  });

  it('GIVEN the same THEN "according to KOHR" is not answered with the count credited to KNHR', () => {
    const a = ask(index, 'how many died in the Varnesh chemical attack according to KOHR?').answer;
    expect(a.text).not.toMatch(/1,144/);
  });
});
