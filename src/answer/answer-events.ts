/** Answers about events: when, where, what happened, timelines and which articles mention something. */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Article, EventRecord, FuzzyDate, Intent, Provenance, Sentence, Speaker } from '../domain/types.ts';
import { DATELINE_END, dateIsScheduledFor, datesTold, deedBeforeDay, findDates, formatDate } from '../dates/index.ts';
import { MONTH_NAMES } from '../dates/calendar.ts';
import { dateMatchesRange } from '../understand/question-dates.ts';
import { fold } from '../understand/text.ts';
import { tokenize } from '../understand/vocabulary.ts';
import { clip, eventPhrase, joinList, placePhrase, reportedDates, sentenceAt, sourceOf } from './evidence.ts';
import { findArticles, timeline } from './lookups.ts';
import { namesPlacesInBody } from './event-match.ts';
import { hasDateWords, pickPassages, stemSet } from './passages.ts';
import { namedDeedAsked, SAYING_ASKED } from './reader/candidates-date.ts';
import { citeAll, provOf, answered, answerFromPassages, matchedEvents, isDated, capitalise, distinctDates } from './reply.ts';

const WHEN_IGNORE = stemSet(['when', 'date', 'day', 'time', 'year', 'month', 'happen', 'happened', 'take', 'place', 'held', 'exactly', 'what']);

/** When an event took place, or what happened at a place and day. */
export function answerWhen(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const q = fold(intent.question);
  const describe = /\bwhat (happened|took place|went on)\b/.test(q);
  const ranked = matchedEvents(intent, index, 2);
  // Undated events among the best matches get the day their own sentences give ("on Thursday"), so they compete.
  const top = matchedEvents(intent, index, 2.5).map((r) => {
    if (isDated(r.event)) return r;
    const found = dateFromSentences(index, r.event);
    return found ? { ...r, event: { ...r.event, date: found.date } } : r;
  });
  const dated = describe
    ? ranked.filter((r) => isDated(r.event))
    : top.some((r) => isDated(r.event))
      ? top.filter((r) => isDated(r.event))
      : matchedEvents(intent, index, 2.5, isDated);
  if (describe && ranked.length) {
    const evs = ranked.slice(0, 2).map((r) => r.event);
    const parts = evs.map((e) => {
      const main = e.sources[0] ? sentenceAt(index, e.sources[0])?.text : undefined;
      const when = e.date && e.date.precision !== 'unknown' ? `On ${formatDate(e.date)}, ` : '';
      const what = `${when}${when ? eventPhrase(e, false) : capitalise(eventPhrase(e))}`;
      const purpose = e.purpose ? ` (${e.purpose})` : '';
      return `${what}${purpose}${main ? `: “${clip(main, 360)}”` : '.'}`;
    });
    return answered(intent, parts.join(' '), citeAll(index, evs.flatMap((e) => e.sources.slice(0, 2))));
  }
  if (dated.length) {
    const evs = preferPrecise(dated.map((r) => r.event), /\b(begin|began|begun|start|started|first|beginning|erupt|erupted|broke out)\b/.test(q)).slice(0, 3);
    if (evs.length > 1 && distinctDates(evs)) {
      const list = evs.map((e) => `${eventPhrase(e, false)} on ${formatDate(e.date!)}`);
      return answered(intent, `${evs.length} events match: ${joinList(list)}.`, citeAll(index, evs.flatMap((e) => e.sources.slice(0, 1))));
    }
    const e = evs[0] as EventRecord;
    const where = placePhrase(e);
    const text = `${capitalise(eventPhrase(e, false))}${where && !fold(e.label).includes(fold(where.replace(/^(at|in) /, ''))) ? ` ${where}` : ''} took place on ${formatDate(e.date!)} (according to ${sourceOf(index.article(e.sources[0]?.articleId ?? ''))}).`;
    return answered(intent, text, citeAll(index, e.sources.slice(0, 2)));
  }
  const undated = ranked[0];
  if (undated && !isDated(undated.event) && ranked.length === 1) {
    const found = dateFromSentences(index, undated.event);
    if (found) {
      const e = undated.event;
      const text = `${capitalise(eventPhrase(e, false))} took place on ${formatDate(found.date)} (according to ${sourceOf(index.article(found.prov.articleId))}).`;
      return answered(intent, text, citeAll(index, [found.prov, ...e.sources.slice(0, 1)]));
    }
  }
  const placed = (t: string) => namesPlacesInBody(intent.slots.places, t);
  if (describe) {
    return answerFromPassages(intent, index, { ignore: WHEN_IGNORE, must: (s) => hasDateWords(s) && placed(s.text) }) ??
      answerFromPassages(intent, index, { ignore: WHEN_IGNORE, must: (s) => placed(s.text) });
  }
  return whenFromPassages(intent, index, placed);
}

/**
 * A when-answer quoting the sentence that covers the question, led by the date that sentence (or its neighbour)
 * gives, resolved against the report's date. A sentence whose only date is its dateline does not answer "when".
 */
function whenFromPassages(intent: Intent, index: ArchiveIndex, placed: (t: string) => boolean): Answer | undefined {
  const picks = pickPassages(index, intent.question, { ignore: WHEN_IGNORE, must: (s) => hasDateWords(s) && placed(s.text) });
  const deeds = new Set(tokenize(intent.question).filter((t) => t.key.startsWith('@')).map((t) => t.key));
  // "When was Ivo Brant appointed?": of the closest sentences, those writing the deed asked of the person come first
  // (one telling another of his deeds dates that one).
  const deed = SAYING_ASKED.test(intent.question) ? undefined : namedDeedAsked(intent.analysis);
  const tells = (s: Sentence): number => (deed && tokenize(s.text).some((t) => t.key === deed) ? 1 : 0);
  const ordered = picks.slice(0, 5).sort((x, y) => tells(y.sentence) - tells(x.sentence));
  for (const pick of ordered) {
    const a = index.article(pick.articleId);
    if (!a) continue;
    if (datesWhatFollowed(pick.sentence.text, deeds)) continue;
    if (pick.neighbour && neighbourTimesTheDeed(intent, pick.sentence, pick.neighbour)) continue;
    const date = statedDate(a, pick.sentence) ?? (pick.neighbour ? statedDate(a, pick.neighbour) : undefined);
    if (!date) continue;
    const lead = date.precision === 'day' ? 'On' : 'In';
    const text = `${lead} ${formatDate(date)}, according to ${sourceOf(a)}: “${clip(pick.sentence.text, 400)}”`;
    const provs: Provenance[] = [provOf(pick.articleId, pick.sentence)];
    if (pick.neighbour) provs.push(provOf(pick.articleId, pick.neighbour));
    return answered(intent, text, citeAll(index, provs));
  }
  return undefined;
}

/**
 * "Protests began on May 2 after the death of Lena Varo": a sentence whose day stands before "after" / "following"
 * and whose words of the deed asked (by family, "died" → "@kill") stand only after it dates what followed the deed,
 * not the deed.
 */
function datesWhatFollowed(text: string, deeds: ReadonlySet<string>): boolean {
  if (!deeds.size) return false;
  const at = text.search(/\b(?:after|following)\b/i);
  if (at < 0) return false;
  const head = text.slice(0, at);
  if (tokenize(head).some((t) => deeds.has(t.key)) || !findDates(head).length) return false;
  return tokenize(text.slice(at)).some((t) => deeds.has(t.key));
}

/** A time a sentence gives in words that date nothing alone: a month without its year, "last year", "yesterday". */
const OWN_TIME = new RegExp(String.raw`\b(?:(?:in|since|until|by|during|early|late|mid-?)\s+(?:${MONTH_NAMES.join('|')})\b(?!\s*,?\s*\d)|(?:last|this|next)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|yesterday\b)`, 'i');

/**
 * "Last year, X said that Y was killed in 2015. Then, and in January, the bloc hit the unit with sanctions.": asked
 * when the sanctions came, the sentence next to the dated one tells the deed asked, and times it by words of its own
 * (a month without its year): the dated sentence's day is of something else.
 */
function neighbourTimesTheDeed(intent: Intent, dated: Sentence, neighbour: Sentence): boolean {
  if (!OWN_TIME.test(neighbour.text)) return false;
  const asked = new Set(intent.analysis.terms.filter((t) => t.sort !== 'year').map((t) => t.key));
  const held = (s: Sentence) => new Set(tokenize(s.text).map((t) => t.key).filter((k) => asked.has(k))).size;
  return held(neighbour) > held(dated);
}

/** A clause about someone opened after a comma and not yet closed: "Tova Rask, who was jailed for two years in …". */
const RELATIVE_CLAUSE_OPEN = /,\s+(?:who|whom|whose|which)\b[^,;.]*$/i;

/** The date a sentence states for what it reports ("on Friday" resolved against the report's date), never its dateline. */
export function statedDate(a: Article, s: Sentence): FuzzyDate | undefined {
  const found = reportedDates(a, s).filter((d) => {
    // "Tova Rask, who was jailed in 2009, addressed the crowd": a date inside a clause about someone, set off by
    // commas, is of what that clause tells, not of what the sentence reports.
    if (RELATIVE_CLAUSE_OPEN.test(s.text.slice(0, d.start)) && /^[^,;.]*,/.test(s.text.slice(d.end))) return false;
    // A bare year is a date of what happened only after "in" ("in 2019"), not in "since 2016".
    if (d.date.precision === 'year') return /\bin\s+$/i.test(s.text.slice(Math.max(0, d.start - 4), d.start));
    return true;
  });
  const best = [...found].sort((x, y) => (PRECISION_RANK[y.date.precision] ?? 0) - (PRECISION_RANK[x.date.precision] ?? 0) || x.start - y.start)[0];
  return best?.date;
}

/** Words that frame a free question without naming its subject. */
export const ASKING_WORDS: ReadonlySet<string> = new Set(
  'purpose reason reasons aim aims goal goals detail details information info summary summarize summarise describe description explain overview background context anything something everything'.split(' '),
);

/** "tell me about the Trocadero rally": the best-matching event, described by its date, place and sentence. */
export function describeEvent(intent: Intent, index: ArchiveIndex): Answer | undefined {
  if (!intent.slots.eventKinds?.length) return undefined;
  const ranked = matchedEvents(intent, index, 3);
  if (!ranked.length) return undefined;
  const evs = ranked.slice(0, 2).map((r) => r.event);
  const parts = evs.map((e) => {
    const main = e.sources[0] ? sentenceAt(index, e.sources[0])?.text : undefined;
    const purpose = e.purpose ? ` (${e.purpose})` : '';
    return `${capitalise(eventPhrase(e))}${purpose}${main ? `: “${clip(main, 300)}”` : '.'}`;
  });
  return answered(intent, parts.join(' '), citeAll(index, evs.flatMap((e) => e.sources.slice(0, 2))));
}

/** The day an undated event's own sentences give ("on Thursday" in a report of November 18, 2022), other than the report's date. */
export function dateFromSentences(index: ArchiveIndex, e: EventRecord): { date: FuzzyDate; prov: Provenance } | undefined {
  for (const src of e.sources.slice(0, 3)) {
    const a = index.article(src.articleId);
    const s = sentenceAt(index, src);
    if (!a || !s) continue;
    const ref = a.date.precision !== 'unknown' ? a.date : undefined;
    // (A day something else is set for, "a runoff set for July 5", is no day of the event.)
    // (Nor is a dateline's day opening the sentence: the day the report was filed; nor the day of a death or an arrest
    // the sentence names, "after the death of X on Aug. 3".)
    const found = datesTold(s.text, findDates(s.text, ref)).filter((d) => d.date.precision === 'day' && d.date.iso !== a.date.iso && !dateIsScheduledFor(s.text, d.start) && !deedBeforeDay(s.text, d.start) && !(d.start <= 40 && DATELINE_END.test(s.text.slice(d.end, d.end + 8))));
    if (found[0]) return { date: found[0].date, prov: src };
  }
  return undefined;
}

const PRECISION_RANK: Record<string, number> = { day: 3, month: 2, year: 1, unknown: 0 };

/** One event per label: the most precise date (the earliest when the question asks when something began). */
function preferPrecise(events: EventRecord[], earliest: boolean): EventRecord[] {
  const byLabel = new Map<string, EventRecord>();
  const order: string[] = [];
  for (const e of events) {
    const k = fold(e.label);
    const prev = byLabel.get(k);
    if (!prev) {
      byLabel.set(k, e);
      order.push(k);
      continue;
    }
    // Same label, dates that cannot both be right at their precision ("March 13" vs "March 27"): two events.
    const pi = prev.date?.iso ?? '';
    const ei = e.date?.iso ?? '';
    if (pi && ei && !pi.startsWith(ei) && !ei.startsWith(pi)) {
      byLabel.set(`${k}#${ei}`, e);
      order.push(`${k}#${ei}`);
      continue;
    }
    const pr = PRECISION_RANK[prev.date?.precision ?? 'unknown'] ?? 0;
    const er = PRECISION_RANK[e.date?.precision ?? 'unknown'] ?? 0;
    if (er > pr || (er === pr && earliest && (e.date?.iso ?? '') < (prev.date?.iso ?? ''))) byLabel.set(k, e);
  }
  return order.map((k) => byLabel.get(k) as EventRecord);
}

const VENUE_CUE = /\b(outside|in front of|held at|held in|held outside|gathered at|gathered outside|rallied at|rallied outside|near|opposite|at the|square|embassy|parliament|assembly|consulate|headquarters)\b/i;

const WHERE_IGNORE = stemSet(['where', 'place', 'venue', 'location', 'city', 'held', 'take', 'took', 'happen', 'exactly', 'what', 'which']);

const GATHERING_KINDS: ReadonlySet<string> = new Set(['rally', 'demonstration', 'protest', 'gathering', 'commemoration', 'meeting', 'conference']);

/**
 * Whether an event is of the kind the question asks: asked where a demonstration was, the uprising it backed (told
 * in the same sentence, "… in support of the uprising in Iran") is no answer; gatherings stand for one another.
 */
function kindAsked(intent: Intent, e: EventRecord): boolean {
  const kinds = intent.slots.eventKinds ?? [];
  if (!kinds.length || kinds.includes(e.kind)) return true;
  return !kinds.every((k) => GATHERING_KINDS.has(k)) || GATHERING_KINDS.has(e.kind) || e.kind === 'other';
}

/** Where an event took place, in the words of its report. */
export function answerWhere(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const ranked = matchedEvents(intent, index, 2.5, (e) => !!placePhrase(e) && kindAsked(intent, e));
  if (ranked.length) {
    const evs = ranked.slice(0, 3).map((r) => r.event);
    const places = new Set(evs.map((e) => placePhrase(e)));
    if (evs.length > 1 && places.size > 1) {
      const list = evs.map((e) => `${eventPhrase(e)} was held ${placePhrase(e)}`);
      return answered(intent, `${evs.length} events match: ${list.join('; ')}.`, citeAll(index, evs.flatMap((e) => e.sources.slice(0, 1))));
    }
    const e = evs[0] as EventRecord;
    const noun = e.kind === 'other' ? 'event' : e.kind;
    const when = e.date && e.date.precision !== 'unknown' ? ` on ${formatDate(e.date)}` : '';
    let text = `The ${noun}${when} was held ${placePhrase(e)} (according to ${sourceOf(index.article(e.sources[0]?.articleId ?? ''))}).`;
    const provs = e.sources.slice(0, 2);
    {
      // The sentence that places the event says it in the report's own words (a venue name may have been cut short).
      const venue = e.venue ? fold(e.venue) : '';
      const city = e.city ? fold(e.city) : '';
      const has = (t: string, w: string) => !!w && ` ${fold(t)} `.includes(` ${w} `);
      const placing = e.sources
        .map((p) => ({ p, s: sentenceAt(index, p) }))
        .filter((x) => x.s && (venue ? has(x.s.text, venue) : VENUE_CUE.test(x.s.text) && has(x.s.text, city)))[0];
      if (placing?.s) {
        text += ` The report says: “${clip(placing.s.text, 320)}”`;
        provs.unshift(placing.p);
      }
    }
    return answered(intent, text, citeAll(index, provs));
  }
  return answerFromPassages(intent, index, { ignore: WHERE_IGNORE, must: (s) => namesPlacesInBody(intent.slots.places, s.text) });
}

/** Events in date order at a place or in a period (or their count). */
export function answerTimeline(intent: Intent, index: ArchiveIndex, countOnly = false): Answer | undefined {
  const places = intent.slots.places ?? [];
  let events = places.length ? places.flatMap((p) => timeline(index, { place: p })) : timeline(index, {});
  events = [...new Set(events)];
  if (intent.slots.range) events = events.filter((e) => dateMatchesRange(e.date, intent.slots.range!));
  const kinds = intent.slots.eventKinds ?? [];
  if (kinds.length) {
    const gather = new Set(['rally', 'demonstration', 'protest', 'gathering', 'commemoration']);
    const same = events.filter((e) => kinds.includes(e.kind) || (gather.has(e.kind) && kinds.some((k) => gather.has(k))));
    events = same;
  }
  if (!events.length) return undefined;
  const kept = new Set(events);
  const ordered = timeline(index, {}).filter((e) => kept.has(e));
  const where = places.length ? ` in ${joinList(places)}` : '';
  const when = intent.slots.range ? ` (${intent.slots.range.text})` : '';
  const noun = kinds.length === 1 ? `${kinds[0]} event` : 'event';
  const lines = ordered.slice(0, 10).map((e) => `${e.date && e.date.precision !== 'unknown' ? formatDate(e.date) : 'date unknown'}: ${e.label}`);
  const count = `The archive holds ${ordered.length} ${noun}${ordered.length === 1 ? '' : 's'}${where}${when}`;
  const text = countOnly ? `${count}: ${lines.join('; ')}.` : `${count}: ${lines.join('; ')}${ordered.length > 10 ? '; …' : ''}.`;
  return answered(intent, text, citeAll(index, ordered.map((e) => e.sources[0])));
}

function mentionSubject(intent: Intent, index: ArchiveIndex): string | undefined {
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
  if (people[0]) return people[0].name;
  const c = intent.question.replace(/[?!.]+$/, '');
  const m = /\b(?:mention|mentions|mentioning|mentioned|about|on|cover|covers|covering|discuss|discussing|naming|name)\s+(.+)$/i.exec(c) ??
    /^(?:where|in which \w+)\s+(?:is|are|was|were)\s+(.+?)\s+mentioned\b/i.exec(c);
  const s = m?.[1]?.replace(/^(the|a|an)\s+/i, '').trim();
  return s || undefined;
}

/** The articles that mention a person or a phrase. */
export function answerMentions(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const subject = mentionSubject(intent, index);
  if (!subject) return undefined;
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
  let articles = findArticles(index, subject, 10);
  if (people[0]) {
    const ids = new Set(people[0].mentions.map((m) => m.articleId));
    const byMention = index.data.articles.filter((a) => ids.has(a.id));
    articles = [...new Set([...byMention, ...articles])];
  }
  if (!articles.length) return undefined;
  const provs: Provenance[] = [];
  const f = fold(subject);
  for (const a of articles) {
    const s = index.sentencesOf(a.id).find((x) => ` ${fold(x.text)} `.includes(` ${f} `)) ??
      people[0]?.mentions.map((m) => sentenceAt(index, m)).find((x) => x && index.sentencesOf(a.id)[x.index] === x) ??
      index.sentencesOf(a.id)[0];
    if (s) provs.push(provOf(a.id, s));
  }
  const list = articles.slice(0, 5).map((a) => `“${a.title}” (${sourceOf(a)})`);
  const text = `${articles.length} article${articles.length === 1 ? '' : 's'} mention${articles.length === 1 ? 's' : ''} ${subject}: ${list.join('; ')}${articles.length > 5 ? '; …' : ''}.`;
  return answered(intent, text, citeAll(index, provs));
}

