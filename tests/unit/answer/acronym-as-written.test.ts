import { describe, expect, it } from 'vitest';
import { tokensHold } from '../../../src/answer/reader/evidence-windows.ts';
import { analyseQuestion } from '../../../src/understand/analyse-question.ts';
import { tokenize } from '../../../src/understand/vocabulary.ts';

// A name written in capitals is matched as written: "BRDS" is another body than "BRD" (whose key a plural's stem
// would make it), whatever the case a report writes it in.
function term(question: string, text: string) {
  const t = analyseQuestion(question).terms.find((x) => x.text === text);
  if (!t) throw new Error(`no term ${text}`);
  return t;
}

describe('a name in capitals, as written', () => {
  const brds = term('How many hangings in Brevia in 2030 did BRDS report?', 'BRDS');

  it('GIVEN "BRD\'s own final report is not out yet" WHEN BRDS is looked for THEN not held', () => {
    expect(tokensHold(tokenize("BRD's own final report is not out yet."), brds)).toBe(false);
  });

  it('GIVEN "according to BRDS 604" WHEN BRDS is looked for THEN held', () => {
    expect(tokensHold(tokenize('The groups gave different numbers: according to BRDS 604.'), brds)).toBe(true);
  });

  it('GIVEN "Brds" written in another case WHEN BRDS is looked for THEN held', () => {
    expect(tokensHold(tokenize('Data from Brds and others.'), brds)).toBe(true);
  });

  it('GIVEN a question written all in capitals WHEN its words are looked for THEN they still meet their stems', () => {
    const protesters = term('HOW MANY PROTESTERS WERE KILLED IN BREVIA?', 'PROTESTERS');
    expect(tokensHold(tokenize('At least 300 protester deaths were counted.'), protesters)).toBe(true);
  });
});
