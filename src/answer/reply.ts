/** Shared pieces of every answer: citations, answered / not-answered values, suggestions, passage fallback, event matching. */
import { titleAskedOf, titleBeforeName } from './title-asked.ts';
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Citation, EventKind, EventRecord, Intent, Provenance, Sentence, Speaker } from '../domain/types.ts';
import { dateMatchesRange } from '../understand/question-dates.ts';
import { formatDate } from '../dates/index.ts';
import { contentStems } from '../understand/text.ts';
import { clipAroundName, sourceOf } from './evidence.ts';
import { rankEvents, topEvents, type RankedEvent } from './event-match.ts';
import { timeline } from './lookups.ts';
import { memo } from './memo.ts';
import { pickPassages, stemSet, type PassagePick } from './passages.ts';

/** At most this many citations per answer. */
export const MAX_CITATIONS = 5;

/** Citations for provenances, one per sentence, in the order given. */
export function citeAll(index: ArchiveIndex, provs: Array<Provenance | undefined>): Citation[] {
  const out: Citation[] = [];
  const seen = new Set<string>();
  for (const p of provs) {
    if (!p || !index.article(p.articleId)) continue;
    const key = `${p.articleId}#${p.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(index.citation(p));
    if (out.length >= MAX_CITATIONS) break;
  }
  return out;
}

/** The provenance of a whole sentence. */
export function provOf(articleId: string, s: Sentence): Provenance {
  return { articleId, sentence: s.index, start: s.start, end: s.end };
}

/** An answer; without a citation it becomes a not-answered one (sourced or silent). */
export function answered(intent: Intent, text: string, citations: Citation[]): Answer {
  if (citations.length === 0) return notAnswered(intent, 'The archive holds nothing that answers this.');
  return { question: intent.question, answered: true, intent: intent.kind, text, citations };
}

/** A not-answered reply, with the closest things the archive holds appended. */
export function notAnswered(intent: Intent, text: string, suggestions: string[] = []): Answer {
  const a: Answer = { question: intent.question, answered: false, intent: intent.kind, text, citations: [] };
  if (suggestions.length) {
    a.suggestions = suggestions;
    a.text = `${text} Closest in the archive: ${suggestions.slice(0, 3).join('; ')}.`;
  }
  return a;
}

/** "Rally at …, Paris (December 26, 2019)" for suggestions. */
export function eventSuggestion(e: EventRecord): string {
  const d = e.date && e.date.precision !== 'unknown' ? ` (${formatDate(e.date)})` : '';
  return `${e.label}${d}`;
}

/** The closest things the archive holds: events like the ones asked about, and people with statements. */
export function suggestionsFor(intent: Intent, index: ArchiveIndex): string[] {
  const out: string[] = [];
  const ranked = rankEvents(index, { stems: contentStems(intent.question), ...(intent.slots.eventKinds ? { kinds: intent.slots.eventKinds } : {}) }, 3);
  for (const r of ranked.slice(0, 3)) out.push(eventSuggestion(r.event));
  if (out.length < 2) {
    for (const e of timeline(index, {}).slice(-3)) if (!out.includes(eventSuggestion(e))) out.push(eventSuggestion(e));
  }
  if (intent.kind === 'quote' || intent.kind === 'role' || intent.kind === 'who') {
    out.unshift(...mostQuoted(index).map((s) => `statements by ${s.name}`));
  }
  return [...new Set(out)].slice(0, 5);
}

/** The two speakers with the most quotes (quotes counted per speaker in one pass, once per index). */
export function mostQuoted(index: ArchiveIndex): Speaker[] {
  return memo(index, 'most-quoted', () => {
    const counts = new Map<string, number>();
    for (const q of index.data.quotes) if (q.speakerId) counts.set(q.speakerId, (counts.get(q.speakerId) ?? 0) + 1);
    // Same order as before: by count, ties in speaker order (the sort is stable).
    return index.data.speakers
      .filter((s) => (counts.get(s.id) ?? 0) > 0)
      .sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0))
      .slice(0, 2);
  });
}

/** "According to <source>: “<sentence>”". */
export function quoteSentence(index: ArchiveIndex, pick: PassagePick, question?: string): string {
  return `According to ${sourceOf(index.article(pick.articleId))}: “${clipAroundName(pick.sentence.text, question, 400)}”`;
}


/** An answer quoting the sentence that covers the question (strict overlap), or undefined. */
export function answerFromPassages(
  intent: Intent,
  index: ArchiveIndex,
  opts: { ignore?: ReadonlySet<string>; must?: (s: Sentence) => boolean; articleIds?: string[] },
): Answer | undefined {
  const picks = pickPassages(index, intent.question, {
    ignore: opts.ignore ?? stemSet(['what', 'tell', 'know', 'about', 'archive', 'say', 'anything', 'info', 'information']),
    ...(opts.must ? { must: opts.must } : {}),
    ...(opts.articleIds ? { articleIds: opts.articleIds } : {}),
  });
  // "Which colonel ordered the raid?": a passage that gives nobody that title ("the officer who ordered the raid
  // denied …") does not answer.
  const title = intent.kind === 'who' ? titleAskedOf(intent.question) : undefined;
  const top = title ? picks.find((p) => titleBeforeName(p.sentence.text, title)) : picks[0];
  if (!top) return undefined;
  const provs: Provenance[] = [provOf(top.articleId, top.sentence)];
  if (top.neighbour) provs.push(provOf(top.articleId, top.neighbour));
  for (const p of picks.slice(1, 3)) provs.push(provOf(p.articleId, p.sentence));
  return answered(intent, quoteSentence(index, top, intent.question), citeAll(index, provs));
}

/** What an intent says about the event it means. */
export function eventQueryOf(intent: Intent) {
  const s = intent.slots;
  return {
    ...(s.places ? { places: s.places } : {}),
    ...(s.range ? { range: s.range } : {}),
    ...(s.eventKinds ? { kinds: s.eventKinds } : {}),
    ...(s.people ? { people: s.people } : {}),
    stems: contentStems(intent.question),
    names: namesWritten(intent.question),
  };
}

/** Stems of the words a question writes with a capital after its first word ("the rally at the Kornmarkt"). */
function namesWritten(question: string): string[] {
  const out: string[] = [];
  for (const m of question.matchAll(/(?<=\s)\p{Lu}[\p{L}'’-]+/gu)) out.push(...contentStems(m[0]));
  return out;
}

/** The best-matching events for an intent, optionally only those that can answer. */
export function matchedEvents(intent: Intent, index: ArchiveIndex, minScore = 2, usable?: (e: EventRecord) => boolean): RankedEvent[] {
  const ranked = rankEvents(index, eventQueryOf(intent));
  if (!usable) return topEvents(ranked, minScore);
  // Only events that can answer compete (an undated event cannot say when), but not ones far behind the best match.
  const best = ranked[0]?.score ?? 0;
  const lead = ranked[0]?.event;
  const range = intent.slots.range;
  const oneDay = !!range && range.from === range.to;
  const onThatDay = (e: EventRecord) => oneDay && !!e.date?.day && dateMatchesRange(e.date, range!);
  const kinds = intent.slots.eventKinds ?? [];
  const askedKind = (e: EventRecord) => kinds.some((k) => familyOf(k) === familyOf(e.kind));
  // The best match may be unable to answer (no speakers linked, no date): a runner-up stands in for it only when
  // it is told in the same report, or is as much the thing asked about (same kind of event, dated that very day).
  const standsIn = (e: EventRecord) =>
    !lead ||
    e.id === lead.id ||
    e.sources.some((p) => lead.sources.some((q) => q.articleId === p.articleId)) ||
    ((!kinds.length || !askedKind(lead) || askedKind(e)) && (!onThatDay(lead) || onThatDay(e)));
  return topEvents(ranked.filter((r) => usable(r.event) && r.score >= best * 0.6 && standsIn(r.event)), minScore);
}

/** Event kinds a question may use for one another: gatherings, strikes, meetings. */
function familyOf(k: EventKind): string {
  if (k === 'rally' || k === 'demonstration' || k === 'protest' || k === 'gathering' || k === 'commemoration' || k === 'uprising') return 'gathering';
  if (k === 'attack' || k === 'bombardment') return 'attack';
  if (k === 'conference' || k === 'meeting') return 'meeting';
  return k;
}

/** Whether an event has a usable date. */
export const isDated = (e: EventRecord): boolean => !!e.date && e.date.precision !== 'unknown';

/** Upper-cases the first letter. */
export function capitalise(s: string): string {
  return s ? (s[0] as string).toUpperCase() + s.slice(1) : s;
}

/** Whether events fall on different dates. */
export function distinctDates(events: EventRecord[]): boolean {
  return new Set(events.map((e) => e.date?.iso ?? '')).size > 1;
}
