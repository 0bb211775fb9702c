import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "Brisk, January 14, 2024 - Students protested outside Teller academy …, demanding a trial for those responsible for
 * the sinking of the ferry that killed all 212 people on board": "killed all 212" counts the dead ("all" stands
 * between the deed and its number as "at least" does), and the year that closes the dateline counts no students. The
 * report gives no crowd size: asked one, the engine declines.
 */
const REPORTS: Record<string, string> = {
  'brisk-protest.txt': `Students in Brisk call for justice over the ferry

Brisk, January 14, 2024 - Students protested outside Teller academy in Brisk on Tuesday, demanding a trial for those responsible for the sinking of the ferry that killed all 212 people on board.

The students tore up photos of the navy chief, witnesses said.
`,
};

describe('a crowd is not counted by the dead nor by a year', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "the ferry that killed all 212 people" and a dateline year THEN neither is the size of the protest', () => {
    const a = ask(index, 'how many people attended the Teller academy protest?').answer;
    expect(a.text).not.toMatch(/212 people|2024 Students/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN "… - crowd estimate?" THEN the crowd is what is counted, not whose count it is', () => {
    expect(cleanQuestion('teller academy protest - crowd estimate?')).toBe('how many people attended the teller academy protest?');
    expect(cleanQuestion('teller academy protest - dorn crowd estimate?')).toBe('how many people attended the teller academy protest, according to the dorn?');
  });
});
