import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Article, EventRecord, Figure, FigureConflict, FuzzyDate, Measure, Quote, Sentence, Speaker } from '../domain/types.ts';
import { compareDates, datesTold, findDates, type FoundDate } from '../dates/index.ts';
import { lexiconOf } from '../understand/lexicon.ts';
import { matchPeople } from '../understand/people.ts';
import { dateMatchesRange, parseQuestionRange } from '../understand/question-dates.ts';
import { contentStems, fold, similarWord } from '../understand/text.ts';
import { eventText, headingsAbove, overlap, sentenceAt, StemSet } from './evidence.ts';
import { conflictsOfMeasure, memo, memoFor } from './memo.ts';

/** How well a folded query names a folded candidate: exact > prefix > contains > all words (typo-tolerant) > some words. */
function textScore(query: string, candidate: string): number {
  if (!query || !candidate) return 0;
  if (candidate === query) return 100;
  if (candidate.startsWith(query)) return 80;
  if (` ${candidate} `.includes(` ${query}`)) return 60;
  const qw = query.split(' ').filter((w) => w.length > 1);
  const cw = candidate.split(' ');
  if (qw.length === 0) return 0;
  const hits = qw.filter((w) => cw.some((c) => c === w || c.startsWith(w) || similarWord(w, c))).length;
  if (hits === qw.length) return 40;
  return (hits / qw.length) * 20;
}

/** Events matching a free-text query (label, venue, city, kind, date, organisers), best first. */
export function findEvents(index: ArchiveIndex, query: string, limit = 10): EventRecord[] {
  const q = fold(query);
  const range = parseQuestionRange(query);
  if (!q) return [];
  const scored: Array<[EventRecord, number]> = [];
  for (const e of index.data.events) {
    if (range && !dateMatchesRange(e.date, range)) continue;
    const label = fold(e.label);
    let s = Math.max(textScore(q, label), textScore(q, fold([e.venue, e.city].filter(Boolean).join(' '))));
    if (s < 40) {
      const stems = contentStems(query);
      const hit = overlap(stems, new StemSet(eventText(index, e)));
      s = Math.max(s, stems.length ? (hit / stems.length) * 35 : 0);
    }
    if (range) s += 20;
    if (s >= 15) scored.push([e, s]);
  }
  scored.sort((a, b) => b[1] - a[1] || (a[0].date && b[0].date ? compareDates(a[0].date, b[0].date) : 0));
  return scored.slice(0, limit).map(([e]) => e);
}

/** Speakers matching a name or part of one, accent- and typo-tolerant, best first. */
export function findSpeakers(index: ArchiveIndex, query: string, limit = 10): Speaker[] {
  const q = fold(query);
  if (!q) return [];
  const lex = lexiconOf(index);
  const scored = new Map<string, number>();
  for (const s of index.data.speakers) {
    const best = Math.max(0, ...(lex.names.get(s.id) ?? []).map((v) => textScore(q, v)));
    if (best >= 40) scored.set(s.id, best);
  }
  for (const m of matchPeople(query, index)) {
    const prev = scored.get(m.speakerId) ?? 0;
    scored.set(m.speakerId, Math.max(prev, 30 + m.score));
  }
  return [...scored.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, limit)
    .map(([id]) => index.speaker(id))
    .filter((s): s is Speaker => !!s);
}

/** Articles whose title names the query, then articles whose text mentions it (more mentions first). */
export function findArticles(index: ArchiveIndex, query: string, limit = 10): Article[] {
  const q = fold(query);
  if (!q) return [];
  const qStems = contentStems(query);
  const scored: Array<[Article, number]> = [];
  for (const a of index.data.articles) {
    const title = fold(a.title);
    let s = textScore(q, title) >= 60 ? 100 + textScore(q, title) : 0;
    const body = ` ${fold(a.text)} `;
    const n = body.split(` ${q} `).length - 1;
    if (n > 0) s = Math.max(s, 50 + Math.min(n, 20));
    if (s === 0 && qStems.length) {
      const hit = overlap(qStems, new StemSet(`${a.title} ${a.text}`));
      if (hit === qStems.length) s = 30 + hit;
    }
    if (s > 0) scored.push([a, s]);
  }
  scored.sort((a, b) => b[1] - a[1]);
  return scored.slice(0, limit).map(([a]) => a);
}

/** Everything a figure's sentence stands under: its own sentence, scope, what it counts and nearby headings. */
export function figureContext(index: ArchiveIndex, f: Figure): string {
  return figureContextParts(index, f).join(' . ');
}

/**
 * `figureContext` folded, between spaces (` … `): each part folded once and kept (a report's lead and sentences are
 * parts of many figures' contexts), then joined — the same text as folding the joined context, since folding turns
 * the " . " between parts into one space.
 */
export function figureContextFold(index: ArchiveIndex, f: Figure): string {
  const folded = memo(index, 'folded-parts', () => new Map<string, string>());
  const parts: string[] = [];
  for (const part of figureContextParts(index, f)) {
    let x = folded.get(part);
    if (x === undefined) {
      x = fold(part);
      // (Users ask of any figure: the table is emptied when it grows large, so a long-running bot does not keep all.)
      if (folded.size >= 100_000) folded.clear();
      folded.set(part, x);
    }
    if (x) parts.push(x);
  }
  return ` ${parts.join(' ')} `;
}

/** The texts of a figure's context, in order, none empty. */
function figureContextParts(index: ArchiveIndex, f: Figure): string[] {
  const a = index.article(f.source.articleId);
  const ev = f.eventId ? index.event(f.eventId) : undefined;
  const sents = index.sentencesOf(f.source.articleId);
  // "Since then, 14 prisoners have been executed": what the figure is about is often in the sentences just before it.
  const before = [sents[f.source.sentence - 1]?.text, sents[f.source.sentence - 2]?.text, ...leadSentences(index, f.source.articleId, sents).map((l) => l.text)];
  return [f.scope, f.counted, sentenceAt(index, f.source)?.text, ev?.label, ...headingsAbove(index, f.source), ...before, a?.title].filter((x): x is string => !!x);
}

/** The first two full sentences of a report (headings and bylines skipped): where it says what it is about (read once). */
function leadSentences(index: ArchiveIndex, articleId: string, sents: Sentence[]): Sentence[] {
  return memoFor(index, 'lead-sentences', articleId, () => sents.filter((x) => x.text.split(/\s+/).length >= 8).slice(0, 2));
}

/** The dates a figure's sentence states (weekdays resolved against the article's date), plus its event's date. */
export function figureDates(index: ArchiveIndex, f: Figure): FuzzyDate[] {
  return memoFor(index, 'figure-dates', f, () => datesOfFigure(index, f));
}

/**
 * The dates a report's sentence states, read against the report's date (`againstReport`, when it has one) or alone;
 * found once per sentence and index. A report's figures share its lead and often their neighbouring sentences, and a
 * figure's own sentence is read for its dates, its own period and whether it is dated: each was read again every time.
 * The list is shared: callers must not change it.
 */
export function sentenceDates(index: ArchiveIndex, articleId: string, i: number, againstReport: boolean): readonly FoundDate[] {
  const s = index.sentencesOf(articleId)[i];
  if (!s) return [];
  const a = againstReport ? index.article(articleId) : undefined;
  return datesInSentence(s, a && a.date.precision !== 'unknown' ? a.date : undefined);
}

/*
 * The dates found in each sentence read, per reference date (the same object: a report's own date): counting, the
 * figures' periods and the reader all ask for them, and each found them again.
 */
const DATES_IN_SENTENCE = new WeakMap<Sentence, Array<readonly [FuzzyDate | undefined, readonly FoundDate[]]>>();

/** `findDates` of a sentence against a reference date, found once per sentence and reference. The list is shared: callers must not change it. */
export function datesInSentence(s: Sentence, ref: FuzzyDate | undefined): readonly FoundDate[] {
  const byRef = DATES_IN_SENTENCE.get(s) ?? [];
  for (const [r, found] of byRef) if (r === ref) return found;
  const found = datesTold(s.text, findDates(s.text, ref));
  // (A new list of the exact length, not a push: a pushed-to list keeps room for 16 more, and every sentence read keeps one.)
  DATES_IN_SENTENCE.set(s, [...byRef, [ref, found]]);
  return found;
}

function datesOfFigure(index: ArchiveIndex, f: Figure): FuzzyDate[] {
  const sents = index.sentencesOf(f.source.articleId);
  let out: FuzzyDate[] = [];
  const datesIn = (i: number) =>
    sents[i] ? sentenceDates(index, f.source.articleId, i, true).map((d) => d.date).filter((d) => d.precision !== 'unknown') : [];
  out = datesIn(f.source.sentence);
  // A figure sentence without a date ("Eight facilities were damaged in the strikes") takes the dates of the
  // sentences before it and of the report's lead, which usually names the period it is about.
  if (!out.length) out = [...datesIn(f.source.sentence - 1), ...datesIn(f.source.sentence - 2), ...leadSentences(index, f.source.articleId, sents).flatMap((l) => datesIn(l.index))];
  const ev = f.eventId ? index.event(f.eventId) : undefined;
  if (ev?.date && ev.date.precision !== 'unknown') out.push(ev.date);
  return out;
}

/**
 * All figures of a measure (optionally those whose event, scope or sentence matches `eventQuery`),
 * with the conflicts that involve them.
 */
export function figuresFor(index: ArchiveIndex, measure: Measure, eventQuery?: string): { figures: Figure[]; conflicts: FigureConflict[] } {
  let figures = index.data.figures.filter((f) => f.measure === measure);
  if (eventQuery && eventQuery.trim()) {
    const stems = contentStems(eventQuery);
    const range = parseQuestionRange(eventQuery);
    const scored = figures
      .map((f) => {
        const ctx = new StemSet(figureContext(index, f));
        let s = stems.length ? overlap(stems, ctx) / stems.length : 0;
        const ev = f.eventId ? index.event(f.eventId) : undefined;
        if (range && ev?.date && dateMatchesRange(ev.date, range)) s += 0.5;
        return [f, s] as const;
      })
      .filter(([, s]) => s >= 0.5)
      .sort((a, b) => b[1] - a[1]);
    figures = scored.map(([f]) => f);
  }
  const ids = new Set(figures.map((f) => f.id));
  const conflicts = conflictsOfMeasure(index, measure).filter((c) => c.figureIds.some((id) => ids.has(id)));
  return { figures, conflicts };
}

/** A speaker's quotes (best-matching speaker for the query), optionally only those about a topic. */
export function quotesBy(index: ArchiveIndex, speakerQuery: string, topic?: string): { speaker?: Speaker; quotes: Quote[] } {
  const speaker = findSpeakers(index, speakerQuery, 1)[0];
  if (!speaker) return { quotes: [] };
  let quotes = index.data.quotes.filter((q) => q.speakerId === speaker.id);
  if (topic && topic.trim()) {
    const stems = contentStems(topic);
    quotes = quotes.filter((q) => overlap(stems, new StemSet(q.text)) > 0);
  }
  return { speaker, quotes };
}

/**
 * Events in date order, optionally at a place and within [from, to] (ISO days). Events whose year is not
 * stated are placed by day and month in the year their weekday allows nearest the dated events; unknown dates last.
 */
export function timeline(index: ArchiveIndex, opts: { place?: string; from?: string; to?: string }): readonly EventRecord[] {
  // The whole archive's timeline (what a refusal suggests from, what a "when" list is ordered by) is sorted once.
  if (!opts.place && !opts.from && !opts.to) return memo(index, 'timeline', () => timelineOf(index, {}));
  return timelineOf(index, opts);
}

function timelineOf(index: ArchiveIndex, opts: { place?: string; from?: string; to?: string }): EventRecord[] {
  const place = opts.place ? fold(opts.place) : '';
  const range = opts.from || opts.to ? { from: opts.from ?? '0000-01-01', to: opts.to ?? '9999-12-31', text: '' } : undefined;
  const events = index.data.events.filter((e) => {
    if (place) {
      const where = ` ${fold([e.venue, e.city, e.country, e.label].filter(Boolean).join(' '))} `;
      const all = ` ${fold(eventText(index, e))} `;
      if (!where.includes(` ${place} `) && !all.includes(` ${place} `)) return false;
    }
    if (range && !dateMatchesRange(e.date, range)) return false;
    return true;
  });
  const years = events.map((e) => e.date?.year).filter((y): y is number => y !== undefined).sort((a, b) => a - b);
  const median = years[Math.floor(years.length / 2)];
  const key = (e: EventRecord): string => {
    const d = e.date;
    if (!d || d.precision === 'unknown' || !d.month) return d?.year ? `${d.year}-99-99` : '9999-99-99';
    let y = d.year;
    if (y === undefined) {
      const c = d.candidateYears ?? [];
      y = median !== undefined && c.length ? c.reduce((b, x) => (Math.abs(x - median) < Math.abs(b - median) ? x : b)) : undefined;
      if (y === undefined) return `9998-${String(d.month).padStart(2, '0')}-${String(d.day ?? 0).padStart(2, '0')}`;
    }
    return `${y}-${String(d.month).padStart(2, '0')}-${String(d.day ?? 0).padStart(2, '0')}`;
  };
  return events.map((e) => [e, key(e)] as const).sort((a, b) => a[1].localeCompare(b[1])).map(([e]) => e);
}

/** Completions for a command option: event labels, speaker names or places starting with (or containing) what was typed. */
export function suggestCompletions(index: ArchiveIndex, field: 'event' | 'speaker' | 'place', typed: string, limit = 25): string[] {
  const q = fold(typed);
  const pool =
    field === 'speaker'
      ? index.data.speakers.map((s) => s.name)
      : field === 'event'
        ? index.data.events.map((e) => e.label)
        : [...lexiconOf(index).places.values()];
  const uniq = [...new Set(pool)];
  return uniq
    .map((v) => [v, q ? textScore(q, fold(v)) : 1] as const)
    .filter(([, s]) => s >= 20)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, limit)
    .map(([v]) => v);
}
