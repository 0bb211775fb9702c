import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did X say about accusations of …?": the words said right after "many have accused us" touch the topic,
// though they write "accused" and the question "accusations". Invented government, spokesman and flight.
describe('a topic asked by a noun of action, told by its verb', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts({
      'kessa-denial.txt': `Kessa says it hid nothing

The Kessian government rejected claims of a cover-up over the downing of flight KA7.
“In these grim days many have accused us of lying. But truly it was not so,” spokesman Ivo Tarn told reporters on Monday.
“The truth is we hid nothing,” he added, blaming “poor information” for the early statements.
`,
    });
  });

  it('GIVEN "many have accused us of lying" before his words THEN "what did Tarn say about accusations of a cover-up" quotes him', () => {
    const a = ask(index, 'What did spokesman Ivo Tarn say about accusations of a cover-up over flight KA7?').answer;
    expect(a.answered).toBe(true);
    expect(a.text).toMatch(/not so|hid nothing/);
  });

  it('GIVEN nothing on wages THEN "what did Tarn say about the wage negotiations" is still declined', () => {
    const a = ask(index, 'What did spokesman Ivo Tarn say about the wage negotiations?').answer;
    expect(a.answered).toBe(false);
  });
});
