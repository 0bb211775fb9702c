import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/*
 * "… hit the busiest market in the city of Kafr Talna, the Vardanian Monitor said": the name after "the city of" is
 * the city's, not a person's whose role would be the body after the comma — nor the one a figure is credited to.
 */
const REPORTS: Record<string, string> = {
  'kafr-talna-market.txt': `Shelling of a market kills nine in Kafr Talna

Marsh Courier

At least nine civilians were killed on Sunday when shells hit the busiest market in the city of Kafr Talna, the Vardanian Monitor said.

The head of the Monitor said the shells had been fired by government forces.

"At least nine people were killed, including a child," he said. "There are around 14 wounded and the toll could rise."
`,
};

describe('the name after "the city of"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "in the city of Kafr Talna, the Vardanian Monitor said" THEN Kafr Talna is no speaker', () => {
    expect(index.data.speakers.some((s) => /Kafr Talna/.test(s.name))).toBe(false);
  });

  it('GIVEN a count told in a quote after that sentence THEN it is not credited to the town', () => {
    const a = ask(index, 'how many people were wounded in the Kafr Talna market shelling?').answer;
    expect(a.text).not.toMatch(/according to Kafr Talna/i);
  });
});
