/**
 * Events: happenings an article reports (rallies, commemorations, attacks, uprisings), one record per real
 * happening, with date (weekday-checked, never a crawl date), venue, city, organisers, size, purpose and speakers.
 */
import { OTHER_HAPPENING_OPENER } from './happening-opener.ts';
import { checkDeadline } from './deadline.ts';
import type { Amount, Article, EventKind, EventRecord, FuzzyDate, Provenance, Quote, Sentence } from '../domain/types.ts';
import { DATELINE_END, dateIsScheduledFor, dateOfAnOccasionBeside, datesTold, deedBeforeDay, findDates, SET_FOR_VERBS, type FoundDate } from '../dates/index.ts';
import { findTriggers, isHeadline, KIND_RANK, type EventGroup, type Trigger } from './event-triggers.ts';
import { extractFigures } from './figures.ts';
import type { Nlp } from './nlp.ts';
import { findOrganisers, findHolders, findPurpose, findSupporterGroups } from './event-details.ts';
import type { PeopleResult } from './people.ts';
import { findCities, findTarget, findVenues, isCountry } from './places.ts';
import { findQuoteSpans, insideQuote } from './quote-spans.ts';
import { headingDate, isTimestamped, sameDay } from './event-sections.ts';

/** Where a mention or a draft event is, as read from its sentences. */
interface Whereabouts {
  date?: FuzzyDate;
  /** `within`: a place named right after the venue ("headquarters in Manhattan"), which may be part of a city. */
  venue?: { venue: string; prep: string; determiner: string; within?: string };
  city?: string;
  country?: string;
  target?: { prep: string; target: string };
  /** Told as held elsewhere ("with rallies also held in A, B and C"): a later mention without a city does not join it. */
  elsewhere?: boolean;
}

/** One mention of an event in one sentence, before mentions are merged. */
interface Mention extends Whereabouts {
  trigger: Trigger;
  name?: string;
  sentence: Sentence;
}

interface Draft extends Whereabouts {
  /** The event's own name when the text gives one ("Free Iran World Summit 2021"). */
  name?: string;
  kind: EventKind;
  /** The word of the first mention ("massacre", "shelled"). */
  word: string;
  group: EventGroup;
  sentences: Sentence[];
  spans: Array<{ sentence: Sentence; start: number; end: number }>;
}

const DAY_NEWS = /\b(?:today|this morning|this afternoon|this evening|tonight)\b/i;
/** A gathering told as just done or under way: "have rallied", "has gathered", "are marching". */
const LEAD_UNDER_WAY = /\b(?:(?:have|has)\s+(?:been\s+)?(?:rallied|gathered|marched|demonstrated|protested|assembled|converged|staged)|(?:are|is)\s+(?:now\s+)?(?:rallying|gathering|marching|demonstrating|protesting|assembling|converging))\b/i;
const MONTH_WORD = /\b(January|February|March|April|May|June|July|August|September|October|November|December)\s*$/;

function isDateline(article: Article, sentence: Sentence, d: FoundDate): boolean {
  const para = article.paragraphs[sentence.paragraph];
  const absStart = sentence.start + d.start;
  if (!para || absStart - para.start > 40) return false;
  return DATELINE_END.test(sentence.text.slice(d.end, d.end + 8));
}

/**
 * The article's own date, or when unknown the day of the stored page's date field ("date 2031-04-18 …"), or else the
 * latest dated caption or embedded tweet line ("…, Dec 2, 2019"). (A prose sentence ending on the day of an earlier
 * happening, "… announced on December 15, 2029.", reads like a caption; the page's own field is nearer the report.)
 */
function referenceDate(article: Article, sentences: Sentence[]): FuzzyDate | undefined {
  if (article.date.precision !== 'unknown') return article.date;
  const stored = article.storedOn ? /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(article.storedOn) : null;
  if (stored?.[3]) return { year: Number(stored[1]), month: Number(stored[2]), day: Number(stored[3]), precision: 'day', yearStated: true, iso: stored[0], source: 'article-date', text: stored[0] };
  // (A field giving a month alone places a day and month told without a year, not a weekday.)
  if (stored) return { year: Number(stored[1]), month: Number(stored[2]), precision: 'month', yearStated: true, iso: stored[0], source: 'article-date', text: stored[0] };
  let best: FuzzyDate | undefined;
  for (const s of sentences) {
    checkDeadline();
    const found = findDates(s.text, undefined, 'caption');
    const last = found.at(-1);
    if (!last || last.date.precision !== 'day' || !last.date.yearStated) continue;
    if (s.text.slice(last.end).trim().replace(/[.)\s]/g, '').length > 0) continue;
    if (!best || last.date.iso > best.iso) best = { ...last.date, source: /@\w+/.test(s.text) ? 'tweet' : 'caption' };
  }
  return best;
}

function ignoredDate(article: Article, d: FoundDate, sentence: Sentence): boolean {
  const words = sentence.text.slice(d.start, d.end);
  return (article.ignoredDates ?? []).some((ig) => ig.text.includes(words));
}

/** The trigger itself is what is set: "the march scheduled for May 3", "a rally planned in Lyon for May 3". */
const TRIGGER_SET_FOR = new RegExp(String.raw`^\s*(?:[\p{L}’'-]+\s+){0,4}?${SET_FOR_VERBS}\s+(?:for|on)\s+(?:the\s+)?$`, 'iu');

/** Whether a trigger may take a date found at [dStart, dEnd) of the same sentence. */
function accepts(t: Trigger, text: string, d: FoundDate): boolean {
  if (d.date.precision === 'year') {
    const before = text.slice(Math.max(0, d.start - 8), d.start);
    const adjacent = d.end <= t.start && /^\s*$/.test(text.slice(d.end, t.start));
    // "the deadliest since 2016" compares; only "in 1982" close after the trigger dates a gathering or an attack.
    if (t.group !== 'uprising' && !adjacent && !(/\bin\s+$/i.test(before) && d.start >= t.end && d.start - t.end <= 40)) return false;
    if (t.group === 'uprising' && !adjacent && !/\b(?:in|since|of)\s+$/i.test(before)) return false;
  }
  // "a second round set for July 5": a day something is set for dates that thing, never a gathering told elsewhere in the sentence.
  if (dateIsScheduledFor(text, d.start) && !(d.start >= t.end && TRIGGER_SET_FOR.test(text.slice(t.end, d.start)))) return false;
  // "gathered … in response to her detention in August 2031": the day is the detention's, not the gathering's.
  const deed = deedBeforeDay(text, d.start);
  if (deed && text.slice(t.start, t.end).toLowerCase() !== deed.toLowerCase()) return false;
  if (t.group !== 'uprising') return true;
  // The wave of protests takes only its own modifiers: "the November 2019 uprising", "protests … since November 15".
  if (d.end <= t.start) return /^(?:\s*(?:and|or|,)?\s*(?:\p{Lu}\p{L}+\s+\d{4}|\p{Lu}\p{L}+)?\s*)$/u.test(text.slice(d.end, t.start));
  const between = text.slice(t.end, d.start);
  return /^\s+(?:[\p{L}’']+\s+){0,5}?(?:since|in|on|from|began on|started on|starting)\s+$/iu.test(between);
}

function rankDate(d: FuzzyDate): number {
  return d.precision === 'day' ? 3 : d.precision === 'month' ? 2 : d.precision === 'year' ? 1 : 0;
}

function gap(t: Trigger, d: { start: number; end: number }): number {
  return d.end <= t.start ? t.start - d.end : Math.max(0, d.start - t.end);
}

function betterDate(a: FuzzyDate, b: FuzzyDate): FuzzyDate {
  if (rankDate(b) !== rankDate(a)) return rankDate(b) > rankDate(a) ? b : a;
  if (a.year === undefined && b.year !== undefined) return b;
  return a;
}

function compatible(d: Draft, m: Mention): boolean {
  if (d.group !== m.trigger.group) return false;
  if (d.date && m.date && !sameDay(d.date, m.date)) return false;
  if (d.city && m.city && d.city.toLowerCase() !== m.city.toLowerCase()) return false;
  if (d.venue && m.venue) {
    const words = (s: string): Set<string> => new Set(s.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)));
    const a = words(d.venue.venue);
    const shared = [...words(m.venue.venue)].some((w) => a.has(w));
    if (!shared && a.size > 0) return false;
  }
  return true;
}

/** A capitalised trigger closing a run of capitalised words is a name: "the Free Iran World Summit 2021". */
function eventName(text: string, t: Trigger): string | undefined {
  if (t.group !== 'assembly' || !/^\p{Lu}\p{Ll}/u.test(t.word)) return undefined;
  const before = /((?:\p{Lu}[\p{L}’'-]*\s+){1,6})$/u.exec(text.slice(Math.max(0, t.start - 80), t.start));
  if (!before?.[1]) return undefined;
  const year = /^\s+(\d{4})\b/.exec(text.slice(t.end, t.end + 6));
  const name = `${before[1]}${t.word}${year ? ` ${year[1]}` : ''}`.trim().replace(/^(?:The|A|An|In|At|On)\s+/, '');
  return name.split(/\s+/).length >= 2 ? name : undefined;
}

function absorb(d: Draft, m: Mention): void {
  if (!d.name && m.name) d.name = m.name;
  if (KIND_RANK.indexOf(m.trigger.kind) < KIND_RANK.indexOf(d.kind)) d.kind = m.trigger.kind;
  if (m.date) d.date = d.date ? betterDate(d.date, m.date) : m.date;
  if (m.venue && !d.venue) d.venue = m.venue;
  if (m.city && !d.city) d.city = m.city;
  if (m.country && !d.country) d.country = m.country;
  if (m.target && !d.target) d.target = m.target;
  if (m.elsewhere && d.sentences.length === 0) d.elsewhere = true;
  if (!d.sentences.includes(m.sentence)) d.sentences.push(m.sentence);
  d.spans.push({ sentence: m.sentence, start: m.trigger.start, end: m.trigger.end });
}

function draftOf(m: Mention): Draft {
  const d: Draft = { kind: m.trigger.kind, word: m.trigger.word, group: m.trigger.group, sentences: [], spans: [] };
  absorb(d, m);
  return d;
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** A short human label built from the facts ("Rally in front of the Iranian regime’s embassy, Paris"). */
function labelOf(d: Draft): string {
  const kind = capitalise(d.kind);
  if (d.name) return d.city && !d.name.includes(d.city) ? `${d.name}, ${d.city}` : d.name;
  if (d.group === 'uprising') {
    const when = d.date && d.date.month !== undefined ? `${MONTHS[d.date.month - 1]}${d.date.year !== undefined ? ` ${d.date.year}` : ''} ` : '';
    const where = d.country ? ` in ${d.country}` : d.city ? ` in ${d.city}` : '';
    return `${when ? capitalise(when) + 'uprising' : 'Uprising'}${where}`;
  }
  if (d.group === 'violence' && d.target) {
    if (/^massacre/i.test(d.word)) return `Massacre ${d.target.prep === 'of' ? 'of' : d.target.prep} ${d.target.target}`;
    const prep = d.kind === 'bombardment' ? 'of' : d.target.prep === 'of' ? 'on' : d.target.prep;
    const city = d.city && !d.target.target.includes(d.city) ? `, ${d.city}` : '';
    return `${kind} ${prep} ${d.target.target}${city}`;
  }
  if (d.venue) {
    const the = d.venue.determiner ? `${d.venue.determiner} ` : '';
    const city = d.city && !d.venue.venue.includes(d.city) ? `, ${d.city}` : '';
    const prep = d.venue.prep === 'in' && /\p{Lu}/u.test(d.venue.venue) ? 'at' : d.venue.prep;
    return `${kind} ${prep} ${the}${d.venue.venue}${city}`;
  }
  if (d.city) return `${kind} in ${d.city}`;
  if (d.country) return `${kind} in ${d.country}`;
  return kind;
}

const PLACE_NAME = String.raw`\p{Lu}[\p{L}’'-]+(?:\s\p{Lu}[\p{L}’'-]+)?`;
const CITY_LIST = new RegExp(String.raw`^\s+(?:(?:were|was|have been|had been)\s+(?:also\s+)?held\s+|(also\s+)(?:held\s+)?)?in\s+(${PLACE_NAME}(?:,\s*${PLACE_NAME})*,?\s+and\s+${PLACE_NAME})`, 'u');

/**
 * The cities of a list right after a plural trigger ("in Berlin, London, Paris and Stockholm"); countries left out.
 * `elsewhere`: the list is of gatherings "also held in" other cities than the one the report is about.
 */
function cityList(after: string): { cities: string[]; elsewhere: boolean } {
  const m = CITY_LIST.exec(after);
  if (!m?.[2]) return { cities: [], elsewhere: false };
  const elsewhere = !!m[1] || /^\s+(?:were|was|have been|had been)\s+also\b/.test(after);
  const cities = m[2]
    .split(/,\s*(?:and\s+)?|\s+and\s+/)
    .map((c) => c.trim())
    .filter((c) => c && !isCountry(c));
  return { cities, elsewhere };
}

/** Places named near a trigger: the clause around it, outside the purpose phrase. */
function placesNear(m: Mention, text: string, triggers: Trigger[], purposeSpan?: { start: number; end: number }): void {
  // (A town in an opening clause of another happening is that one's, when the trigger stands after the clause.)
  const opener = OTHER_HAPPENING_OPENER.exec(text);
  const openerEnd = opener && m.trigger.start >= opener[0].length ? opener[0].length : 0;
  const lo = Math.max(openerEnd, m.trigger.start - 90);
  const hi = Math.min(text.length, m.trigger.end + 130);
  // A place attaches to the happening named before it ("a conference … in Brussels called for … the 1988 massacre"),
  // or, when none precedes it, to the nearest one after it.
  const competitors = triggers.filter((t) => t.group !== 'uprising' && outsidePurpose(t.start));
  const owner = (span: { start: number; end: number }): Trigger | undefined => {
    const before = competitors.filter((t) => t.end <= span.start);
    if (before.length > 0) return before.reduce((a, b) => (b.start > a.start ? b : a));
    return competitors.reduce<Trigger | undefined>((a, b) => (!a || gap(b, span) < gap(a, span) ? b : a), undefined);
  };
  const nearest = (span: { start: number; end: number }): boolean => {
    const o = owner(span);
    return !o || o === m.trigger || o.group === m.trigger.group;
  };
  function outsidePurpose(s: number): boolean {
    return !purposeSpan || s < purposeSpan.start || s >= purposeSpan.end;
  }
  const venue = findVenues(text).find((v) => v.start >= lo && v.start < hi && outsidePurpose(v.start) && nearest(v));
  if (venue && m.trigger.group !== 'uprising') {
    m.venue = { venue: venue.venue, prep: venue.prep, determiner: venue.determiner };
    if (venue.city) m.city = venue.city;
    // "in Berlin's Bebelplatz": the town owning the venue is where it is, not a town named further on.
    const owner = /^(\p{Lu}[\p{L}-]+)[’']s\s/u.exec(venue.venue)?.[1];
    if (!venue.city && owner && !isCountry(owner) && findCities(`${owner}'s Square`).length) m.city = owner;
  }
  if (!m.city && m.trigger.group !== 'uprising') {
    const cities = findCities(text).filter((c) => c.start >= lo && c.start < hi && outsidePurpose(c.start) && nearest(c) && (!venue || c.start < venue.start || c.start >= venue.end));
    cities.sort((a, b) => gap(m.trigger, a) - gap(m.trigger, b));
    if (cities[0]) m.city = cities[0].city.replace(/^(?:downtown|central)\s+/i, '');
    if (cities[0] && venue && m.venue && /^\s+in\s+$/.test(text.slice(venue.end, cities[0].start))) m.venue.within = cities[0].city;
  }
  if (m.trigger.group === 'uprising') {
    const before = text.slice(Math.max(0, m.trigger.start - 20), m.trigger.start);
    const named = /(\p{Lu}[\p{L}]+)\s+$/u.exec(before);
    const after = /^\s+in\s+(\p{Lu}[\p{L}]+)/u.exec(text.slice(m.trigger.end, m.trigger.end + 30));
    if (named?.[1] && isCountry(named[1])) m.country = named[1];
    else if (after?.[1] && isCountry(after[1])) m.country = after[1];
  }
  if (m.trigger.group === 'violence') {
    const target = findTarget(text, m.trigger.end, /ed$/i.test(m.trigger.word));
    if (target) m.target = target;
    // "aircraft bombarded Douma on Monday", "the shelling of Ariha": a town named right after the deed is where it hit.
    if (!m.city) {
      const named = /^\s+(?:of\s+|on\s+|in\s+)?(\p{Lu}[\p{L}'’-]+(?:\s+(?:al-|el-)?\p{Lu}[\p{L}'’-]+){0,2})/u.exec(text.slice(m.trigger.end, m.trigger.end + 60));
      const name = named?.[1];
      if (name && !/^(?:On|In|At|The|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/.test(name) && !isCountry(name)) m.city = name;
    }
  }
}

/**
 * A town the article places something in, named with a gathering that has none of its own: before it ("at the Brenn
 * rally") or closing the sentence after its purpose ("Protesters rally in support of Valdor in Brenn.").
 */
function cityOfArticle(text: string, m: Mention, purpose: { start: number; end: number } | undefined, cities: Set<string>): string | undefined {
  const before = /\bthe\s+(\p{Lu}[\p{L}'’-]+)\s+$/u.exec(text.slice(Math.max(0, m.trigger.start - 40), m.trigger.start))?.[1];
  if (before && cities.has(before)) return before;
  if (!purpose || purpose.start < m.trigger.end) return undefined;
  const said = text.slice(purpose.start, purpose.end);
  // (Only a cause the crowd supports: "… organised by the Association to Defend Rights in Valdor-Norland" names a body.)
  if (!/^\s*(?:in support of|in solidarity with)\s/i.test(said)) return undefined;
  const last = /\bin\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s*[.!]?\s*$/u.exec(said)?.[1];
  return last && cities.has(last) && !isCountry(last) ? last : undefined;
}

/** Extracts the events of one article (ids `${article.id}:e1`, …); speakers are linked by `extractArticle`. */
export function extractEvents(nlp: Nlp, article: Article, sentences: Sentence[], people: PeopleResult, _quotes: Quote[]): EventRecord[] {
  const ref = referenceDate(article, sentences);
  const quoteSpans = findQuoteSpans(article);
  const drafts: Draft[] = [];

  let sectionDate: FuzzyDate | undefined;
  // The towns the article places anything in ("in Brenn"), read once when a gathering has no town of its own.
  let known: Set<string> | undefined;
  const cities = (): Set<string> => (known ??= new Set(sentences.flatMap((s) => findCities(s.text).map((c) => c.city))));
  for (const sentence of sentences) {
    checkDeadline();
    const text = sentence.text;
    const dated = headingDate(text, ref);
    if (dated) {
      sectionDate = dated;
      continue;
    }
    if (isHeadline(text)) continue;
    const triggers = findTriggers(text, (o) => insideQuote(quoteSpans, sentence.start + o) !== undefined);
    if (triggers.length === 0) continue;
    // A dateline opening the sentence's paragraph ("Stockholm, Sweden – March 1, 2026 — In the early hours of
    // March 1, …", deep in a page of several items) dates what the paragraph tells: its year goes to yearless days.
    const found = findDates(text, sectionDate ?? ref, 'text');
    const ownDateline = found.find((d) => d.date.precision === 'day' && d.date.yearStated && isDateline(article, sentence, d))?.date;
    const sentenceRef = ownDateline ?? sectionDate ?? ref;
    // ("date 2025-03-15 Washington, DC, March 8, 2025 – … marched": the page's date field is no date of the march.)
    const dates = datesTold(text, ownDateline ? findDates(text, sentenceRef, 'text') : found).filter((d) => !isDateline(article, sentence, d) && !ignoredDate(article, d, sentence) && d.date.precision !== 'unknown' && !dateOfAnOccasionBeside(text, d.start, d.end));
    if (sentenceRef && sentenceRef.precision === 'day' && DAY_NEWS.test(text)) {
      const m = DAY_NEWS.exec(text)!;
      if (!insideQuote(quoteSpans, sentence.start + m.index)) dates.push({ date: { ...sentenceRef, source: 'article-date', text: m[0] }, start: m.index, end: m.index + m[0].length });
    }
    // A dated report's lead (its first paragraph, or the one after a dateline line) telling its gathering as just done or under way, with no day of its own ("Over 100,000
    // Iranians have rallied in a grand gathering in Paris", "crowds are gathering outside the embassy"): the report's day.
    else if (ref && ref.precision === 'day' && ref.yearStated && !dates.length && sentence.paragraph <= (sentences[0]?.paragraph ?? 0) + 1) {
      const m = LEAD_UNDER_WAY.exec(text);
      if (m && !insideQuote(quoteSpans, sentence.start + m.index)) dates.push({ date: { ...ref, source: 'article-date', text: m[0] }, start: m.index, end: m.index + m[0].length });
    }
    // ("Coinciding with the gathering … in Auvers, a rally … took place in Vauban Square": the happening of the opening
    // clause is the setting of the sentence's own, not a part of it.)
    const opener = OTHER_HAPPENING_OPENER.exec(text);
    const setting = opener && triggers.some((t) => t.start >= opener[0].length) ? opener[0].length : 0;
    const mentions: Mention[] = triggers.filter((trigger) => trigger.start >= setting).map((trigger) => {
      const name = eventName(text, trigger);
      return name ? { trigger, sentence, name } : { trigger, sentence };
    });
    // Each date goes to the nearest trigger that may take it; each trigger keeps its most precise date.
    const byTrigger = new Map<Mention, FoundDate[]>();
    for (const d of dates) {
      const takers = mentions.filter((m) => accepts(m.trigger, text, d)).sort((a, b) => gap(a.trigger, d) - gap(b.trigger, d));
      const taker = takers[0];
      if (!taker) continue;
      // "the November 2019 and January 2020 uprisings": a plural wave takes every adjacent date.
      byTrigger.set(taker, [...(byTrigger.get(taker) ?? []), d]);
    }
    const expanded: Mention[] = [];
    for (const m of mentions) {
      const ds = byTrigger.get(m) ?? [];
      if (m.trigger.group === 'uprising' && ds.length === 0) {
        const bare = MONTH_WORD.exec(text.slice(Math.max(0, m.trigger.start - 12), m.trigger.start));
        if (bare?.[1]) {
          const resolved = findDates(`in ${bare[1]}`, ref, 'text')[0];
          if (resolved) ds.push({ ...resolved, start: m.trigger.start - bare[0].length, end: m.trigger.start });
        }
      }
      if (m.trigger.group === 'uprising' && m.trigger.plural && ds.length > 1) {
        for (const d of ds) expanded.push({ ...m, date: d.date });
        continue;
      }
      const best = [...ds].sort((a, b) => rankDate(b.date) - rankDate(a.date) || gap(m.trigger, a) - gap(m.trigger, b))[0];
      if (best) m.date = best.date;
      // An entry of a live report happened on the day its section is dated.
      else if (sectionDate && isTimestamped(text) && m.trigger.group === 'assembly') m.date = { ...sectionDate, source: 'text' };
      expanded.push(m);
    }
    const purpose = findPurpose(text);
    // "rallies in Berlin, London and Paris": one gathering per city named.
    for (const m of [...expanded]) {
      if (m.trigger.group !== 'assembly' || !m.trigger.plural) continue;
      const { cities, elsewhere } = cityList(text.slice(m.trigger.end, m.trigger.end + 200));
      if (cities.length < 2) continue;
      expanded.splice(expanded.indexOf(m), 1, ...cities.map((city) => (elsewhere ? { ...m, city, elsewhere } : { ...m, city })));
    }
    for (const m of expanded) {
      placesNear(m, text, triggers, purpose ? { start: purpose.start, end: purpose.end } : undefined);
      if (!m.city && m.trigger.group === 'assembly') {
        const named = cityOfArticle(text, m, purpose, cities());
        if (named) m.city = named;
      }
      // A reference back ("this rally") joins the latest event of its group; a new mention must agree in date and place.
      let target: Draft | undefined;
      // ("… cited the foiled attack on an exile rally in Tarnow": a gathering named as what an attack or plot targeted
      // is a happening of its own, not the conference of another kind the report tells of.)
      const targeted = m.trigger.group === 'assembly' && !m.trigger.anaphoric && ATTACK_TARGETING.test(text.slice(Math.max(0, m.trigger.start - 80), m.trigger.start));
      for (let i = drafts.length - 1; i >= 0 && !target; i--) {
        const d = drafts[i]!;
        if (d.group !== m.trigger.group) continue;
        if (targeted && d.kind !== m.trigger.kind) continue;
        // (A gathering "also held in" another city is not the one a later sentence tells of without naming its city.)
        if (d.elsewhere && !m.city) continue;
        if (m.trigger.anaphoric && !m.date) target = d;
        else if (compatible(d, m)) target = d;
      }
      if (!target && m.trigger.kind === 'other') continue;
      if (target) {
        if (m.trigger.anaphoric && !m.date && !compatible(target, m)) {
          delete m.city;
          delete m.venue;
        }
        absorb(target, m);
      } else drafts.push(draftOf(m));
    }
  }

  return drafts.map((d, i) => toRecord(nlp, article, sentences, people, d, `${article.id}:e${i + 1}`));
}

/** "the foiled attack on an exile", "a bomb plot targeting the": an attack or plot aimed at the gathering named next. */
const ATTACK_TARGETING = /\b(?:attacks?|plots?|bombings?|assaults?|raids?)\s+(?:on|against|targeting|targetting|aimed at)\s+(?:an?|the)\s+(?:[\p{L}’'-]+\s+){0,3}$/iu;

/** A dateline city written in capitals ("NEW YORK") in its usual form ("New York"). */
function cityName(city: string): string {
  if (city.length < 4 || city !== city.toUpperCase() || !/\p{Lu}{3}/u.test(city)) return city;
  return city.toLowerCase().replace(/(^|[\s-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

function occurrences(text: string, word: string): number {
  return text.split(word).length - 1;
}

function toRecord(nlp: Nlp, article: Article, all: Sentence[], people: PeopleResult, d: Draft, id: string): EventRecord {
  const sources: Provenance[] = d.sentences.map((s) => ({ articleId: article.id, sentence: s.index, start: s.start, end: s.end }));
  const record: EventRecord = { id, kind: d.kind, label: '', organisers: [], speakers: [], sources };
  if (d.date) record.date = d.date;
  if (d.group === 'assembly') {
    let explicit = d.sentences.flatMap((s) => findOrganisers(s.text));
    if (explicit.length === 0) explicit = d.sentences.flatMap((s) => findHolders(s.text));
    const supporters = explicit.length > 0 ? [] : d.sentences.flatMap((s) => findSupporterGroups(s.text));
    record.organisers = [...new Set([...explicit, ...supporters])];
    const sizes = extractFigures(nlp, article, d.sentences, { speakers: [], mentions: [] }, []).filter((f) => f.measure === 'attendance');
    const size = sizes[0];
    if (size) {
      const amount: Amount = { text: `${size.text}${size.counted ? `${/s$/i.test(size.text) ? ' of' : ''} ${size.counted}` : ''}` };
      if (size.value !== undefined) amount.value = size.value;
      if (size.lower !== undefined) amount.lower = size.lower;
      if (size.upper !== undefined) amount.upper = size.upper;
      record.size = amount;
    }
    for (const s of d.sentences) {
      const p = findPurpose(s.text);
      if (p) {
        record.purpose = p.text;
        break;
      }
    }
    const inLead = d.sentences.some((s) => s.paragraph === (all[0]?.paragraph ?? 0));
    if (!d.city && article.dateline && inLead) d.city = article.dateline;
    // "NEW YORK — … outside the United Nations headquarters in Manhattan": a place named once, right after the venue
    // of the lead event, is part of the dateline city rather than another city.
    const within = d.venue?.within;
    if (within && d.city === within && article.dateline && inLead && cityName(article.dateline).toLowerCase() !== within.toLowerCase() && occurrences(article.text, within) === 1) {
      d.venue = { ...d.venue!, venue: `${d.venue!.venue}, ${within}` };
      d.city = article.dateline;
    }
  }
  // A common-noun venue keeps its article ("the Iranian regime’s embassy"); a name does not ("French National Assembly").
  const head = d.venue?.venue.split(/\s+/).at(-1) ?? '';
  if (d.venue) record.venue = d.venue.determiner && !/^\p{Lu}/u.test(head) ? `${d.venue.determiner} ${d.venue.venue}` : d.venue.venue;
  else if (d.target && d.group === 'violence') record.venue = d.target.target;
  if (d.city) {
    d.city = cityName(d.city);
    record.city = d.city;
  }
  if (d.country) record.country = d.country;
  record.label = labelOf(d);
  void people;
  return record;
}
