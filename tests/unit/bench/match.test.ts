import { describe, expect, it } from 'vitest';
import type { ArchiveData, Provenance } from '../../../src/domain/types.ts';
import { generateArchive } from '../../../bench/generate.ts';
import { foldName, scoreAnswer, scoreExtraction, wordOverlap } from '../../../bench/match.ts';
import type { GroundTruth } from '../../../bench/truth.ts';

const fuzzy = (iso: string) => ({ iso, precision: 'day' as const, yearStated: !iso.startsWith('--'), source: 'text' as const, text: iso });

/** What a perfect extractor would put in the index for this ground truth. */
function oracle(truth: GroundTruth): ArchiveData {
  const idOf = (stem: string): string => `a-${stem}`;
  const src = (stem: string): Provenance => ({ articleId: idOf(stem), sentence: 0, start: 0, end: 1 });
  const originals = truth.articles.filter((a) => !a.duplicateOf);
  const speakerId = (name: string): string => foldName(name).replace(/ /g, '-');
  const speakers = new Map<string, ArchiveData['speakers'][number]>();
  for (const s of truth.speakers) {
    const sp = speakers.get(s.name) ?? { id: speakerId(s.name), name: s.name, aliases: [], roles: [], affiliations: [], events: [], mentions: [] };
    sp.mentions.push(src(s.article));
    for (const r of s.roles) sp.roles.push({ text: r, source: src(s.article) });
    speakers.set(s.name, sp);
  }
  return {
    articles: originals.map((a) => ({ id: idOf(a.stem), files: [a.file], title: a.title, date: fuzzy(a.date.iso), text: '', paragraphs: [] })),
    sentences: {},
    events: truth.events.map((e, i) => ({
      id: `e${i}`, kind: e.kind, label: '', organisers: e.organisers, speakers: [], sources: [src(e.article)],
      ...(e.date ? { date: fuzzy(e.date.iso) } : {}), ...(e.city ? { city: e.city } : {}), ...(e.venue ? { venue: e.venue } : {}),
    })),
    speakers: [...speakers.values()],
    quotes: truth.quotes.map((q, i) => ({ id: `q${i}`, text: q.text, kind: q.kind, source: src(q.article), ...(q.speaker ? { speakerId: speakerId(q.speaker) } : {}) })),
    figures: truth.figures.map((f, i) => ({
      id: `f${i}`, text: f.text, qualifier: f.qualifier, measure: f.measure, counted: '', source: src(f.article),
      ...(f.value !== undefined ? { value: f.value } : {}), ...(f.lower !== undefined ? { lower: f.lower } : {}), ...(f.upper !== undefined ? { upper: f.upper } : {}),
    })),
    conflicts: [],
    skipped: [],
  };
}

describe('bench matching rules', () => {
  const { truth } = generateArchive({ n: 40, seed: 21 });

  it('GIVEN an index holding exactly the ground truth THEN every item type scores F1 1', () => {
    const s = scoreExtraction(truth, oracle(truth));
    for (const k of ['events', 'speakers', 'quotes', 'figures'] as const) expect(s[k].f1, k).toBe(1);
    expect(s.details.speakerRoles).toBe(1);
    expect(s.details.figureQualifiers).toBe(1);
  });

  it('GIVEN quotes attributed to nobody and figures with wrong numbers THEN recall and precision drop', () => {
    const data = oracle(truth);
    data.quotes = data.quotes.map(({ speakerId: _drop, ...q }) => q);
    data.figures = data.figures.map((f) => ({ ...f, value: (f.value ?? 0) + 1, lower: -1, upper: -1 }));
    const s = scoreExtraction(truth, data);
    expect(s.quotes.recall).toBeLessThan(0.5);
    expect(s.figures.precision).toBeLessThan(0.5);
    expect(s.speakers.f1).toBe(1);
  });

  it('GIVEN a quote with one word changed out of twelve THEN it still overlaps by more than 0.8', () => {
    const a = 'Every political prisoner must be released without conditions, she said today loudly';
    expect(wordOverlap(a, a.replace('today', 'yesterday'))).toBeGreaterThan(0.8);
    expect(wordOverlap(a, 'The time for silence is over')).toBeLessThan(0.2);
  });

  it('GIVEN an answer with the keys only in the excerpt THEN strict scoring counts it wrong', () => {
    const q = { id: 'x', question: 'How many?', kind: 'howmany' as const, article: '00001_ab', must: ['12,000|12000'] };
    const cite = { file: '00001_ab.txt', articleId: 'a', title: 't', excerpt: 'more than 12,000 were arrested', sentence: 0, start: 0, end: 1 };
    expect(scoreAnswer(q, { answered: true, text: 'Many were arrested.', citations: [cite] })).toMatchObject({ ok: false, wrong: true });
    expect(scoreAnswer(q, { answered: true, text: 'More than 12000 were arrested.', citations: [cite] })).toMatchObject({ ok: true, wrong: false });
    expect(scoreAnswer(q, { answered: true, text: 'More than 12000 were arrested.', citations: [{ ...cite, file: 'other.txt' }] }).ok).toBe(false);
    expect(scoreAnswer({ ...q, kind: 'unanswerable', must: [] }, { answered: false, text: 'Not in the archive.', citations: [] }).ok).toBe(true);
  });
});
