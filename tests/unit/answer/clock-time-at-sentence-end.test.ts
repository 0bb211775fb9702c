import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A 24-hour time closes its sentence ("starting at 10:30.") or stands before a comma ("ended at 16:45, but …").
const REPORTS = {
  'varn-sit-in.txt': `Nurses hold a sit-in outside the Varn court

The sit-in against the closing of the night clinic was held outside the Varn court on 4 March 2031 starting at 10:30.

About sixty nurses sat on the steps with folded blankets and thermos flasks.

The sit-in ended at 16:45, but a handful of nurses stayed on the steps until dark.
`,
};

describe('a time of day at the end of its sentence or before a comma', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "starting at 10:30." WHEN asked what time the sit-in started THEN 10:30 is given', () => {
    const { answer } = ask(index, 'What time did the sit-in outside the Varn court start?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/10:30/);
  });

  it('GIVEN "ended at 16:45, but …" WHEN asked what time it ended THEN 16:45 is given', () => {
    const { answer } = ask(index, 'what time did the nurses sit-in at the Varn court end?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/16:45/);
  });
});
