import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { cleanQuestion } from '../../../src/understand/understand.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "whats marchetti's quote from the kastel rally", "what was the quote from Lena Vosk at the vigil": someone's words
// asked by the noun for them, as "what did X say at …" asks them. Other possessives ("X's role", "the rally's date")
// are other questions.
const REPORTS = {
  'kastel-rally.txt': `Thousands rally in Kastel against the Valdor regime

By Dana Roe, Kastel Courier
March 9, 2031

Several thousand exiles rallied in Kastel on Saturday.

"Within a year Valdor will free themselves of its rulers," said Orvel's former mayor Guy Marchetti.
`,
};

describe('someone’s words asked by the noun for them', () => {
  it('GIVEN "whats X\'s quote from …" or "the quote from X at …" THEN "what did X say at …"', () => {
    expect(cleanQuestion("whats marchetti's quote from the kastel rally")).toBe('what did marchetti say at the kastel rally');
    expect(cleanQuestion('what was the quote from Lena Vosk at the vigil?')).toBe('what did Lena Vosk say at the vigil?');
    expect(cleanQuestion("whats marchetti's role at the rally")).toBe("whats marchetti's role at the rally");
    expect(cleanQuestion("what's the rally's date")).toBe("what's the rally's date");
  });

  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a speaker’s words WHEN his quote is asked THEN the words', () => {
    const { answer } = ask(index, "whats marchetti's quote from the kastel rally in 2031");
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/free themselves/);
  });
});
