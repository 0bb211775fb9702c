/**
 * Matching rules of the benchmark: what counts as a correctly extracted item, and when an answer is right.
 *
 * - speaker: same article, and the folded name (lower case, no accents, no Mr/Ms/Dr) equals the extracted
 *   speaker's folded name or one of its aliases; byline authors are neither right nor wrong.
 * - quote: same article, word overlap ≥ 0.8 (shared words / words of the longer text), and the same speaker
 *   (crowd words — slogans, unsigned banners — must stay unattributed).
 * - figure: same article, same measure, and the same stated number (value, lower or upper bound);
 *   a vague amount ("hundreds") matches a vague figure of the same measure without a value.
 * - event: same article, same kind family (rally/demonstration/protest/gathering/uprising/commemoration;
 *   attack/bombardment; conference/meeting), the same ISO date, and the same city when the truth has one.
 * - question: the strict scoring of /work/shared/eval/score.mjs — answered, every `must` key in the answer text,
 *   a citation from the expected file (or one of `articles`); unanswerable ones are right only when not answered.
 */
import type { Answer, ArchiveData, EventKind, Quote, Speaker } from '../src/domain/types.ts';
import type { GroundTruth, TruthQuestion } from './truth.ts';

export interface Prf {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface ExtractionScore {
  events: Prf;
  speakers: Prf;
  quotes: Prf;
  figures: Prf;
  /** Share of matched items whose secondary facts are right too. */
  details: {
    speakerRoles: number;
    figureQualifiers: number;
    eventVenues: number;
    eventOrganisers: number;
  };
  /** Recall per truth kind: events by kind, quotes by kind, figures by measure ("quotes.tweet": "12/14"). */
  recallByKind: Record<string, string>;
}

/** Lower case, accents and honorifics off, curly quotes straight, spaces collapsed. */
export function foldName(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’‘]/g, "'")
    .toLowerCase()
    .replace(/\b(mr|mrs|ms|dr|prof)\.?\s+/g, '')
    .replace(/[^a-z0-9' -]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function words(s: string): string[] {
  return foldName(s).split(/[\s-]+/).filter(Boolean);
}

/** Shared words divided by the word count of the longer text (multiset). */
export function wordOverlap(a: string, b: string): number {
  const wa = words(a);
  const wb = words(b);
  if (!wa.length || !wb.length) return 0;
  const counts = new Map<string, number>();
  for (const w of wa) counts.set(w, (counts.get(w) ?? 0) + 1);
  let shared = 0;
  for (const w of wb) {
    const c = counts.get(w) ?? 0;
    if (c > 0) {
      shared++;
      counts.set(w, c - 1);
    }
  }
  return shared / Math.max(wa.length, wb.length);
}

const FAMILY: Record<EventKind, string> = {
  rally: 'assembly',
  demonstration: 'assembly',
  protest: 'assembly',
  gathering: 'assembly',
  uprising: 'assembly',
  commemoration: 'assembly',
  attack: 'violence',
  bombardment: 'violence',
  conference: 'talk',
  meeting: 'talk',
  other: 'other',
};

function prf(tp: number, fp: number, fn: number): Prf {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Greedy one-to-one matching inside one article; returns the matched pairs' indices. */
function greedy<T, E>(truth: T[], found: E[], matches: (t: T, e: E) => number): Array<[number, number]> {
  const used = new Set<number>();
  const pairs: Array<[number, number]> = [];
  truth.forEach((t, ti) => {
    let best = -1;
    let bestScore = 0;
    found.forEach((e, ei) => {
      if (used.has(ei)) return;
      const s = matches(t, e);
      if (s > bestScore) {
        best = ei;
        bestScore = s;
      }
    });
    if (best >= 0) {
      used.add(best);
      pairs.push([ti, best]);
    }
  });
  return pairs;
}

function groupBy<T>(items: T[], key: (t: T) => string | undefined): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const it of items) {
    const k = key(it);
    if (k === undefined) continue;
    const list = m.get(k) ?? [];
    list.push(it);
    m.set(k, list);
  }
  return m;
}

/** Scores the index's extracted items against the ground truth, article by article. */
export function scoreExtraction(truth: GroundTruth, data: ArchiveData): ExtractionScore {
  // An article id → the stem of the file that holds it (the original, when ingest merged duplicates).
  const original = new Map(truth.articles.filter((a) => !a.duplicateOf).map((a) => [a.file, a.stem]));
  const stemOf = new Map<string, string>();
  for (const a of data.articles) {
    const stem = a.files.map((f) => original.get(f.replace(/^.*\//, ''))).find((s) => s !== undefined);
    if (stem) stemOf.set(a.id, stem);
  }
  const stems = [...new Set(truth.articles.filter((a) => !a.duplicateOf).map((a) => a.stem))];
  const authors = new Map(truth.articles.map((a) => [a.stem, a.author ? foldName(a.author) : undefined]));

  const speakerById = new Map(data.speakers.map((s) => [s.id, s]));
  const namesOf = (s: Speaker): Set<string> => new Set([s.name, ...s.aliases].map(foldName));
  const speakersByArticle = new Map<string, Speaker[]>();
  for (const s of data.speakers) {
    const arts = new Set(s.mentions.map((m) => stemOf.get(m.articleId)).filter((x): x is string => !!x));
    for (const q of data.quotes) if (q.speakerId === s.id && stemOf.get(q.source.articleId)) arts.add(stemOf.get(q.source.articleId) as string);
    for (const a of arts) speakersByArticle.set(a, [...(speakersByArticle.get(a) ?? []), s]);
  }
  const quotesByArticle = groupBy(data.quotes, (q) => stemOf.get(q.source.articleId));
  const figuresByArticle = groupBy(data.figures, (f) => stemOf.get(f.source.articleId));
  const eventsByArticle = new Map<string, ArchiveData['events']>();
  for (const e of data.events) {
    for (const a of new Set(e.sources.map((s) => stemOf.get(s.articleId)).filter((x): x is string => !!x))) {
      eventsByArticle.set(a, [...(eventsByArticle.get(a) ?? []), e]);
    }
  }
  const tSpeakers = groupBy(truth.speakers, (s) => s.article);
  const tQuotes = groupBy(truth.quotes, (q) => q.article);
  const tFigures = groupBy(truth.figures, (f) => f.article);
  const tEvents = groupBy(truth.events, (e) => e.article);

  const count = { events: [0, 0, 0], speakers: [0, 0, 0], quotes: [0, 0, 0], figures: [0, 0, 0] };
  const details = { roles: { ok: 0, n: 0 }, qualifiers: { ok: 0, n: 0 }, venues: { ok: 0, n: 0 }, organisers: { ok: 0, n: 0 } };
  const byKind = new Map<string, { ok: number; n: number }>();
  const tally = (key: string, matched: number[]): void => {
    const k = byKind.get(key) ?? { ok: 0, n: 0 };
    k.n++;
    if (matched.length) k.ok++;
    byKind.set(key, k);
  };
  const add = (k: keyof typeof count, tp: number, fp: number, fn: number): void => {
    count[k][0] = (count[k][0] ?? 0) + tp;
    count[k][1] = (count[k][1] ?? 0) + fp;
    count[k][2] = (count[k][2] ?? 0) + fn;
  };

  for (const stem of stems) {
    const author = authors.get(stem);
    // speakers
    const ts = tSpeakers.get(stem) ?? [];
    const es = (speakersByArticle.get(stem) ?? []).filter((s) => !author || !namesOf(s).has(author));
    const sp = greedy(ts, es, (t, e) => (namesOf(e).has(foldName(t.name)) ? 1 : 0));
    add('speakers', sp.length, es.length - sp.length, ts.length - sp.length);
    for (const [ti, ei] of sp) {
      const t = ts[ti];
      const e = es[ei];
      if (!t || !e) continue;
      // Merged speakers keep one provenance per distinct role, often from another article: any stated role counts.
      const roles = e.roles.map((r) => foldName(r.text));
      for (const r of t.roles) {
        details.roles.n++;
        const fr = foldName(r);
        if (roles.some((x) => x.includes(fr) || (x.length > 3 && fr.includes(x)))) details.roles.ok++;
      }
    }
    // quotes
    const tq = tQuotes.get(stem) ?? [];
    const eq = quotesByArticle.get(stem) ?? [];
    const sameSpeaker = (t: string | null, e: Quote): boolean => {
      if (t === null) return !e.speakerId;
      const s = e.speakerId ? speakerById.get(e.speakerId) : undefined;
      if (s) return namesOf(s).has(foldName(t));
      return !!e.speakerName && foldName(e.speakerName) === foldName(t);
    };
    const qp = greedy(tq, eq, (t, e) => {
      const o = wordOverlap(t.text, e.text);
      return o >= 0.8 && sameSpeaker(t.speaker, e) ? o : 0;
    });
    add('quotes', qp.length, eq.length - qp.length, tq.length - qp.length);
    tq.forEach((t, i) => tally(`quotes.${t.kind}`, qp.filter(([ti]) => ti === i).map(([, ei]) => ei)));
    // figures
    const tf = tFigures.get(stem) ?? [];
    const ef = figuresByArticle.get(stem) ?? [];
    const fp = greedy(tf, ef, (t, e) => {
      if (t.measure !== e.measure) return 0;
      if (t.value === undefined) return e.value === undefined && e.qualifier === 'vague' ? 1 : 0;
      return e.value === t.value || (e.lower !== undefined && e.lower === t.lower) || (e.upper !== undefined && e.upper === t.upper) ? 1 : 0;
    });
    add('figures', fp.length, ef.length - fp.length, tf.length - fp.length);
    tf.forEach((t, i) => tally(`figures.${t.measure}${t.qualifier === 'vague' ? '(vague)' : ''}`, fp.filter(([ti]) => ti === i).map(([, ei]) => ei)));
    for (const [ti, ei] of fp) {
      details.qualifiers.n++;
      if (tf[ti]?.qualifier === ef[ei]?.qualifier) details.qualifiers.ok++;
    }
    // events
    const te = tEvents.get(stem) ?? [];
    const ee = eventsByArticle.get(stem) ?? [];
    const ep = greedy(te, ee, (t, e) => {
      if (FAMILY[t.kind] !== FAMILY[e.kind]) return 0;
      if (t.date && e.date?.iso !== t.date.iso) return 0;
      if (t.city && foldName(e.city ?? '') !== foldName(t.city)) return 0;
      return 1;
    });
    add('events', ep.length, ee.length - ep.length, te.length - ep.length);
    te.forEach((t, i) => tally(`events.${t.kind}${t.date?.iso.startsWith('--') ? '(no year)' : ''}`, ep.filter(([ti]) => ti === i).map(([, ei]) => ei)));
    for (const [ti, ei] of ep) {
      const t = te[ti];
      const e = ee[ei];
      if (!t || !e) continue;
      if (t.venue) {
        details.venues.n++;
        const v = foldName(e.venue ?? '');
        if (v && (v.includes(foldName(t.venue)) || foldName(t.venue).includes(v))) details.venues.ok++;
      }
      for (const o of t.organisers) {
        details.organisers.n++;
        if (e.organisers.some((x) => foldName(x).includes(foldName(o)) || foldName(o).includes(foldName(x)))) details.organisers.ok++;
      }
    }
  }
  const share = ({ ok, n }: { ok: number; n: number }): number => (n ? ok / n : 1);
  const toPrf = (c: number[]): Prf => prf(c[0] ?? 0, c[1] ?? 0, c[2] ?? 0);
  return {
    events: toPrf(count.events),
    speakers: toPrf(count.speakers),
    quotes: toPrf(count.quotes),
    figures: toPrf(count.figures),
    details: {
      speakerRoles: share(details.roles),
      figureQualifiers: share(details.qualifiers),
      eventVenues: share(details.venues),
      eventOrganisers: share(details.organisers),
    },
    recallByKind: Object.fromEntries([...byKind.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, `${v.ok}/${v.n}`])),
  };
}

const norm = (s: unknown): string => String(s ?? '').toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');
const has = (hay: string, key: string): boolean => key.split('|').some((alt) => hay.includes(norm(alt)));
const stemOfFile = (f: string): string => f.replace(/^.*\//, '').replace(/\.[^.]*$/, '');

export interface QuestionOutcome {
  ok: boolean;
  /** Answered but not correct: the worst outcome. */
  wrong: boolean;
  why: string;
}

/** Scores one answer like score.mjs --strict (keys in the answer text itself), accepting any file in `articles` too. */
export function scoreAnswer(q: TruthQuestion, a: Pick<Answer, 'answered' | 'text' | 'citations'>): QuestionOutcome {
  if (q.kind === 'unanswerable') {
    const ok = a.answered === false;
    return { ok, wrong: !ok, why: ok ? '' : 'answered an unanswerable question' };
  }
  const hay = norm(a.text);
  const missing = q.must.filter((k) => !has(hay, k));
  const forbidden = (q.must_not ?? []).filter((k) => has(hay, k));
  const allowed = new Set([q.article, ...(q.articles ?? [])].filter(Boolean));
  const cited = allowed.size === 0 || a.citations.some((c) => allowed.has(stemOfFile(c.file)));
  const ok = a.answered === true && missing.length === 0 && forbidden.length === 0 && cited;
  const why = ok
    ? ''
    : a.answered !== true
      ? 'did not answer'
      : [missing.length ? `missing ${missing.join(', ')}` : '', forbidden.length ? `contains ${forbidden.join(', ')}` : '', cited ? '' : `no citation of ${q.article}`]
          .filter(Boolean)
          .join('; ');
  return { ok, wrong: !ok && a.answered === true, why };
}
