import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A report on a crowd outside Tarvik City Hall on the anniversary of the Velorian Revolution, naming a mayor, a
// councilmember and a congressman among the officials who came. Asked which congressman showed up (a verb the report
// does not use), the bot never gives the revolution, read as a name, for the congressman: only a name a sentence gives
// that title answers, and asked with the report's own verb it does.
const REPORTS = {
  'tarvik.txt': `Velorian exiles fill Tarvik City Hall square as the prince drops by
On the anniversary of the Velorian Revolution, exiled Prince Aram Demir surprised a vast crowd and joined its call for free elections

TARVIK — Tens of thousands of Velorian exiles from across the coast gathered outside Tarvik City Hall on Saturday, the biggest such protest so far.

"Tarvik stands beside you until your country is free," council speaker Jonas Welt told the crowd.

Mayor Lena Ostrova, Harbor District Councilmember Pia Hart and Congressman Tomas Reed were among the officials who came on Saturday. Reed spoke of a bill to freeze the assets of the regime's police chiefs.
`,
};

describe('a person asked by a title', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN one congressman named WHEN asked "which congressman showed up at the tarvik rally" THEN no name without the title', () => {
    const { answer } = ask(index, 'which congressman showed up at the tarvik rally');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Revolution|Demir/);
    if (answer.answered) expect(answer.text).toMatch(/^Tomas Reed/);
  });

  it('GIVEN the same report WHEN asked "which congressman came to the tarvik rally" THEN the congressman', () => {
    const { answer } = ask(index, 'which congressman came to the tarvik rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Tomas Reed/);
  });
});
