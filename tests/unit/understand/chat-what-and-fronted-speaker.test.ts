import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Chat writes "what" as "wat" ("wat did holm say abt the harbour"), and names the speaker ahead of a question that
// asks by a pronoun ("piet vos wat did he say"). Both ask that person's words.
const REPORTS = {
  'kessa-speeches.txt': `Speeches at the Kessa rally
Published: 5 May 2040 | Coastal Ledger

Hundreds of exiles rallied in Kessa's Vellplatz on Saturday in support of the jailed dock strikers in Varnland.

"Nobody in Varnland should go to jail for asking for a fair wage," said Dana Holm, a former harbour pilot, to the crowd.

The rally was organised by the Solidarity Council of Varnland.

Piet Vos, a city councillor, said: "Kessa stands with the dockers, and we will not look away."
`,
};

describe('chat spellings of a question asking words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN her words WHEN asked "wat did holm say" THEN her words', () => {
    const { answer } = ask(index, 'wat did holm say to the crowd in kessa');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/fair wage/);
  });

  it('GIVEN his words WHEN asked "piet vos wat did he say" THEN his words', () => {
    const { answer } = ask(index, 'piet vos wat did he say');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/stands with the dockers/);
  });

  it('GIVEN her words WHEN asked "dana holm in kessa what did she say abt wages" THEN her words (the place is where she spoke)', () => {
    const { answer } = ask(index, 'dana holm in kessa what did she say abt wages');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/fair wage/);
  });

  it('GIVEN a question about Holm WHEN followed by "in kessa what did she say" THEN her words (a place first names no one)', () => {
    const first = ask(index, 'who is dana holm');
    const { answer } = ask(index, 'in kessa what did she say', first.context);
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/fair wage/);
  });
});
