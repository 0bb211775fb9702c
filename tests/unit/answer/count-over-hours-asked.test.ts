import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * A count asked over a number of hours ("in 24 hours of bombing") is told by a sentence that writes that many hours;
 * a month's toll from the same monitor counts another span, even when its breakdown happens to hold the number (24
 * women).
 */
describe('a count asked over a number of hours', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'monthly-toll.txt': `Kessa Watch: the month's toll in Orsk

The Kessa Watch documented since the 1st of April until today the 30th of April 2031 the death of 412 civilians, including 96 children and 40 women, they are: 150 civilians including 30 children and 24 women lost their lives when jets struck the districts of Orsk city.
`,
      'one-day.txt': `Kessa Watch: bombing of eastern Orsk

The toll climbed to at least 31 people, per the Kessa Watch count, all dead in raids over the 24 past hour on eastern Orsk.
`,
      'three-days.txt': `Flight from the valley

Some 12,000 people left the valley within 48 hours of the first shelling, the Kessa Watch said.
`,
    });
  });

  it('GIVEN only a month\'s toll THEN "how many killed in 24 hours of bombing" is not answered with it', () => {
    const a = ask(index, 'How many civilians were killed in 24 hours of bombing on the eastern districts of Orsk, according to the Kessa Watch?').answer;
    expect(a.answered).toBe(false);
    expect(a.text).not.toMatch(/412/);
  });

  it('GIVEN "within 48 hours" THEN "how many left within 48 hours" is that count', () => {
    const a = ask(index, 'How many people left the valley within 48 hours of the first shelling?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/12,000/);
  });
});
