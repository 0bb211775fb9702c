import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "X has blamed the unrest on “foreign hands”": a blame laid is something X said, and answers what X blamed it on;
// "X was blamed" is said of X, not by X.
const REPORTS = {
  'orvel-rally.txt': `Exiles rally in Orvel for the protesters in Kestavia
Orvel Daily

Dozens of exiles rallied in Orvel on Saturday in support of the protests in Kestavia.

Kestavia's interior minister, General Oskar Brann, has blamed the unrest sweeping the country on "hostile foreign hands" that he said were paying the protesters.

The governor of the northern province was blamed by the marchers for the deaths of two students.
`,
};

describe('a blame laid', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "General Oskar Brann, has blamed the unrest … on "hostile foreign hands"" WHEN what he blamed the unrest on is asked THEN his words', () => {
    const { answer } = ask(index, 'what did oskar brann blame the unrest on?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/hostile foreign hands/);
  });
});
