import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

/* Words reported without quotation marks, the verb kept: "X said solidarity is growing" is not "X said that said …". */
describe('reported words with their verb', () => {
  it('GIVEN "Former Council President X said solidarity … is growing" THEN the answer says "X said solidarity", once', async () => {
    const index = await archiveOfTexts({
      'lindenau.txt': `Exiles gather in Lindenau
Lindenau Post
May 4, 2031

Thousands of Vardanian exiles gathered in Lindenau on Saturday for a free Vardania.
Former Council President Paul Greve said solidarity with the exiles is growing, describing the strikers in Kestel and the exiles in Lindenau as “the conscience of the continent.”
`,
    });
    const a = ask(index, 'what did Paul Greve say at the Lindenau gathering?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toContain('solidarity with the exiles is growing');
    expect(a.text).not.toMatch(/said that said/);
  });
});
