import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two wire stories on two exchanges of prisoners, each with its own head of government quoted, and a freed man's
// father quoted too. Asked what "Norway's prime minister" said, naming the freed men after the verb, the bot quotes
// the prime minister whose post the report writes with his country's adjective ("Norwegian Prime Minister …"), not
// the father who shares the freed man's surname, nor the other country's prime minister.
const REPORTS = {
  'norway.txt': `Two Norwegians freed in a swap with Morvay
By Harbour Wire staff
June 9, 2031

Tor Ulvang and Jonas Brekke, two Norwegian citizens held in Morvay for two years, landed in Oslo on Sunday after an exchange of prisoners.

"Morvay used them both as bargaining chips in a cold game of trade," Norwegian Prime Minister Eirik Dalen told reporters at the airport.

The father of one of them, Sven Ulvang, said the family was "beyond words with joy".

Both men were reunited with their families.
`,
  'denmark.txt': `Danish aid worker home after release
By Harbour Wire staff
July 2, 2031

A Danish aid worker held in Morvay flew home on Tuesday.

"Our country will never leave its people behind," Danish Prime Minister Karin Holt said in a statement.
`,
};

describe('the words of a post asked with its country', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a prime minister and a freed man's father quoted WHEN asked \"What did Norway's prime minister say Morvay had used Ulvang and Brekke as?\" THEN the prime minister's words", () => {
    const { answer } = ask(index, "What did Norway's prime minister say Morvay had used Ulvang and Brekke as?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toContain('Eirik Dalen');
    expect(answer.text).toContain('bargaining chips');
    expect(answer.text).not.toMatch(/Sven Ulvang|Karin Holt/);
  });
});
