import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/archive-index.ts';
import { fromSnapshot, toSnapshot } from '../../../src/index/snapshot.ts';
import { emptyExtraction, makeArticle } from '../../fixtures/index/build-fixture.ts';

// Which reports write a word, told from the passage index before any report is read (how a large archive chooses
// the reports to read first).
const vigil = makeArticle('art-vigil', { title: 'Candlelight vigil in Ghent' }, [['Students lit candles outside the library.', 'Organisers read out the names of prisoners.']]);
const march = makeArticle('art-march', { title: 'March through Leuven' }, [['Hundreds marched through the old town.'], ['Police counted four hundred people.']]);
const strike = makeArticle('art-strike', { title: 'Dockers strike in Antwerp' }, [['The port stood still on Monday.']]);
// A report whose body kept no sentence (all clutter), between two others: it holds its title's words only.
const bare = makeArticle('art-bare', { title: 'Photos of the Ghent vigil' }, []);
const articles = [vigil, bare, march, strike];
const index = buildIndex(
  articles.map((a) => a.article),
  articles.map((a) => emptyExtraction(a.article.id, a.sentences)),
);
const ids = ['art-vigil', 'art-march', 'art-strike'];

describe('which reports hold a word', () => {
  it('GIVEN a word in one report\'s sentences THEN only that report holds it', () => {
    expect(index.articlesHolding('candles', ids)).toEqual([true, false, false]);
    // The last sentence of a report, and a report of one sentence.
    expect(index.articlesHolding('counted', ids)).toEqual([false, true, false]);
    expect(index.articlesHolding('port', ids)).toEqual([false, false, true]);
  });

  it('GIVEN a word only a title writes THEN its report holds it', () => {
    expect(index.articlesHolding('antwerp', ids)).toEqual([false, false, true]);
    expect(index.articlesHolding('ghent', ids)).toEqual([true, false, false]);
  });

  it('GIVEN a word no report writes, or an id the archive does not have THEN nothing holds it', () => {
    expect(index.articlesHolding('tehran', ids)).toEqual([false, false, false]);
    expect(index.articlesHolding('candles', ['art-gone', 'art-vigil'])).toEqual([false, true]);
  });

  it('GIVEN a report without sentences between two others THEN it holds its title\'s words and none of its neighbours\'', () => {
    expect(index.articlesHolding('photos', ['art-bare', ...ids])).toEqual([true, false, false, false]);
    expect(index.articlesHolding('library', ['art-bare', ...ids])).toEqual([false, true, false, false]);
    expect(index.articlesHolding('hundreds', ['art-bare', ...ids])).toEqual([false, false, true, false]);
  });

  it('GIVEN the ids in another order THEN the answers follow that order', () => {
    expect(index.articlesHolding('hundreds', ['art-strike', 'art-march'])).toEqual([false, true]);
  });

  it('GIVEN the index loaded from a snapshot THEN the same reports hold the same words', () => {
    const loaded = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(index))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    for (const w of ['candles', 'counted', 'antwerp', 'library', 'stood']) expect(loaded.index.articlesHolding(w, ids)).toEqual(index.articlesHolding(w, ids));
    expect(loaded.index.articlesHolding('library', ids)).toEqual([true, false, false]);
  });
});
