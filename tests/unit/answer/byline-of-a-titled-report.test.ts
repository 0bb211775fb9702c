import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A wire report under a byline, named by the question by its headline's quoted words; its first sentence tells of the
// group that gathered, not of who wrote it. Asked who wrote it, the bot gives the byline, not the group (probefr3).
const REPORTS = {
  'orvane-wire.txt': `"Enough of the gallows": exiles of the Free Varnia Union gather near Orvane

By Tomas KELLENBERG

ORVANE WIRE, 12 May — "Enough of the gallows": thousands of members of the Free Varnia Union gathered on Saturday near Orvane to demand an end to the hangings in Varnia.

"The regime is weaker than ever," said Lena Ostrova, the union's chair.
`,
};

describe('who wrote a report named by its quoted headline', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it("GIVEN a byline and a first sentence naming the union WHEN asked who wrote the wire report 'Enough of the gallows' THEN the byline's writer", () => {
    const { answer } = ask(index, "Who wrote the Orvane Wire report 'Enough of the gallows'?");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/^Tomas Kellenberg/);
    expect(answer.text).not.toMatch(/Free Varnia Union —/);
  });
});
