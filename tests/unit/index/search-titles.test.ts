import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/archive-index.ts';
import { fromSnapshot, toSnapshot } from '../../../src/index/snapshot.ts';
import { emptyExtraction, makeArticle } from '../../fixtures/index/build-fixture.ts';

// Two vigils reported in the same words: only the titles say which city each was in.
const ghent = makeArticle('art-ghent', { title: 'Candlelight Vigil in Ghent for Political Prisoners' }, [
  ['Hundreds marched through the old town on Saturday evening.', 'Organisers read out the names of prisoners.'],
]);
const leuven = makeArticle('art-leuven', { title: 'Candlelight Vigil in Leuven for Political Prisoners' }, [
  ['Hundreds marched through the old town on Saturday evening.', 'Students lit candles outside the library.'],
]);
const index = buildIndex(
  [leuven.article, ghent.article],
  [emptyExtraction('art-leuven', leuven.sentences), emptyExtraction('art-ghent', ghent.sentences)],
);

describe('passage search and article titles', () => {
  it('GIVEN two reports with the same sentence and different titles THEN the one whose title names the city ranks first', () => {
    const hits = index.searchPassages('who marched in Ghent');
    expect(hits[0]?.articleId).toBe('art-ghent');
    expect(hits[0]?.text).toBe('Hundreds marched through the old town on Saturday evening.');
  });

  it('GIVEN a query word found only in a title THEN no sentence is returned for it alone', () => {
    expect(index.searchPassages('Ghent')).toEqual([]);
  });

  it('GIVEN the index saved to a snapshot and loaded back THEN titles still rank the same way', () => {
    const loaded = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(index))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.index.searchPassages('who marched in Leuven')[0]?.articleId).toBe('art-leuven');
    expect(loaded.index.searchPassages('who marched in Ghent')).toEqual(index.searchPassages('who marched in Ghent'));
  });

  it('GIVEN more matching sentences than the limit THEN exactly the limit comes back, best first', () => {
    const hits = index.searchPassages('hundreds marched prisoners candles', { limit: 3 });
    expect(hits).toHaveLength(3);
    for (let i = 1; i < hits.length; i++) expect((hits[i - 1]?.score ?? 0) >= (hits[i]?.score ?? 0)).toBe(true);
  });
});
