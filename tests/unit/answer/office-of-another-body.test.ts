import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "Who is head of the national police?" is not answered by the head of another body (a parliamentary delegation)
// whose sentence shares only the office: the body asked must be written.
const REPORTS = {
  'lindau-forum.txt': `Exiles' forum opens in Lindau
Published: 3 April 2031 | Lakeside Post

A forum of Varnland's exiles opened in Lindau on Thursday. Anja Rell, Head of the Delegation for a Free Varnland in the National Assembly of Lindau, told the hall that the exiles would not be silenced.

Several hundred people attended the opening session, and police closed the street outside.
`,
};

describe('an office asked of one body', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN only the head of a delegation WHEN the national police head is asked THEN declined', () => {
    const { answer } = ask(index, 'Who is head of the national police?');
    expect(answer.answered).toBe(false);
    expect(answer.text).not.toMatch(/^Anja Rell/);
  });

  it('GIVEN the head of the delegation WHEN the head of the delegation for a free Varnland is asked THEN Anja Rell', () => {
    const { answer } = ask(index, 'Who is the head of the delegation for a Free Varnland?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Anja Rell/);
  });
});
