import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "When did the marches begin at the funeral in Pell?" asks a date told with the funeral. A report that dates only
// its own count ("as of March 3, sit-ins had been held at 40 colleges") and names the funeral without a date does not
// tell it. Asked when the sit-ins were counted, the date answers.
const REPORTS = {
  'pell-unrest.txt': `Sit-ins spread to Pell colleges
Published by the Coastal Student Monitor

As of March 3, sit-ins had been held at 40 colleges across the country, the monitor said in a report on its website.

Marches in the town of Pell grew larger after the funeral of Dano Brecht, a young cyclist shot by the guards.
`,
};

describe('the date of a named occasion', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a funeral named without a date WHEN the marches at the funeral in Pell are dated THEN not the date of another sentence', () => {
    const { answer } = ask(index, "When did the marches begin at Brecht's funeral in Pell?");
    expect(answer.text.split('Closest')[0]).not.toMatch(/March 3/);
  });

  it('GIVEN the same report WHEN the count of sit-ins is dated THEN March 3', () => {
    const { answer } = ask(index, 'When had sit-ins been held at 40 colleges?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/March 3/);
  });
});
