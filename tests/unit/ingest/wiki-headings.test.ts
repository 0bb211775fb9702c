import { describe, expect, it } from 'vitest';
import type { Article } from '../../../src/domain/types.ts';
import { parseArticleFile } from '../../../src/ingest/index.ts';

/* A text dump of a wiki page keeps the heading marks around its title and section names. */
function parseText(text: string): Article {
  const r = parseArticleFile({ name: 'wiki.txt', bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(`test: skipped: ${r.reason}`);
  return r.article;
}

const PAGE = `= Orvel market shelling =

The Orvel market shelling killed at least 23 civilians in the town of Orvel on 4 May 2031, according to the Kastel Rights Watch.

==Background==

The town had been under siege since the winter, and its only bakery had closed in March.
`;

describe('a wiki page dumped as text', () => {
  it('GIVEN "= Title =" on the first line THEN the title is the words without the marks', () => {
    expect(parseText(PAGE).title).toBe('Orvel market shelling');
  });

  it('GIVEN a "==Section==" line THEN the text keeps the section name without the marks', () => {
    const a = parseText(PAGE);
    expect(a.text).toContain('Background');
    expect(a.text).not.toContain('==');
  });

  it('GIVEN an equals sign inside a line of prose THEN the line is left as it is', () => {
    const a = parseText(`Orvel siege\n\nThe council said 1 = 1 is no excuse for a siege that has lasted = five months =, and demanded the road be opened.\n`);
    expect(a.text).toContain('1 = 1');
  });
});
