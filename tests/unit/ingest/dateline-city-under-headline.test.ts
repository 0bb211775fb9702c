import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import { ask } from '../../../src/engine.ts';
import { archiveOfTexts } from '../../support/archive-of-texts.ts';

// A wire story's city printed alone under its headline ("KELLBY"): it is where the story was filed, not its publisher.
// Answers had read "according to KELLBY".
const SWAP = ` date 2037-05-11 Ostrana and Varnia swap prisoners at a desert airfield

KELLBY
Ostrana and Varnia exchanged four prisoners on Sunday in a deal brokered by a third country.

Dario Venn, a former Varnian prison guard serving 20 years in Ostrana, landed at Kellby's main airport on Sunday evening, state television showed.

Three Ostranian aid workers held since 2035 were flown home the same night.
`;

function parse(text: string): Article {
  const r = parseArticleFile({ name: 'swap.txt', bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(`test: skipped: ${r.reason}`);
  return r.article;
}

describe('a city alone under the headline', () => {
  it('GIVEN "KELLBY" alone under the headline and "landed at Kellby\'s main airport" in the text THEN Kellby is the dateline, not the publisher', () => {
    const a = parse(SWAP);
    expect(a.publisher).toBeUndefined();
    expect(a.dateline).toBe('Kellby');
    expect(a.text.startsWith('Ostrana and Varnia exchanged')).toBe(true);
  });

  it('GIVEN an outlet\'s name in capitals under the headline that the text never writes as a place THEN it is still the publisher', () => {
    const a = parse(SWAP.replace('KELLBY\n', 'HARBOUR POST\n'));
    expect(a.publisher).toBe('HARBOUR POST');
  });

  it('GIVEN the swap report WHEN asked how many prisoners were exchanged THEN no answer credits the city', async () => {
    const index = await archiveOfTexts({ 'swap.txt': SWAP });
    const { answer } = ask(index, 'How many prisoners did Ostrana and Varnia exchange?');
    expect(answer.answered).toBe(true);
    expect(answer.text).toMatch(/four/i);
    expect(answer.text).not.toMatch(/according to KELLBY|KELLBY/);
  });
});
