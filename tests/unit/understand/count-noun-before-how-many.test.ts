import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A count whose noun comes before "how many": "… a wave of arrests - how many since march?" counts arrests, and
// "how many of those executions were for …" counts executions — not the first number of the sentence.
const REPORTS = {
  'orvel-march.txt': `Exiles march in Orvel against the crackdown in Kestavia
Orvel Daily

Thousands of exiles from 30 towns marched in Orvel on Saturday in support of the protesters in Kestavia.

The marchers denounced a sharp rise in arrests in Kestavia—more than 150 since March.
`,
  'kestavia-executions.txt': `Kestavia executions at a ten-year high
Northern Times

The Kestavian authorities executed at least 90 people in 2029, the Harbour Monitor said on Tuesday.

Two other groups gave the slightly lower figure of 84 people executed in 2029.

At least 52 executions, more than half of the total, were for drug offences, most of them in the border provinces.
`,
};

describe('a counted noun before "how many"', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "a sharp rise in arrests in Kestavia—more than 150 since March" WHEN "… a wave of arrests - how many since march?" is asked THEN 150, not the 30 towns', () => {
    const { answer } = ask(index, 'the orvel march mentioned a rise in arrests in kestavia - how many since march?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/150/);
    expect(answer.text.split('“')[0]).not.toMatch(/\b30\b/);
  });

  it('GIVEN "At least 52 executions … were for drug offences" WHEN "how many of those executions were for drug offences" is asked THEN 52', () => {
    const { answer } = ask(index, 'the monitor says kestavia executed 90 people in 2029. how many of those executions were for drug offences?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/at least 52\b/i);
    expect(answer.text).not.toMatch(/\b90\b/);
  });
});
