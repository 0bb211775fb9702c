import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "where was she speaking from?" asks what "where did she speak from?" asks: where a speaker who joined from afar
// was, not where the gathering was.
const REPORTS = {
  'orvel-march.txt': `Exiles march through Orvel
Orvel Daily

Several thousand exiles marched from the river to the town hall of Orvel on Saturday.

Ana Holm, the head of the exiles' council, was the main speaker of the day and addressed the marchers via video link from Velden.
`,
};

describe('where a speaker was speaking from', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "addressed the marchers via video link from Velden" WHEN "where was she speaking from?" is asked THEN Velden', () => {
    const { answer } = ask(index, 'ana holm was the main speaker at the orvel march but she was not there in person, where was she speaking from?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Velden\b/);
  });
});
