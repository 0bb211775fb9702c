import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Article, Sentence } from '../../../src/domain/types.ts';
import { createPassageSearch, createPassageSearchWithMiniSearch } from '../../../src/index/search.ts';
import { makeArticle } from '../../fixtures/index/build-fixture.ts';

/*
 * The passage postings are built straight from the sentences, without a MiniSearch index in between. What a snapshot
 * stores must stay exactly what MiniSearch's index gave: the same terms in the same (radix-tree) order, the same
 * postings, frequencies and lengths, and the same average length to the last bit.
 */

function archiveOf(files: Array<{ name: string; text: string }>): { articles: Article[]; sentences: Record<string, Sentence[]> } {
  const articles: Article[] = [];
  const sentences: Record<string, Sentence[]> = {};
  for (const { name, text } of files) {
    const paragraphs = text
      .split(/\n\s*\n/)
      .map((p) => p.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim())
      .filter((p) => p.length > 0)
      .map((p) => p.split(/(?<=[.!?])\s+(?=[A-Z“"])/));
    const [title, ...body] = paragraphs;
    const made = makeArticle(name, { title: (title ?? []).join(' ') }, body);
    articles.push(made.article);
    sentences[made.article.id] = made.sentences;
  }
  return { articles, sentences };
}

const projectFiles = () =>
  ['data/articles', 'tests/fixtures/genre'].flatMap((dir) =>
    readdirSync(dir)
      .sort()
      .map((file) => ({ name: `${dir.split('/').pop()}-${file}`, text: readFileSync(join(dir, file), 'utf8') })),
  );

describe('passage postings built without MiniSearch', () => {
  it("GIVEN the project's article files THEN the stored search index is byte for byte the one built through MiniSearch", () => {
    const data = archiveOf(projectFiles());
    expect(data.articles.length).toBeGreaterThan(5);
    expect(JSON.stringify(createPassageSearch(data).toJSON())).toBe(JSON.stringify(createPassageSearchWithMiniSearch(data).toJSON()));
  });

  it('GIVEN awkward text (accents, hyphens, apostrophes, stop words only, punctuation first, repeated words, empty titles) THEN still identical', () => {
    const data = archiveOf([
      { name: 'a', text: '«Jean-Pierre» Béranger’s rally\n\n"Jean-Pierre Béranger spoke." Béranger, béranger and BERANGER! l’Iran, d’Alep.\n\n... — of the and a.' },
      { name: 'b', text: 'x\n\nRally rally rally. 1,500 protesters; 1.500 protesters? 2019-11-16: Tehran–Isfahan.\n\nŞanlıurfa İstanbul straße STRASSE.' },
      { name: 'c', text: '\n\nThe the the. A.' },
    ]);
    expect(JSON.stringify(createPassageSearch(data).toJSON())).toBe(JSON.stringify(createPassageSearchWithMiniSearch(data).toJSON()));
  });

  it('GIVEN no articles THEN an empty index, as before', () => {
    const data = { articles: [], sentences: {} };
    expect(JSON.stringify(createPassageSearch(data).toJSON())).toBe(JSON.stringify(createPassageSearchWithMiniSearch(data).toJSON()));
  });
});
