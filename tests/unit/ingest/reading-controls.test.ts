import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../../src/ingest/index.ts';
import type { Article } from '../../../src/domain/types.ts';

function parseText(name: string, text: string): Article {
  const r = parseArticleFile({ name, bytes: new TextEncoder().encode(text) });
  if (!r.ok) throw new Error(`test: ${name} skipped: ${r.reason}`);
  return r.article;
}

// A page scraped with its reading controls above the report: "Text size", the text size buttons "A- A A+", "Listen to
// this article" and a switch to reading mode. They are no headline and no publisher.
const PAGE = `Text size
A- A A+
Listen to this article
Enable Reading Mode
Lowland News/ The toll among villagers on the Kessian coast has risen to 210, said Omar Haddad, director of the Kessian Rights Watch, on Sunday.
Haddad said the violence goes on in the coastal villages.
`;

describe("a page's reading controls", () => {
  const a = parseText('reading-controls.txt', PAGE);

  it('GIVEN "Enable Reading Mode" and "A- A A+" above the report THEN neither is the title or the publisher', () => {
    expect(a.title).not.toMatch(/Reading Mode|A- A/);
    expect(a.publisher ?? '').not.toMatch(/A- A|A\+/);
  });

  it('GIVEN the same page THEN the controls are not part of the text', () => {
    for (const control of ['Text size', 'A- A A+', 'Listen to this article', 'Reading Mode']) expect(a.text).not.toContain(control);
    expect(a.text).toMatch(/^Lowland News\/ The toll among villagers/);
  });
});
