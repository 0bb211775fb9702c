import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A body asked in lower-case words with a body's head word ("the regional inquiry panel"): a count credited by name to
// someone else — here an exile leader who only calls for such a panel — is not that body's.
const REPORTS = {
  'selva-exiles-speech.txt': `Exile leader addresses supporters in Brugge

Brugge, June 3, 2031 - Speaking to supporters, exile leader Oriane Castell said that 9,400 students had been detained since the spring.

Castell urged the League of Nations of the South to send a regional inquiry panel to Selva's jails.
`,
  'selva-panel-findings.txt': `Panel reports on Selva crackdown

The regional inquiry panel on Selva said in its findings that at least 212 demonstrators were shot dead by the guards, 31 of them girls.
`,
};

describe('a count asked of a body named in common words', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the exile leader counts detentions THEN "how many detained according to the regional inquiry panel" is declined', () => {
    const a = ask(index, 'How many students were detained according to the regional inquiry panel on Selva?').answer;
    expect(a.text).not.toMatch(/9,400/);
    expect(a.answered).toBe(false);
  });

  it('GIVEN the panel\'s own count THEN it answers', () => {
    const a = ask(index, 'How many demonstrators were shot dead according to the regional inquiry panel?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/\b212\b/);
  });
});
