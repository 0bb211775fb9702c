import { describe, expect, it } from 'vitest';
import { buildIndex } from '../../../src/index/archive-index.ts';
import { fromSnapshot, toSnapshot } from '../../../src/index/snapshot.ts';
import { brusselsArchive } from '../../fixtures/index/brussels-archive.ts';

const { articles, extractions } = brusselsArchive();
const index = buildIndex(articles, extractions);

describe('ArchiveIndex.searchPassages', () => {
  it('GIVEN a question about ambassadors THEN the best passage is the sentence that mentions them', () => {
    const hits = index.searchPassages('who wanted the ambassadors recalled');
    expect(hits[0]?.text).toBe('Helene Dufresne Marchand, the mayor, urged the EU to recall its ambassadors.');
    expect(hits[0]).toMatchObject({ articleId: 'art-b', sentence: 1 });
  });

  it('GIVEN a name typed without accents THEN the accented sentence is found', () => {
    const hits = index.searchPassages('Helene Dufresne Mayor of Ixelles');
    expect(hits[0]?.text).toContain('Hélène Dufresne-Marchand, Mayor of Ixelles');
  });

  it('GIVEN a misspelt word THEN fuzzy matching still finds it', () => {
    expect(index.searchPassages('Schumann').some((h) => h.text.includes('Place Schuman'))).toBe(true);
  });

  it('GIVEN a restriction to one article THEN only its sentences come back, within the limit', () => {
    const hits = index.searchPassages('crackdown Tabriz arrested', { articleIds: ['art-c'], limit: 1 });
    expect(hits).toHaveLength(1);
    expect(hits[0]?.articleId).toBe('art-c');
  });

  it('GIVEN an empty or stop-word-only query THEN nothing is returned', () => {
    expect(index.searchPassages('   ')).toEqual([]);
    expect(index.searchPassages('the of and')).toEqual([]);
  });

  it('GIVEN a hit THEN its offsets point at the sentence in the article text', () => {
    const hit = index.searchPassages('detainees families')[0];
    expect(hit).toBeDefined();
    expect(index.article(hit!.articleId)?.text.slice(hit!.start, hit!.end)).toBe(hit!.text);
  });
});

describe('snapshot', () => {
  it('GIVEN an index saved as JSON and loaded back THEN it holds the same data and searches the same', () => {
    const json = JSON.stringify(toSnapshot(index));
    const loaded = fromSnapshot(JSON.parse(json));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.index.data).toEqual(index.data);
    expect(loaded.index.builtAt).toBe(index.builtAt);
    expect(loaded.index.searchPassages('Schumann rally')).toEqual(index.searchPassages('Schumann rally'));
    expect(loaded.index.speaker('helene-dufresne-marchand')?.name).toBe('Hélène Dufresne-Marchand');
  });

  it('GIVEN a snapshot of another schema version THEN it is refused with a reason naming the schema', () => {
    const s = { ...toSnapshot(index), schema: 99 };
    expect(fromSnapshot(s)).toEqual({ ok: false, reason: expect.stringContaining('schema 99') });
  });

  it('GIVEN malformed snapshots THEN each is refused with a clear reason, never a throw', () => {
    const good = JSON.parse(JSON.stringify(toSnapshot(index)));
    expect(fromSnapshot(null)).toMatchObject({ ok: false, reason: expect.stringContaining('not an object') });
    expect(fromSnapshot({ ...good, data: { ...good.data, events: 'x' } })).toMatchObject({ ok: false, reason: expect.stringContaining('data.events') });
    expect(fromSnapshot({ ...good, search: undefined })).toMatchObject({ ok: false, reason: expect.stringContaining('passage search') });
    expect(fromSnapshot({ ...good, search: { nonsense: true } })).toMatchObject({ ok: false, reason: expect.stringContaining('does not load') });
  });
});

describe('ArchiveIndex.searchPassages on short words', () => {
  it('GIVEN a three-letter query word THEN it does not fuzzily match a different short word', () => {
    expect(index.searchPassages('sad')).toEqual([]);
    expect(index.searchPassages('sent').map((h) => h.text)).toEqual(['Anna Kovacs, a human rights lawyer, said the files would be sent to the UN.']);
  });
});
