import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who gave Reuters the figure of 12,000?" asks who a figure came from: not the rally's speakers, and not a person
// the sentence names for another reason; the one who told the agency is written right before "told Reuters".
const REPORTS = {
  'vosk-march.txt': `Vosk marchers back jailed reporters

Some 12,000 people joined a march in Vosk on Sunday for the reporters jailed since the spring, among them Petra Lind, a police spokesman told Reuters.

"Today the whole city stands with those who report the truth," wrote the culture minister Anders Holm on social media. "You are not alone," he added.

The march, called by a press freedom network, wound through the old town to the river.
`,
};

describe('who gave an agency a figure', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Some 12,000 people joined …, among them Petra Lind, a police spokesman told Reuters" WHEN asked who gave Reuters the figure THEN neither a speaker nor Petra Lind is named', () => {
    const { answer } = ask(index, 'Who gave Reuters the figure of 12,000 for the Vosk march?');
    // (What the answer states, before the suggestions of what else the archive holds.)
    const stated = answer.text.split('Closest in the archive')[0] ?? '';
    expect(stated).not.toMatch(/Petra Lind|Anders Holm|spoke at/);
    if (answer.answered) expect(answer.text).toMatch(/police/i);
  });
});
