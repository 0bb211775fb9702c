import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A name the sentence writes right before "news agency" ("the state-run KNA news agency") is a body that publishes,
// never the place asked.
const REPORTS = {
  'orvala-quake.txt': `Orvala quake toll nears 2,000 as hope of survivors fades
A young girl, whose parents died in the quake, sits on the stones of what was her house, Tessin, in the rebel-held part of Orvala, May 2, 2031. (Wire Photo)

The toll in Orvala was close to 2,000 on Sunday after last week's strong tremors.

Meanwhile, the toll in the government-held areas passed 900, according to the state-run KNA news agency.
`,
};

describe('a news agency is no place', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN "according to the state-run KNA news agency" WHEN asked where the girl was sitting THEN the agency is not given as the place', () => {
    const { answer } = ask(index, 'Where was the young girl whose parents died in the quake sitting?');
    expect(answer.text.split('Closest in the archive')[0]).not.toMatch(/KNA/);
  });
});
