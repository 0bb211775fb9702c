import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// An earthquake's "6.4 magnitude" measures the quake: it is no count of the dead, whatever deed the sentence tells
// after it. (A report written for the test; the town and the figures invented.)
const REPORTS = {
  'quake.txt': `The Kessa earthquake in figures
Published: 12 March 2034 | Valley Press

KESSA (Valley Press) – Before dawn on March 9, a 6.4 magnitude earthquake struck Kessa and the hills around it, killing hundreds.

The toll

The number of dead across the province now stands at 612. At least 210 deaths were confirmed in the city of Kessa, while 402 deaths were recorded in the hill villages.
`,
};

describe("an earthquake's magnitude", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a 6.4 magnitude earthquake … killing hundreds" and a toll WHEN how many were killed THEN the toll, never 6.4', () => {
    const { answer } = ask(index, 'How many people were killed by the Kessa earthquake?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).not.toMatch(/6\.4|magnitude/);
    expect(answer.text).toMatch(/\b612\b/);
  });
});
