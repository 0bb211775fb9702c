import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A rally outside a summit where a ruler spoke: a student's quote makes the ruler its subject and runs over two
// sentences; a council chair "told the crowd that …". Asked who said the words, or who told the crowd, the bot never
// names the ruler the words are about (it had read "who said <ruler> …" as "who is <ruler>", and the ruler as the
// doer of the quoted verb); it names the student whose quote closes in the next sentence, and the chair who told
// the crowd.
const REPORTS = {
  'kessa-summit.txt': `Varnian exiles rally outside the Kessa summit
Kessa Courier

KESSA — Odo Brann, the Varnian president, addressed the Northern Summit in Kessa on Friday while several hundred Varnian exiles rallied outside the hall.

The exiles said Brann is guilty of cruelty toward the miners and an unlawful ruler, since Varnia holds no free vote.

“Odo Brann does not deserve a seat among elected leaders. Brann is a jailer of miners,” said student Mira Tolvan.

Lene Dask, the chair of the Varnian Exiles Council, told the crowd that the strikers had loosened General Harl Vost's grip on the mines. “Vost is himself near the end,” she added.
`,
};

describe('who said something of a person the question names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN a quote whose subject is the ruler WHEN asked who said the ruler does not deserve a seat THEN never the ruler', () => {
    const { answer } = ask(index, 'Who said Odo Brann does not deserve a seat among elected leaders?');
    if (answer.answered) expect(answer.text).toMatch(/Tolvan/);
    expect(answer.text.split('“')[0]).not.toMatch(/Brann/);
  });

  it('GIVEN the quote closing in the next sentence with "said student X" WHEN asked who said its first words THEN X', () => {
    const { answer } = ask(index, 'Who said Odo Brann does not deserve a seat among elected leaders?');
    expect(answer.answered).toBe(true);
    expect(answer.text.split('“')[0]).toMatch(/Mira Tolvan/);
  });

  it('GIVEN "X told the crowd that …" WHEN asked who told the crowd THEN X', () => {
    const { answer } = ask(index, 'Who told the crowd that the strikers had loosened General Harl Vost\'s grip on the mines?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Lene Dask/);
    expect(answer.text.split('“')[0]).not.toMatch(/Vost/);
  });
});
