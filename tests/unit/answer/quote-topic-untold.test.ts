import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// "What did Lord Farrow say about Belarusian women?" asks his words on a topic. The report quotes him on the courts and
// another speaker on women: his words touch no part of the topic (the country's people aside, whom every speech
// names), so they are no answer; hers are. "abt" is "about" as chat writes it.
const REPORTS = {
  'harbour-square.txt': `Exiles rally in Harbour Square
Published: 3 May 2034 | Coastal Ledger

Several hundred Belarusian exiles held a rally on Thursday in Harbour Square, calling on the government to freeze the assets of Belarus's judges.

"The Belarusian regime has turned its courts into a machine of punishment. It is wrong for our government to keep trading with it," Lord Farrow said.

"Ministers must stop pretending that the judges in Belarus are independent," he added.

Baroness Ilsley said: "Belarusian women have always been the first to pay for the cruelty of this regime, and they are leading the protests today."
`,
};

describe('a quote asked on a topic', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN his words only on the courts WHEN his words about Belarusian women are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'what did lord farrow say abt belarusian women');
    expect(answer.answered).toBe(false);
    expect(answer.text.split('Closest')[0]).not.toMatch(/machine of punishment/);
  });

  it('GIVEN no words of his on a topic WHEN his words about the budget are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'What did Lord Farrow say about the budget?');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN his words on the courts WHEN his words about the judges are asked THEN they are given', () => {
    const { answer } = ask(index, 'what did lord farrow say abt the judges at the harbour square rally');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/independent|courts/);
  });

  it('GIVEN his words on the courts WHEN his words about Belarusian women at the rally are asked THEN not in the archive', () => {
    const { answer } = ask(index, 'what did lord farrow say about belarusian women at the harbour square rally in may 2034');
    expect(answer.answered).toBe(false);
  });

  it('GIVEN his words WHEN what he talked about at the rally is asked THEN his words (no topic asked)', () => {
    const { answer } = ask(index, 'What did Lord Farrow talk about at the Harbour Square rally?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/courts|independent/);
  });

  it('GIVEN her words on women WHEN her words about Belarusian women are asked THEN they are given', () => {
    const { answer } = ask(index, 'what did baroness ilsley say about belarusian women');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/first to pay/);
  });
});
