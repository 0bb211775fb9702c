import { describe, expect, it } from 'vitest';
import { ask } from '../../../src/engine.ts';
import { ArchiveIndex, buildIndex } from '../../../src/index/archive-index.ts';
import { createPassageSearch } from '../../../src/index/search.ts';
import { lexiconOf } from '../../../src/understand/lexicon.ts';
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

describe('snapshot: a figure as of its report\'s own date', () => {
  const dated = brusselsArchive();
  const dateOfA = dated.articles.find((a) => a.id === 'art-a')?.date;
  const figA = dated.extractions.find((x) => x.articleId === 'art-a')?.figures[0];
  const figB = dated.extractions.find((x) => x.articleId === 'art-b')?.figures[0];
  if (!dateOfA || !figA || !figB) throw new Error('fixture changed');
  figA.asOf = { ...dateOfA };
  figB.asOf = { year: 2021, month: 3, precision: 'month', yearStated: true, iso: '2021-03', source: 'text', text: 'March 2021' };
  const withDates = buildIndex(dated.articles, dated.extractions);

  it('GIVEN a figure as of its report\'s date THEN the snapshot stores the shorthand, and loads back the same date; another date is stored whole', () => {
    const snap = JSON.parse(JSON.stringify(toSnapshot(withDates)));
    expect(snap.schema).toBe(4);
    expect(snap.data.figures.find((f: { id: string }) => f.id === figA.id).asOf).toBe(0);
    expect(snap.data.figures.find((f: { id: string }) => f.id === figB.id).asOf).toMatchObject({ text: 'March 2021' });
    const loaded = fromSnapshot(snap);
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(JSON.stringify(loaded.index.data)).toBe(JSON.stringify(withDates.data));
    expect(loaded.index.figure(figA.id)?.asOf).toEqual(dateOfA);
  });

  it('GIVEN a schema 3 snapshot (every date written whole, as the previous version stored it) THEN it still loads', () => {
    const snap = JSON.parse(JSON.stringify(toSnapshot(withDates)));
    snap.schema = 3;
    for (const f of snap.data.figures) if (f.asOf === 0) f.asOf = { ...dateOfA };
    const loaded = fromSnapshot(snap);
    expect(loaded.ok && JSON.stringify(loaded.index.data)).toBe(JSON.stringify(withDates.data));
  });

  it('GIVEN the shorthand on a figure whose report is missing THEN the snapshot is refused with a reason', () => {
    const snap = JSON.parse(JSON.stringify(toSnapshot(withDates)));
    const f = snap.data.figures.find((x: { id: string }) => x.id === figA.id);
    f.source.articleId = 'no-such-report';
    expect(fromSnapshot(snap)).toEqual({ ok: false, reason: expect.stringContaining("is as of its report's date, and its report has none") });
  });
});

describe('snapshot: sentences stored as offsets into their article', () => {
  it('GIVEN a snapshot THEN no sentence text is stored twice, and the loaded index answers a question as the built one does', () => {
    const snap = toSnapshot(index);
    const json = JSON.stringify(snap);
    expect(json).not.toContain('"text":"Helene Dufresne Marchand, the mayor, urged the EU to recall its ambassadors."');
    expect(snap.sentenceTexts).toBeUndefined();
    const loaded = fromSnapshot(JSON.parse(json));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.index.sentencesOf('art-b')).toEqual(index.sentencesOf('art-b'));
    const question = 'Who urged the EU to recall its ambassadors?';
    expect(ask(loaded.index, question).answer).toEqual(ask(index, question).answer);
  });

  it('GIVEN a sentence whose text is not its article text between its offsets THEN the snapshot keeps that text', () => {
    const data = structuredClone(index.data);
    const odd = data.sentences['art-b']![1]!;
    odd.text = `${odd.text} (as reported)`;
    const oddIndex = new ArchiveIndex(data, createPassageSearch(data), index.builtAt);
    const loaded = fromSnapshot(JSON.parse(JSON.stringify(toSnapshot(oddIndex))));
    expect(loaded.ok).toBe(true);
    if (!loaded.ok) return;
    expect(loaded.index.sentencesOf('art-b')[1]?.text).toBe(odd.text);
    expect(loaded.index.data).toEqual(data);
  });

  it('GIVEN malformed sentence offsets THEN the snapshot is refused with a reason, never a throw', () => {
    const good = JSON.parse(JSON.stringify(toSnapshot(index)));
    const withSentences = (id: string, v: unknown) => ({ ...good, data: { ...good.data, sentences: { ...good.data.sentences, [id]: v } } });
    expect(fromSnapshot(withSentences('art-b', [0, 1, 2]))).toMatchObject({ ok: false, reason: expect.stringContaining('quadruples') });
    expect(fromSnapshot(withSentences('art-b', 'text'))).toMatchObject({ ok: false, reason: expect.stringContaining('quadruples') });
    expect(fromSnapshot(withSentences('art-b', [0, 0, 999999, 0]))).toMatchObject({ ok: false, reason: expect.stringContaining('outside') });
    expect(fromSnapshot(withSentences('art-b', [0, 'a', 3, 0]))).toMatchObject({ ok: false, reason: expect.stringContaining('whole numbers') });
    expect(fromSnapshot({ ...good, sentenceTexts: 'x' })).toMatchObject({ ok: false, reason: expect.stringContaining('sentenceTexts') });
    // One sentence fewer than the passage index was built over: the index does not fit the archive.
    expect(fromSnapshot(withSentences('art-b', good.data.sentences['art-b'].slice(4)))).toMatchObject({ ok: false, reason: expect.stringContaining('sentences') });
  });
});

describe('snapshot: the stored lexicon', () => {
  it('GIVEN a snapshot THEN the lexicon it carries is the one the loaded archive would derive itself', () => {
    const snap = JSON.parse(JSON.stringify(toSnapshot(index)));
    expect(snap.lexicon.vocab.length).toBeGreaterThan(20);
    const adopted = fromSnapshot(snap);
    const derived = fromSnapshot({ ...snap, lexicon: undefined });
    expect(adopted.ok && derived.ok).toBe(true);
    if (!adopted.ok || !derived.ok) return;
    const a = lexiconOf(adopted.index);
    const d = lexiconOf(derived.index);
    expect(a).toEqual(d);
    expect([...a.vocab]).toEqual([...d.vocab]);
    expect([...a.places]).toEqual([...d.places]);
  });

  it('GIVEN a malformed stored lexicon THEN the snapshot is refused with a reason', () => {
    const good = JSON.parse(JSON.stringify(toSnapshot(index)));
    expect(fromSnapshot({ ...good, lexicon: 'x' })).toMatchObject({ ok: false, reason: expect.stringContaining('lexicon') });
    expect(fromSnapshot({ ...good, lexicon: { ...good.lexicon, vocab: [1] } })).toMatchObject({ ok: false, reason: expect.stringContaining('lexicon.vocab') });
    expect(fromSnapshot({ ...good, lexicon: { ...good.lexicon, places: [['a']] } })).toMatchObject({ ok: false, reason: expect.stringContaining('lexicon.places') });
    expect(fromSnapshot({ ...good, lexicon: { ...good.lexicon, names: [['a', 'b']] } })).toMatchObject({ ok: false, reason: expect.stringContaining('lexicon.names') });
  });
});

describe('ArchiveIndex.searchPassages on short words', () => {
  it('GIVEN a three-letter query word THEN it does not fuzzily match a different short word', () => {
    expect(index.searchPassages('sad')).toEqual([]);
    expect(index.searchPassages('sent').map((h) => h.text)).toEqual(['Anna Kovacs, a human rights lawyer, said the files would be sent to the UN.']);
  });
});
