import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

const REPORTS = {
  'pallas-bakery.txt': [
    ' date 2031-05-12 Drone strike kills civilians in Pallas',
    '',
    'A bakery in Galdor town in Pallas was flattened by drones.',
    '',
    'At least 9 civilians were killed in a Norwegian drone strike Monday on a bakery in northern Pallas, according to the Velk Medical Network.',
    '',
    "Norwegian drones struck the bakery in Pallas province's Galdor town, killing 9 people, including a nurse.",
    '',
    "Monday's deaths raise the count to 20 over two days, since 11 civilians were killed in Norwegian drone strikes in the same province on Sunday.",
  ].join('\n'),
};

describe('a people\'s adjective after "in" ("killed in Norwegian drone strikes") is no city (probe39)', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a strike on Monday and earlier strikes on Sunday WHEN the day of the strike on the bakery is asked with the attackers\' adjective THEN it answers Monday\'s date, not Sunday\'s', () => {
    const { answer } = ask(index, 'When did Norwegian drones strike the bakery in Galdor killing 9?');
    expect(answer.text).not.toMatch(/May 11/);
    expect(answer.text).not.toMatch(/, Norwegian\b/);
    if (answer.answered) expect(answer.text).toMatch(/May 12, 2031/);
  });
});
