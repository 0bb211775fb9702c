import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X say about where the shells came from?": of X's words, those that speak of the shells where the answer
// shows them; a quotation running over many paragraphs whose shells come only past the words shown is not it, and
// "came from" frames the topic without being one.
const REPORTS = {
  'orsk-briefing.txt': `Minister Halvard Brisk briefs reporters on the Orsk shelling

“This was a cold and deliberate act against families asleep in their homes. The people of Orsk deserve the truth, and the truth is what we will give them, street by street and name by name, however long it takes us,” Brisk said.

“Our inspectors have walked every street of the old market since Monday. They have spoken with nurses, drivers, teachers and the men who dug through the rubble with their bare hands, and they have written down every word,” he said.

“They have counted the craters one by one, measured them, photographed them and sent every fragment to the laboratory in Kelsport for testing. The laboratory has worked day and night, and its chemists have shared their notes with two foreign teams. We know the shells were fired from the ridge held by the Black Hill brigade, and we know the hour they were fired. We know
`,
};

describe('a topic past the words shown', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN the shells named only in Brisk\'s last paragraph THEN what he said about where the shells came from is those words', () => {
    const a = ask(index, 'What did Brisk say about where the shells came from?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/shells were fired from the ridge/);
  });
});
