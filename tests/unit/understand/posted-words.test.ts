import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "what did X post on …" asks the words X put online, not X's post (office).
const REPORTS = {
  'kelmar-flood.txt': `Mayor defends dam decision after flood

Kelmar mayor Ondra Pask wrote on the Fenwire app on Monday that opening the old dam had been "the only way to save the lower town" and that "nobody will pay for this twice."

Opposition councillors said the warning came too late for farms along the Velt river.
`,
};

describe('words posted online', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "Mayor Ondra Pask wrote on the Fenwire app …" THEN "what did pask post on fenwire abt the dam" gives her words', () => {
    const a = ask(index, 'what did pask post on fenwire abt the dam').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/only way to save the lower town|nobody will pay/);
  });
});
