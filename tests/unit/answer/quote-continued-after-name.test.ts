import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "“…,” X told the council. “…”": the quote in the next sentence of the paragraph goes on with X's words, as it does
// after "“…,” said X."; the next paragraph's quote is another speaker's.
const REPORTS = {
  'brisk-council.txt': `Brisk engineer warns council over river dam

The town engineer of Brisk, Tomas Brandt, told the council on Monday that repairs to the river dam could not wait.

“The repairs must start before the autumn rains reach the valley,” Brandt told the council members. “Every week we wait, the water creeps closer to the houses on the low road.”

“We cannot pay for all of it this year,” the council's treasurer, Ilse Marrow, told reporters after the meeting.
`,
  'kessa-envoy.txt': `Kessa envoy to step down after eight years

The harbour envoy for Kessa, Arno Vilde, declared on Tuesday that he will leave his post “within weeks” after eight years in the job.

“It has long been my plan to hand over the work once the ferry treaty was signed,” Vilde told the 12-member board. “My years here taught me that patience is a kind of courage. For a long time nothing moved, and then everything did.”

The board thanked him for his service.

“Few towns have waited as long as Kessa, and few have kept such faith,” Vilde said. “Today the harbour has a new season, and we must make it a good one.”
`,
};

describe("a speaker's quote going on in the next sentence after their name and verb", () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "“…,” X told the council. “…”" WHEN asked what X told the council THEN both parts are given', () => {
    const { answer } = ask(index, 'What did Tomas Brandt tell the council members?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/autumn rains/);
    expect(answer.text).toMatch(/creeps closer/);
  });

  it("GIVEN the next paragraph's quote is given to a named treasurer between commas WHEN asked what X told the council THEN her words are not his", () => {
    const { answer } = ask(index, 'What did Tomas Brandt tell the council members?');
    expect(answer.text).not.toMatch(/pay for all of it/);
  });

  it('GIVEN a speaker quoted in several paragraphs WHEN asked what he told the board THEN the words after his name go on with the quote', () => {
    const { answer } = ask(index, 'What did Vilde tell the board when he announced he was stepping down?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/hand over the work/);
    expect(answer.text).toMatch(/patience is a kind of courage/);
  });
});
