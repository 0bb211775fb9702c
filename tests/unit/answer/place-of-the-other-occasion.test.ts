import { beforeAll, describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import type { ArchiveIndex } from '../../../src/index/archive-index.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// Two briefings told in one sentence, each with its day and its chamber, joined by "&"; a rally at a gate in a town.
// Asked where the Assembly briefing was held, the Senate (the other briefing's place) is not the answer; asked where
// the exiles' rally was, the gate in Kessa still is.
const REPORTS = {
  'briefings.txt': `Lawmakers back the Varn opposition at two briefings
Published: 12 March 2031 | Kessa Wire

Held 3/4/31 in the Senate & 3/9/31 in Assembly, the briefings drew lawmakers of both parties to hear exiled Varn leaders.
`,
  'kessa-rally.txt': `Exiles rally at the Harbour Gate
Published: 20 March 2031 | Kessa Wire

Some 3,000 exiles rallied on Saturday at the Harbour Gate in Kessa to demand the release of political prisoners.
`,
};

describe('the place of the other occasion a sentence names', () => {
  let index: ArchiveIndex;
  beforeAll(async () => {
    index = await archiveOfTexts(REPORTS);
  });

  it('GIVEN two briefings joined by "&" WHEN asked where the assembly briefing was held THEN not the Senate', () => {
    const { answer } = ask(index, 'where was the assembly briefing held in march 2031');
    expect(answer.text.split('Closest')[0]).not.toMatch(/Senate/);
  });

  it('GIVEN a rally at a gate in a town WHEN asked where the exiles rally was held THEN the gate', () => {
    const { answer } = ask(index, 'where was the exiles rally held');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/Harbour Gate/);
  });
});
