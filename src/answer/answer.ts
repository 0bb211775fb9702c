import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Citation, EventRecord, Figure, FuzzyDate, Intent, Provenance, Quote, Sentence, Speaker } from '../domain/types.ts';
import { dateSpan, findDates, formatDate } from '../dates/index.ts';
import { inVocab, lexiconOf } from '../understand/lexicon.ts';
import { isMeasureWord, measureNoun, measureOf, measurePhrase } from '../understand/measures.ts';
import { questionYears, dateMatchesRange } from '../understand/question-dates.ts';
import { contentStems, fold, normalizeNumberWord, stem, STOP, words } from '../understand/text.ts';
import { unknownTerms } from '../understand/understand.ts';
import {
  clip,
  eventPhrase,
  figureSource,
  joinList,
  midSentence,
  overlap,
  personWithRole,
  placePhrase,
  sentenceAt,
  sourceOf,
  StemSet,
} from './evidence.ts';
import { placeConflict, rankEvents, SCAFFOLD_STEMS, topEvents, type RankedEvent } from './event-match.ts';
import { figureContext, figureDates, findArticles, timeline } from './lookups.ts';
import { memo } from './memo.ts';
import { hasDateWords, peopleInSentence, pickPassages, stemSet, type PassagePick } from './passages.ts';

const MAX_CITATIONS = 5;

function citeAll(index: ArchiveIndex, provs: Array<Provenance | undefined>): Citation[] {
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

function provOf(articleId: string, s: Sentence): Provenance {
  return { articleId, sentence: s.index, start: s.start, end: s.end };
}

function answered(intent: Intent, text: string, citations: Citation[]): Answer {
  if (citations.length === 0) return notAnswered(intent, 'The archive holds nothing that answers this.');
  return { question: intent.question, answered: true, intent: intent.kind, text, citations };
}

function notAnswered(intent: Intent, text: string, suggestions: string[] = []): Answer {
  const a: Answer = { question: intent.question, answered: false, intent: intent.kind, text, citations: [] };
  if (suggestions.length) {
    a.suggestions = suggestions;
    a.text = `${text} Closest in the archive: ${suggestions.slice(0, 3).join('; ')}.`;
  }
  return a;
}

function eventSuggestion(e: EventRecord): string {
  const d = e.date && e.date.precision !== 'unknown' ? ` (${formatDate(e.date)})` : '';
  return `${e.label}${d}`;
}

/** The closest things the archive holds: events like the ones asked about, and people with statements. */
function suggestionsFor(intent: Intent, index: ArchiveIndex): string[] {
  const out: string[] = [];
  const ranked = rankEvents(index, { stems: contentStems(intent.question), ...(intent.slots.eventKinds ? { kinds: intent.slots.eventKinds } : {}) });
  for (const r of ranked.slice(0, 3)) out.push(eventSuggestion(r.event));
  if (out.length < 2) {
    for (const e of timeline(index, {}).slice(-3)) if (!out.includes(eventSuggestion(e))) out.push(eventSuggestion(e));
  }
  if (intent.kind === 'quote' || intent.kind === 'role' || intent.kind === 'who') {
    const quoted = [...index.data.speakers]
      .map((s) => [s, index.data.quotes.filter((q) => q.speakerId === s.id).length] as const)
      .filter(([, n]) => n > 0)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([s]) => `statements by ${s.name}`);
    out.unshift(...quoted.slice(0, 2));
  }
  return [...new Set(out)].slice(0, 5);
}

/**
 * Answers an intent from the index: one or two sentences stating the fact, then the supporting sentences as
 * citations; `answered: false` with suggestions when the archive does not hold the answer.
 */
export function answerIntent(intent: Intent, index: ArchiveIndex): Answer {
  const q = intent.question ?? '';
  if (!/\p{L}/u.test(q)) {
    return notAnswered(
      intent,
      'Ask a question about the archive in words, for example who spoke at a rally, what someone said, or how many were arrested.',
      suggestionsFor(intent, index),
    );
  }
  const lex = lexiconOf(index);
  const missingYears = questionYears(q).filter((y) => !lex.years.has(y));
  if (missingYears.length) {
    return notAnswered(intent, `The archive has nothing from ${joinList(missingYears.map(String))}.`, suggestionsFor(intent, index));
  }
  const unknown = unknownTerms(q, index);
  if (unknown.length) {
    return notAnswered(intent, `The archive has nothing on ${joinList(unknown.slice(0, 3).map((w) => clip(w, 40)))}.`, suggestionsFor(intent, index));
  }
  if (intent.slots.unknownPeople?.length && !intent.slots.people?.length) {
    return notAnswered(intent, `The archive has nothing on ${joinList(intent.slots.unknownPeople.slice(0, 3).map((w) => clip(w, 40)))}.`, suggestionsFor(intent, index));
  }
  let a: Answer | undefined;
  switch (intent.kind) {
    case 'howmany':
      a = answerHowMany(intent, index);
      break;
    case 'who':
      a = answerWho(intent, index);
      break;
    case 'role':
      a = answerRole(intent, index);
      break;
    case 'quote':
      a = answerQuote(intent, index);
      break;
    case 'when':
      a = answerWhen(intent, index);
      break;
    case 'where':
      a = answerWhere(intent, index);
      break;
    case 'timeline':
      a = answerTimeline(intent, index);
      break;
    case 'mentions':
      a = answerMentions(intent, index);
      break;
    case 'search': {
      // A free question is only answered when the archive uses its content words ("weather" → nothing).
      const foreign = words(q).filter((w) => w.length >= 4 && !STOP.has(w) && !ASKING_WORDS.has(w) && !inVocab(lex, w) && !/^\d+$/.test(w));
      if (foreign.length) return notAnswered(intent, `The archive has nothing on ${joinList(foreign.slice(0, 3).map((w) => clip(w, 40)))}.`, suggestionsFor(intent, index));
      a = describeEvent(intent, index) ?? answerFromPassages(intent, index, {});
      break;
    }
  }
  if (a) return a;
  const m = intent.slots.measure;
  const what = intent.kind === 'howmany' && m ? `no figure for ${measureNoun(m)} that answers` : 'nothing that answers';
  return notAnswered(intent, `The archive has ${what} “${clip(q, 120)}”.`, suggestionsFor(intent, index));
}

// ---------------------------------------------------------------------------------------------------------------
// passages

function quoteSentence(index: ArchiveIndex, pick: PassagePick): string {
  return `According to ${sourceOf(index.article(pick.articleId))}: “${clip(pick.sentence.text, 400)}”`;
}

function answerFromPassages(
  intent: Intent,
  index: ArchiveIndex,
  opts: { ignore?: ReadonlySet<string>; must?: (s: Sentence) => boolean; articleIds?: string[] },
): Answer | undefined {
  const picks = pickPassages(index, intent.question, {
    ignore: opts.ignore ?? stemSet(['what', 'tell', 'know', 'about', 'archive', 'say', 'anything', 'info', 'information']),
    ...(opts.must ? { must: opts.must } : {}),
    ...(opts.articleIds ? { articleIds: opts.articleIds } : {}),
  });
  const top = picks[0];
  if (!top) return undefined;
  const provs: Provenance[] = [provOf(top.articleId, top.sentence)];
  if (top.neighbour) provs.push(provOf(top.articleId, top.neighbour));
  for (const p of picks.slice(1, 3)) provs.push(provOf(p.articleId, p.sentence));
  return answered(intent, quoteSentence(index, top), citeAll(index, provs));
}

// ---------------------------------------------------------------------------------------------------------------
// events

function eventQueryOf(intent: Intent) {
  const s = intent.slots;
  return {
    ...(s.places ? { places: s.places } : {}),
    ...(s.range ? { range: s.range } : {}),
    ...(s.eventKinds ? { kinds: s.eventKinds } : {}),
    ...(s.people ? { people: s.people } : {}),
    stems: contentStems(intent.question),
  };
}

function matchedEvents(intent: Intent, index: ArchiveIndex, minScore = 2, usable?: (e: EventRecord) => boolean): RankedEvent[] {
  const ranked = rankEvents(index, eventQueryOf(intent));
  if (!usable) return topEvents(ranked, minScore);
  // Only events that can answer compete (an undated event cannot say when), but not ones far behind the best match.
  const best = ranked[0]?.score ?? 0;
  return topEvents(ranked.filter((r) => usable(r.event) && r.score >= best * 0.6), minScore);
}

const isDated = (e: EventRecord): boolean => !!e.date && e.date.precision !== 'unknown';

function capitalise(s: string): string {
  return s ? (s[0] as string).toUpperCase() + s.slice(1) : s;
}

function distinctDates(events: EventRecord[]): boolean {
  return new Set(events.map((e) => e.date?.iso ?? '')).size > 1;
}

const WHEN_IGNORE = stemSet(['when', 'date', 'day', 'time', 'year', 'month', 'happen', 'happened', 'take', 'place', 'held', 'exactly', 'what']);

function answerWhen(intent: Intent, index: ArchiveIndex): Answer | undefined {
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
  return answerFromPassages(intent, index, { ignore: WHEN_IGNORE, must: hasDateWords }) ??
    (describe ? answerFromPassages(intent, index, { ignore: WHEN_IGNORE }) : undefined);
}

/** Words that frame a free question without naming its subject. */
const ASKING_WORDS: ReadonlySet<string> = new Set(
  'purpose reason reasons aim aims goal goals detail details information info summary summarize summarise describe description explain overview background context anything something everything'.split(' '),
);

/** "tell me about the Trocadero rally": the best-matching event, described by its date, place and sentence. */
function describeEvent(intent: Intent, index: ArchiveIndex): Answer | undefined {
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
function dateFromSentences(index: ArchiveIndex, e: EventRecord): { date: FuzzyDate; prov: Provenance } | undefined {
  for (const src of e.sources.slice(0, 3)) {
    const a = index.article(src.articleId);
    const s = sentenceAt(index, src);
    if (!a || !s) continue;
    const ref = a.date.precision !== 'unknown' ? a.date : undefined;
    const found = findDates(s.text, ref).filter((d) => d.date.precision === 'day' && d.date.iso !== a.date.iso);
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

function answerWhere(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const ranked = matchedEvents(intent, index, 2.5, (e) => !!placePhrase(e));
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
  return answerFromPassages(intent, index, { ignore: WHERE_IGNORE });
}

// ---------------------------------------------------------------------------------------------------------------
// who

const WHO_IGNORE = stemSet(['who', 'which', 'spoke', 'speak', 'speaker', 'speakers', 'name', 'names', 'attend', 'address', 'list']);
const HARM = /\b(kill|killed|die|died|dead|murder|murdered|martyr|martyred|execut|executed|arrest|arrested|detain|detained|injur|injured|wound|wounded|shot|hang|hanged|jail|jailed|imprison|imprisoned|abduct|kidnap)\w*\b/;
const ORGANISER = /\b(organi[sz]\w*|behind|host\w*|sponsor\w*|call(ed)? for the|convened?|initiat\w*|invit\w*)\b/;
const ORGANISER_CUE = /\b(organi[sz]\w*|invitation|invited|initiative|hosted|sponsored|convened|called by|at the call|on the call|coordinat\w*)\b/i;

function speakersOf(index: ArchiveIndex, e: EventRecord): Speaker[] {
  return e.speakers.map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
}

function mentionIn(s: Speaker, articleIds: Set<string>): Provenance | undefined {
  return s.roles.find((r) => articleIds.has(r.source.articleId))?.source ?? s.mentions.find((m) => articleIds.has(m.articleId));
}

function answerWho(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const q = fold(intent.question);
  if (ORGANISER.test(q)) return answerOrganiser(intent, index);
  if (HARM.test(q) && !/\b(spoke|speak|speakers?|addressed)\b/.test(q)) return answerNames(intent, index);
  const ranked = matchedEvents(intent, index, 2);
  const withSpeakers = matchedEvents(intent, index, 2, (e) => e.speakers.length > 0);
  if (withSpeakers.length) {
    const qStems = contentStems(intent.question).filter((s) => !SCAFFOLD_STEMS.has(s) || s === stem('former'));
    let evs = withSpeakers.slice(0, 3).map((r) => r.event);
    // "Which former senator spoke…": keep the speakers whose stated role carries the question's role words.
    const all = evs.flatMap((e) => speakersOf(index, e));
    const eventWords = new StemSet(evs.map((e) => `${e.label} ${e.venue ?? ''} ${e.city ?? ''}`).join(' '));
    const roleWords = qStems.filter((st) => !eventWords.has(st) && all.some((p) => p.roles.some((r) => new StemSet(r.text).has(st))));
    const roleScore = (p: Speaker) => Math.max(0, ...p.roles.map((r) => overlap(roleWords, r.text)));
    const bestRole = roleWords.length ? Math.max(0, ...all.map(roleScore)) : 0;
    const keep = (p: Speaker) => bestRole === 0 || roleScore(p) === bestRole;
    if (bestRole > 0) evs = evs.filter((e) => speakersOf(index, e).some(keep));
    const blocks: string[] = [];
    const provs: Provenance[] = [];
    for (const e of evs) {
      const listed = listedParticipants(index, e).filter((p) => !e.speakers.includes(p.s.id));
      provs.push(...listed.map((l) => l.prov));
      const people = [...speakersOf(index, e), ...listed.map((l) => l.s)].filter(keep);
      const articleIds = new Set(e.sources.map((s) => s.articleId));
      provs.push(...people.map((p) => mentionIn(p, articleIds)).filter((p): p is Provenance => !!p));
      provs.push(...e.sources.slice(0, 1));
      const names = joinList(people.map(personWithRole));
      blocks.push(people.length === 1 ? `${names} spoke at ${eventPhrase(e)}.` : `Speakers at ${eventPhrase(e)}: ${names}.`);
    }
    const lead = evs.length > 1 ? `${evs.length} events match. ` : '';
    return answered(intent, `${lead}${blocks.join(' ')}`, citeAll(index, provs));
  }
  const articleIds = ranked.length ? [...new Set(ranked.flatMap((r) => r.event.sources.map((s) => s.articleId)))] : undefined;
  // An event matched: answer from its own report, never from a sentence about another event.
  if (articleIds) return quotedAtEvent(intent, index, ranked) ?? answerNames(intent, index, articleIds) ?? unnamedSpeakers(intent, index, ranked);
  return answerNames(intent, index);
}

const GATHERINGS: ReadonlySet<string> = new Set(['rally', 'demonstration', 'protest', 'gathering', 'conference', 'meeting', 'commemoration']);

/**
 * Whether another event in the same report could be where a speech took place instead: a gathering at another
 * place around the same days. A bare "Rally" with no place is another mention of this one; a months-old protest
 * the report recalls is background.
 */
function competes(x: EventRecord, e: EventRecord): boolean {
  if (x.id === e.id || !GATHERINGS.has(x.kind) || !(x.venue || x.city)) return false;
  if (fold(`${x.venue ?? ''} ${x.city ?? ''}`) === fold(`${e.venue ?? ''} ${e.city ?? ''}`)) return false;
  const a = x.date ? dateSpan(x.date) : undefined;
  const b = e.date ? dateSpan(e.date) : undefined;
  if (!a || !b) return true;
  const gap = Math.abs(Date.parse(a.from) - Date.parse(b.from)) / 86_400_000;
  return gap <= 7;
}

const LIST_HEAD = /^(participants|speakers|attendees|guests|panelists|panellists|those (present|attending|taking part)|among (the )?(speakers|participants|guests)|the (speakers|participants|panel) (included|were))\b[^.]*:\s*$/i;

/** People named in a "Participants included:" list in the event's report (the lines under the heading). */
function listedParticipants(index: ArchiveIndex, e: EventRecord): Array<{ s: Speaker; prov: Provenance }> {
  const out: Array<{ s: Speaker; prov: Provenance }> = [];
  const articles = [...new Set(e.sources.map((p) => p.articleId))];
  for (const articleId of articles) {
    // Only a report about this one gathering: otherwise the list may belong to another.
    if (index.data.events.some((x) => x.sources.some((p) => p.articleId === articleId) && competes(x, e))) continue;
    const sents = index.sentencesOf(articleId);
    const head = sents.findIndex((x) => LIST_HEAD.test(x.text.trim()));
    if (head < 0) continue;
    for (let i = head + 1; i < sents.length && i <= head + 30; i++) {
      const line = sents[i] as Sentence;
      if (line.text.split(/\s+/).length > 16 || /[“"”]/.test(line.text)) break;
      const people = peopleInSentence(index, articleId, line);
      if (!people.length) break;
      for (const sp of people) if (!out.some((o) => o.s.id === sp.id)) out.push({ s: sp, prov: provOf(articleId, line) });
    }
  }
  return out;
}

const ADDRESSED = /\b(told (the|a) (rally|crowd|gathering|demonstrat\w*|protesters|conference|audience|participants|meeting|commemoration)|addressed|spoke at|in (his|her) speech|took the floor)\b/i;

/** The people the event's own report quotes in person (not banners or tweets), when extraction linked nobody to it. */
function quotedAtEvent(intent: Intent, index: ArchiveIndex, ranked: RankedEvent[]): Answer | undefined {
  const top = ranked[0];
  if (!top || top.score < 3 || ranked.length > 1) return undefined;
  const e = top.event;
  const articles = new Set(e.sources.map((p) => p.articleId));
  const otherEvents = index.data.events.filter((x) => x.sources.some((p) => articles.has(p.articleId)) && competes(x, e));
  // A report about several gatherings cannot tell whose speech belongs where.
  if (otherEvents.length) return undefined;
  const found: Array<{ s: Speaker; prov: Provenance }> = [];
  for (const sp of index.data.speakers) {
    const q = index.data.quotes.find(
      (x) => x.speakerId === sp.id && articles.has(x.source.articleId) && (x.kind === 'direct' || x.kind === 'indirect'),
    );
    const m = sp.mentions.find((x) => articles.has(x.articleId) && ADDRESSED.test(sentenceAt(index, x)?.text ?? ''));
    const prov = m ?? q?.source;
    if (prov) found.push({ s: sp, prov });
  }
  if (!found.length) return undefined;
  found.sort((a, b) => a.prov.start - b.prov.start);
  const names = joinList(found.map((f) => personWithRole(f.s)));
  const text = `${sourceOf(index.article(found[0]!.prov.articleId))} quotes these speakers at ${eventPhrase(e)}: ${names}.`;
  return answered(intent, text, citeAll(index, [...found.map((f) => f.prov), ...e.sources.slice(0, 1)]));
}

const SPEECH_CUE = /\b(speech|speeches|speakers?|spoke|addressed|address|remarks|message|took the floor|participated|attended)\b/i;

/** A matched event whose report names no individual speaker: say so, with the sentence that describes who took part. */
function unnamedSpeakers(intent: Intent, index: ArchiveIndex, ranked: RankedEvent[]): Answer | undefined {
  const top = ranked[0];
  if (!top || top.score < 3 || ranked.length > 1) return undefined;
  const e = top.event;
  for (const src of e.sources.slice(0, 3)) {
    const sents = index.sentencesOf(src.articleId);
    for (let i = Math.max(0, src.sentence - 1); i <= src.sentence + 5 && i < sents.length; i++) {
      const s = sents[i];
      if (!s || !SPEECH_CUE.test(s.text)) continue;
      const text = `The archive names no individual speaker at ${eventPhrase(e)}; ${sourceOf(index.article(src.articleId))} says: “${clip(s.text, 360)}”`;
      return answered(intent, text, citeAll(index, [provOf(src.articleId, s), src]));
    }
  }
  return undefined;
}

const ORGANISED_BY =
  /\b(?:organi[sz]ed by|at the invitation of|on the invitation of|invited by|hosted by|called by|sponsored by|convened by|at the call of|on the initiative of|an initiative of)\s+(?:the\s+)?(“|")?([A-Z][\p{L}'’.-]*(?:\s+(?:of|for|a|the|and|in|de|du|des|d’|for a)?\s*[A-Z][\p{L}'’.-]*)*)/u;

/** The organiser a sentence near the event names ("at the invitation of the X", "organised by X"). */
function organiserFromText(index: ArchiveIndex, e: EventRecord): { name: string; prov: Provenance } | undefined {
  for (const src of e.sources.slice(0, 3)) {
    const sents = index.sentencesOf(src.articleId);
    for (let i = src.sentence; i <= src.sentence + 4 && i < sents.length; i++) {
      const s = sents[i];
      if (!s) continue;
      const m = ORGANISED_BY.exec(s.text);
      const name = m?.[2]?.replace(/[’'.]+$/, '').trim();
      if (name && name.split(/\s+/).length <= 12) return { name, prov: provOf(src.articleId, s) };
    }
  }
  return undefined;
}

function answerOrganiser(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const ranked = matchedEvents(intent, index, 2);
  // A sentence that says "organised by X" outranks an organiser pieced together by extraction.
  const stated = ranked.slice(0, 2).map((r) => ({ e: r.event, o: organiserFromText(index, r.event) })).filter((x) => x.o);
  if (stated.length) {
    const parts = stated.map(({ e, o }) => `${capitalise(eventPhrase(e))} was organised by ${/^the\b/i.test(o!.name) ? '' : 'the '}${o!.name}.`);
    return answered(intent, parts.join(' '), citeAll(index, stated.flatMap(({ e, o }) => [o!.prov, ...e.sources.slice(0, 1)])));
  }
  const withOrg = matchedEvents(intent, index, 2, (e) => e.organisers.length > 0);
  if (withOrg.length) {
    const evs = withOrg.slice(0, 2).map((r) => r.event);
    const parts = evs.map((e) => `${capitalise(eventPhrase(e))} was organised by ${joinList(e.organisers)}.`);
    return answered(intent, parts.join(' '), citeAll(index, evs.flatMap((e) => e.sources.slice(0, 2))));
  }
  const articleIds = ranked.length ? [...new Set(ranked.flatMap((r) => r.event.sources.map((s) => s.articleId)))] : undefined;
  const ignore = stemSet(['who', 'organized', 'organised', 'organize', 'organise', 'organizer', 'organiser', 'behind', 'hosted', 'host', 'invitation']);
  const must = (s: Sentence) => ORGANISER_CUE.test(s.text);
  const picks = pickPassages(index, intent.question, { ignore, must, minCoverage: 0.5, ...(articleIds ? { articleIds } : {}) });
  const top = picks[0];
  if (!top) return undefined;
  return answered(intent, quoteSentence(index, top), citeAll(index, [provOf(top.articleId, top.sentence)]));
}

/** People a passage names in answer to "which … were killed / who was arrested …". */
function answerNames(intent: Intent, index: ArchiveIndex, articleIds?: string[]): Answer | undefined {
  const picks = pickPassages(index, intent.question, {
    ignore: WHO_IGNORE,
    minCoverage: 0.55,
    bonus: (articleId, s) => (peopleInSentence(index, articleId, s).length ? 2 : -3),
    ...(articleIds ? { articleIds } : {}),
  });
  for (const pick of picks.slice(0, 5)) {
    const people = peopleInSentence(index, pick.articleId, pick.sentence);
    if (!people.length) continue;
    const text = `${joinList(people.map((p) => p.name))} — according to ${sourceOf(index.article(pick.articleId))}: “${clip(pick.sentence.text, 400)}”`;
    const provs = [provOf(pick.articleId, pick.sentence)];
    if (pick.neighbour) provs.push(provOf(pick.articleId, pick.neighbour));
    return answered(intent, text, citeAll(index, provs));
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// role

function distinctRoles(s: Speaker): Speaker['roles'] {
  const seen = new Set<string>();
  return s.roles.filter((r) => {
    const k = fold(r.text);
    if (!k || seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}

function roleSentence(index: ArchiveIndex, s: Speaker): { text: string; provs: Provenance[] } | undefined {
  const roles = distinctRoles(s);
  if (!roles.length) return undefined;
  const first = roles[0] as Speaker['roles'][number];
  const more = roles.slice(1, 3).map((r) => r.text);
  const text = `${s.name} is ${first.text}${more.length ? `; also described as ${joinList(more)}` : ''} (according to ${sourceOf(index.article(first.source.articleId))}).`;
  return { text, provs: roles.slice(0, 3).map((r) => r.source) };
}

function numberTokens(text: string): string[] {
  return words(text).map(normalizeNumberWord).filter((w) => /^\d+$/.test(w));
}

function answerRole(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
  if (people.length) {
    const s = people[0] as Speaker;
    const r = roleSentence(index, s);
    if (r) return answered(intent, r.text, citeAll(index, r.provs));
    if (s.affiliations.length) {
      return answered(intent, `${s.name} is named in the archive as part of ${joinList(s.affiliations)}.`, citeAll(index, s.mentions.slice(0, 2)));
    }
    const m = s.mentions[0];
    const sent = m ? sentenceAt(index, m) : undefined;
    if (m && sent) {
      return answered(intent, `The archive gives no role for ${s.name}; ${sourceOf(index.article(m.articleId))} mentions them: “${clip(sent.text, 300)}”`, citeAll(index, [m]));
    }
    return undefined;
  }
  const topic = intent.slots.topic;
  if (!topic) return answerFromPassages(intent, index, { ignore: stemSet(['who', 'what', 'role', 'title', 'job', 'position', 'tell', 'about']) });
  // "Who is the mayor of the 1st district of Paris?": find the stated role, numbers must agree.
  const tStems = contentStems(topic).map(normalizeNumberWord);
  const tNums = numberTokens(topic);
  if (!tStems.length) return undefined;
  let best: { s: Speaker; role: Speaker['roles'][number]; score: number } | undefined;
  for (const s of index.data.speakers) {
    for (const role of s.roles) {
      const rStems = new StemSet(words(role.text).map(normalizeNumberWord).join(' '));
      const rNums = numberTokens(role.text);
      if (tNums.some((n) => !rNums.includes(n))) continue;
      const score = overlap(tStems, rStems) / tStems.length;
      if (!best || score > best.score) best = { s, role, score };
    }
  }
  if (!best || best.score < 0.6) return undefined;
  const text = `${best.s.name} is ${best.role.text} (according to ${sourceOf(index.article(best.role.source.articleId))}).`;
  return answered(intent, text, citeAll(index, [best.role.source]));
}

// ---------------------------------------------------------------------------------------------------------------
// quotes

interface QuoteCandidate {
  text: string;
  prov: Provenance;
  kind: Quote['kind'] | 'statement' | 'sentence';
  eventId?: string;
  score: number;
  order: number;
}

const SPEECH_VERBS =
  'said|says|urged|urges|called|calls|stressed|affirmed|announced|added|told|wrote|tweeted|declared|warned|expressed|demanded|insisted|argued|noted|emphasi[sz]ed|condemned|praised|explained|asked|appealed|implored|pledged|promised|vowed|stated|reiterated|recalled|welcomed|denounced|described|offered';
const SAY_STEMS = stemSet(['say', 'said', 'says', 'tell', 'told', 'state', 'speak', 'talk', 'quote', 'statement', 'word', 'words', 'speech', 'message', 'anything', 'mention']);

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Sentences where the person is the subject of a speech verb ("Mrs. X urged France to…", "X: Aleppo is…"). */
function statementsBy(index: ArchiveIndex, s: Speaker): QuoteCandidate[] {
  const out: QuoteCandidate[] = [];
  const names = [s.name, ...s.aliases].filter((n) => n.trim().length >= 3).sort((a, b) => b.length - a.length);
  const re = new RegExp(`(${names.map(escapeRe).join('|')})(\\s*:\\s*|,?\\s+(?:[^.!?"“”,]{0,40}?\\s+)?(?:${SPEECH_VERBS})\\b)`, 'i');
  const seen = new Set<string>();
  for (const m of s.mentions) {
    const key = `${m.articleId}#${m.sentence}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const sent = sentenceAt(index, m);
    if (!sent) continue;
    const hit = re.exec(sent.text);
    if (!hit) continue;
    // A name inside someone else's quotation ("…Rouhani has praised the forces,” she added) is not their statement.
    const before = sent.text.slice(0, hit.index);
    const opens = (before.match(/[“«]/g) ?? []).length;
    const closes = (before.match(/[”»]/g) ?? []).length;
    if (opens > closes || (before.match(/"/g) ?? []).length % 2 === 1) continue;
    const after = sent.text.slice(hit.index);
    const nextClose = after.search(/[”»]/);
    const nextOpen = after.search(/[“«]/);
    if (nextClose >= 0 && (nextOpen < 0 || nextClose < nextOpen)) continue;
    const from = hit.index + (hit[1]?.length ?? 0);
    const rest = sent.text.slice(from).replace(/^\s*:\s*/, ': ').trim();
    const prov = { articleId: m.articleId, sentence: sent.index, start: sent.start, end: sent.end };
    // '"…," X stressed.': the statement is the quoted part before the name, so the whole sentence is shown.
    if (rest.split(/\s+/).length < 4) {
      if (hit.index > 20) out.push({ text: sent.text, prov, kind: 'sentence', score: 0, order: 0 });
      continue;
    }
    const text = rest.startsWith(':') ? `${s.name}${rest}` : `${s.name} ${rest.replace(/^,\s*/, '')}`;
    out.push({ text, prov, kind: 'statement', score: 0, order: 0 });
  }
  return out;
}

function quoteLine(index: ArchiveIndex, c: QuoteCandidate, name: string): string {
  const src = sourceOf(index.article(c.prov.articleId));
  const body = clip(c.text, 420);
  switch (c.kind) {
    case 'statement':
      return `According to ${src}, ${body.replace(/[.!]?$/, '.')}`;
    case 'sentence':
      return `According to ${src}: “${body}”`;
    case 'indirect':
      return /^[a-z]+(ed|s)\b/.test(body)
        ? `According to ${src}, ${name} ${body.replace(/[.!]?$/, '.')}`
        : `According to ${src}, ${name} said that ${body.replace(/[.!]?$/, '.')}`;
    case 'banner':
      return `According to ${src}, a banner quoted ${name}: “${body}”`;
    case 'tweet':
      return `According to ${src}, ${name} tweeted: “${body}”`;
    case 'written':
      return `According to ${src}, ${name} wrote: “${body}”`;
    case 'slogan':
      return `According to ${src}, ${name} chanted: “${body}”`;
    default:
      return `According to ${src}, ${name} said: “${body}”`;
  }
}

function answerQuote(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const people = (intent.slots.people ?? []).map((id) => index.speaker(id)).filter((s): s is Speaker => !!s);
  if (!people[0]) return answerCrowdQuote(intent, index);
  if (people.length > 1 && intent.slots.topic) {
    // Several people fit "the coordinator": the one who spoke about the topic is meant.
    const topicStems = contentStems(intent.slots.topic);
    const fit = (sp: Speaker) =>
      Math.max(0, ...index.data.quotes.filter((x) => x.speakerId === sp.id).map((x) => overlap(topicStems, `${x.text} ${sentenceAt(index, x.source)?.text ?? ''}`)));
    people.sort((a, b) => fit(b) - fit(a));
  }
  const speaker = people[0] as Speaker;
  const lexNames = new Set((lexiconOf(index).names.get(speaker.id) ?? []).flatMap((v) => v.split(' ')).map(stem));
  const topic = intent.slots.topic;
  const topicStems = topic ? contentStems(topic).filter((s) => !lexNames.has(s)) : [];
  // Where and at what the words were said picks the occasion, not the content: those words are weighed separately.
  const qf = ` ${fold(intent.question)} `;
  const occasionPlaces = (intent.slots.places ?? []).filter((p) => new RegExp(` (at|in|near|outside|during) (the )?(\\w+ ){0,3}${fold(p)} `).test(qf));
  const occasion = new Set([...occasionPlaces.flatMap((p) => contentStems(p)), ...SCAFFOLD_STEMS]);
  const rel = contentStems(intent.question).filter((s) => !lexNames.has(s) && !SAY_STEMS.has(s) && !topicStems.includes(s) && !occasion.has(s));
  const order = new Map(index.data.quotes.map((q, i) => [q.id, i]));
  const cands: QuoteCandidate[] = index.data.quotes
    .filter((q) => q.speakerId === speaker.id)
    .map((q) => ({ text: q.text, prov: q.source, kind: q.kind, ...(q.eventId ? { eventId: q.eventId } : {}), score: 0, order: order.get(q.id) ?? 0 }));
  const mentionKeys = new Set(speaker.mentions.map((m) => `${m.articleId}#${m.sentence}`));
  for (const uq of index.data.quotes) {
    if (uq.speakerId || !mentionKeys.has(`${uq.source.articleId}#${uq.source.sentence}`)) continue;
    if (uq.kind === 'slogan') continue;
    cands.push({ text: uq.text, prov: uq.source, kind: uq.kind, score: 0, order: (order.get(uq.id) ?? 0) + 1e5 });
  }
  const quotedSentences = new Set(cands.map((c) => `${c.prov.articleId}#${c.prov.sentence}`));
  for (const st of statementsBy(index, speaker)) {
    if (!quotedSentences.has(`${st.prov.articleId}#${st.prov.sentence}`)) cands.push({ ...st, order: 1e6 + cands.length });
  }
  if (!cands.length) {
    const where = speaker.mentions[0];
    const hint = where ? ` ${speaker.name} is only mentioned (${sourceOf(index.article(where.articleId))}).` : '';
    return notAnswered(intent, `The archive holds no statement by ${speaker.name}.${hint}`, suggestionsFor(intent, index));
  }
  const events = matchedEvents(intent, index, 2).map((r) => r.event.id);
  for (const c of cands) {
    const sent = sentenceAt(index, c.prov)?.text ?? '';
    const set = new StemSet(`${c.text} ${sent}`);
    const sents = index.sentencesOf(c.prov.articleId);
    const around = new StemSet([index.article(c.prov.articleId)?.title, sents[c.prov.sentence - 1]?.text, sents[c.prov.sentence - 2]?.text].filter(Boolean).join(' . '));
    const direct = overlap(rel, set);
    const contextual = rel.filter((st) => !set.has(st) && around.has(st)).length;
    const articleText = ` ${fold(index.article(c.prov.articleId)?.text ?? '')} `;
    const placed = (intent.slots.places ?? []).some((p) => articleText.includes(` ${fold(p)} `)) ? 1.5 : 0;
    c.score = direct + 0.5 * contextual + placed + (c.eventId && events.includes(c.eventId) ? 1 : 0) + (c.kind === 'direct' ? 0.2 : 0);
    if (topicStems.length) c.score += overlap(topicStems, new StemSet(c.text)) * 3 + overlap(topicStems, new StemSet(sent));
  }
  let pool = cands;
  if (topicStems.length) {
    pool = cands.filter((c) => overlap(topicStems, new StemSet(`${c.text} ${sentenceAt(index, c.prov)?.text ?? ''}`)) > 0);
    if (!pool.length) {
      return notAnswered(intent, `The archive holds no statement by ${speaker.name} about ${topic}.`, [
        ...cands.slice(0, 2).map((c) => `${speaker.name}: “${clip(c.text, 80)}”`),
      ]);
    }
  }
  pool.sort((a, b) => b.score - a.score || a.order - b.order);
  const best = pool[0] as QuoteCandidate;
  const chosen = [best];
  const second = pool[1];
  if (second && second.score >= best.score && best.score > 0 && chosen.length < 2) chosen.push(second);
  const text = chosen.map((c) => quoteLine(index, c, speaker.name)).join(' ');
  return answered(intent, text, citeAll(index, chosen.map((c) => c.prov)));
}

/** "What did the NCRI say about…": sentences where the named body is the subject of a speech verb. */
function answerBodyStatement(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const m = /^(?:and\s+)?what\s+(?:did|does|do|has|have)\s+(?:the\s+)?(.+?)\s+(?:say|said|call|urge|state|announce|demand|ask|write|declare|warn|report|claim|condemn|describe|stress)\b/i.exec(intent.question);
  const subject = m?.[1]?.trim();
  if (!subject || subject.length < 2) return undefined;
  const re = new RegExp(`\\b${escapeRe(subject)}\\b[^.!?"“]{0,50}?\\b(${SPEECH_VERBS}|reported|condemned|announced|stated)\\b|\\b${escapeRe(subject)}\\s*(statement|:)|according to (the )?${escapeRe(subject)}\\b`, 'i');
  const topicStems = intent.slots.topic ? contentStems(intent.slots.topic) : [];
  let best: { articleId: string; s: Sentence; score: number } | undefined;
  for (const a of index.data.articles) {
    for (const s of index.sentencesOf(a.id)) {
      if (!re.test(s.text)) continue;
      const score = topicStems.length ? overlap(topicStems, s.text) : 1;
      if (topicStems.length && score === 0) continue;
      if (!best || score > best.score) best = { articleId: a.id, s, score };
    }
  }
  if (!best) return undefined;
  return answered(intent, `According to ${sourceOf(index.article(best.articleId))}: “${clip(best.s.text, 420)}”`, citeAll(index, [provOf(best.articleId, best.s)]));
}

function answerCrowdQuote(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const q = fold(intent.question);
  const crowdSubject = /^(and )?what (did|do|does|were) (the )?(protesters|demonstrators|crowd|participants|people|supporters|marchers|banners?|placards?|signs?)\b/.test(q);
  if (!crowdSubject && !/\b(banners?|placards?|slogans?|chant\w*|shout\w*)\b/.test(q)) return answerBodyStatement(intent, index);
  const kinds: Array<Quote['kind']> = /\b(banners?|placards?|signs?)\b/.test(q) ? ['banner'] : ['slogan', 'banner'];
  const events = matchedEvents(intent, index, 2);
  const eventIds = new Set(events.map((r) => r.event.id));
  const articleIds = new Set(events.flatMap((r) => r.event.sources.map((s) => s.articleId)));
  let pool = index.data.quotes.filter((x) => kinds.includes(x.kind));
  if (events.length) pool = pool.filter((x) => (x.eventId && eventIds.has(x.eventId)) || articleIds.has(x.source.articleId));
  else if (intent.slots.places?.length || intent.slots.range) return undefined;
  if (!pool.length) return undefined;
  const chosen = pool.slice(0, 3);
  const verb = kinds.length === 1 ? 'Banners read' : 'Protesters chanted or carried';
  const text = `${verb}: ${chosen.map((c) => `“${clip(c.text, 200)}”`).join('; ')} (according to ${sourceOf(index.article(chosen[0]?.source.articleId ?? ''))}).`;
  return answered(intent, text, citeAll(index, chosen.map((c) => c.source)));
}

// ---------------------------------------------------------------------------------------------------------------
// how many

const COUNTED_NOUNS = stemSet([
  'people', 'person', 'persons', 'protesters', 'protester', 'protest', 'demonstrators', 'member', 'members', 'supporters', 'civilians',
  'individuals', 'citizens', 'youths', 'youth', 'victims', 'part', 'take', 'took', 'total', 'figure', 'figures', 'far', 'so', 'many',
  'were', 'number', 'estimate', 'estimated', 'according', 'reported', 'report',
]);

/** "Number of injured: 4,000": a counted noun that only repeats the measure reads as "people". */
const COUNTED_AS_MEASURE = /^(the )?(killed|dead|deaths?|martyrs?|injured|wounded|injuries|detainees?|arrested|detained|arrests|executed|executions|missing|displaced|identified|damaged|casualties|victims)$/i;

function figureLine(index: ArchiveIndex, f: Figure): string {
  let amount = midSentence(f.text.trim());
  if (/^(hundreds|thousands|dozens|scores|tens of thousands|hundreds of thousands|millions)$/i.test(amount) && f.counted?.trim()) amount = `${amount} of`;
  const counted = f.counted?.trim();
  const countedIsMeasure = counted ? COUNTED_AS_MEASURE.test(counted) : false;
  const noun = counted && !countedIsMeasure && !fold(amount).includes(fold(counted)) ? ` ${counted}` : counted && !countedIsMeasure ? '' : ' people';
  const phrase = measurePhrase(f.measure);
  let scope = f.scope?.trim() ?? '';
  if (scope && fold(`${amount} ${counted ?? ''}`).includes(fold(scope))) scope = '';
  const scopeText = scope ? (/^(in|during|at|on|since|after|by|of|across|from)\b/i.test(scope) ? ` ${scope}` : ` in ${scope}`) : '';
  return `according to ${figureSource(index, f)}, ${amount}${noun}${phrase ? ` ${phrase}` : ''}${scopeText}`;
}

function sameFigure(a: Figure, b: Figure): boolean {
  const va = a.value ?? a.lower ?? a.upper;
  const vb = b.value ?? b.lower ?? b.upper;
  const claim = (f: Figure) => fold(f.claimant ?? '');
  if (va !== undefined && va === vb && claim(a) === claim(b)) return true;
  return fold(a.text) === fold(b.text) && a.source.articleId === b.source.articleId;
}

const NUMBER_WORDS = /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|scores|several)\b/i;

/** A sentence that states a count of the measure asked for, when no extracted figure answers (figures missed by extraction). */
function countFromPassages(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const measure = intent.slots.measure;
  if (!measure) return undefined;
  const ignore = stemSet(['how', 'many', 'much', 'number', 'people', 'were', 'total', 'toll']);
  const picks = pickPassages(index, intent.question, {
    ignore,
    minCoverage: 0.6,
    must: (s) => NUMBER_WORDS.test(s.text) && words(s.text).some((w) => isMeasureWord(w) && measureOf(w) === measure),
  });
  const top = picks[0];
  if (!top) return undefined;
  return answered(intent, quoteSentence(index, top), citeAll(index, [provOf(top.articleId, top.sentence)]));
}

function answerHowMany(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const a = countFigures(intent, index);
  if (a) return a;
  // Places and dates carried over from the previous question narrow softly: without them the figure may still be the one meant.
  const q = ` ${fold(intent.question)} `;
  const carriedPlaces = (intent.slots.places ?? []).filter((p) => !q.includes(` ${fold(p)} `));
  const carriedRange = intent.slots.range && !q.includes(` ${fold(intent.slots.range.text)} `) ? intent.slots.range : undefined;
  if (!carriedPlaces.length && !carriedRange) return countFromPassages(intent, index);
  const slots = { ...intent.slots };
  if (carriedPlaces.length) {
    const own = (intent.slots.places ?? []).filter((p) => !carriedPlaces.includes(p));
    if (own.length) slots.places = own;
    else delete slots.places;
  }
  if (carriedRange) delete slots.range;
  return countFigures({ ...intent, slots }, index) ?? countFromPassages(intent, index);
}

function countFigures(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const measure = intent.slots.measure;
  if (!measure) {
    if (intent.slots.eventKinds?.length) return answerTimeline(intent, index, true);
    return answerFromPassages(intent, index, { ignore: stemSet(['how', 'many', 'much', 'number']) });
  }
  const range = intent.slots.range;
  const rangeStems = new Set(range ? contentStems(range.text) : []);
  // The period is checked against the figure's dates; its words only count when no date can be read.
  const scopeStems = [...new Set(contentStems(intent.question))].filter(
    (s) => !COUNTED_NOUNS.has(s) && !isMeasureWord(s) && !SCAFFOLD_STEMS.has(s) && !rangeStems.has(s),
  );
  const qYears = questionYears(intent.question).map(String);
  const scored: Array<{ f: Figure; score: number }> = [];
  for (const f of index.data.figures) {
    if (f.measure !== measure) continue;
    const { primaryText, primary, secondary } = memo(index, `figure:${f.id}`, () => {
      const text = [f.scope, f.counted, sentenceAt(index, f.source)?.text, f.eventId ? index.event(f.eventId)?.label : undefined].filter(Boolean).join(' . ');
      return { primaryText: text, primary: new StemSet(text), secondary: new StemSet(figureContext(index, f)) };
    });
    let score = 0;
    for (const st of scopeStems) score += primary.has(st) ? 1 : secondary.has(st) ? 0.6 : 0;
    if (range) {
      const dates = figureDates(index, f);
      const inRange = dates.some((d) => dateMatchesRange(d, range));
      const exactDay = range.from === range.to;
      if (inRange) score += 1;
      else if (dates.length && exactDay && dates.some((d) => d.precision === 'day')) continue;
      else {
        const words = [...rangeStems];
        const hits = words.filter((st) => primary.has(st) || secondary.has(st)).length;
        if (words.length && hits === words.length) score += 0.8;
        else if (exactDay) continue;
      }
    }
    // A figure explicitly about another year is not about the year asked for.
    const ownYears = primaryText.match(/\b(19|20)\d{2}\b/g) ?? [];
    if (qYears.length && ownYears.length && !ownYears.some((y) => qYears.includes(y))) continue;
    const ev = f.eventId ? index.event(f.eventId) : undefined;
    if (ev && intent.slots.places?.length && placeConflict(index, ev, intent.slots.places)) continue;
    if (intent.slots.range && ev?.date && ev.date.precision !== 'unknown' && !dateMatchesRange(ev.date, intent.slots.range)) continue;
    scored.push({ f, score });
  }
  if (measure === 'attendance') {
    const sized = matchedEvents(intent, index, 2).filter((r) => r.event.size);
    if (sized.length) {
      const evs = sized.slice(0, 2).map((r) => r.event);
      const text = evs
        .map((e) => `According to ${sourceOf(index.article(e.sources[0]?.articleId ?? ''))}, ${midSentence(e.size!.text)} took part in ${eventPhrase(e)}.`)
        .join(' ');
      return answered(intent, text, citeAll(index, evs.flatMap((e) => e.sources.slice(0, 1))));
    }
  }
  if (measure === 'attendance') {
    const stated = attendanceFromText(intent, index);
    if (stated) return stated;
  }
  if (!scored.length) return undefined;
  // When some figures are about the place or the period asked for, the others are about something else.
  const places = (intent.slots.places ?? []).map(fold);
  if (places.length) {
    const here = scored.filter(({ f }) => {
      const ctx = ` ${fold(figureContext(index, f))} `;
      const ev = f.eventId ? index.event(f.eventId) : undefined;
      return places.every((p) => ctx.includes(` ${p} `) || (ev ? !placeConflict(index, ev, [p]) && !!(ev.venue || ev.city) : false));
    });
    if (here.length) scored.splice(0, scored.length, ...here);
  }
  if (range) {
    const inPeriod = scored.filter(({ f }) => figureDates(index, f).some((d) => dateMatchesRange(d, range)));
    if (inPeriod.length) scored.splice(0, scored.length, ...inPeriod);
  }
  scored.sort((a, b) => b.score - a.score);
  const best = (scored[0] as { score: number }).score;
  const need = scopeStems.length + (range ? 1 : 0);
  if (need && best < Math.max(0.6, need * 0.5)) return undefined;
  const picked = scored.filter((x) => x.score >= Math.max(best * 0.5, need ? 0.6 : 0));
  // Disagreeing figures about the same thing are shown together.
  const ids = new Set(picked.map((x) => x.f.id));
  for (const c of index.data.conflicts) {
    if (c.measure !== measure || !c.figureIds.some((id) => ids.has(id))) continue;
    for (const id of c.figureIds) {
      const other = scored.find((x) => x.f.id === id);
      if (other && !ids.has(id)) {
        picked.push(other);
        ids.add(id);
      }
    }
  }
  const unique: Figure[] = [];
  const repeats: Figure[] = [];
  for (const { f } of picked) (unique.some((u) => sameFigure(u, f)) ? repeats : unique).push(f);
  const shown = unique.slice(0, 4);
  const values = new Set(shown.map((f) => f.value ?? f.lower ?? f.text));
  const lines = shown.map((f) => figureLine(index, f));
  const head = capitalise(lines[0] as string);
  const text = lines.length === 1 ? `${head}.` : `${head}; ${lines.slice(1).join('; ')}.${values.size > 1 ? ' The sources give different figures.' : ''}`;
  // The same figure repeated by other reports is stated once and cited from each of them.
  const again = repeats.filter((r) => shown.some((f) => sameFigure(f, r)));
  return answered(intent, text, citeAll(index, [...shown.map((f) => f.source), ...again.map((f) => f.source)]));
}

const CROWD =
  /\b((?:at least|more than|over|nearly|almost|about|around|some|up to|an estimated|several|a few)?\s*(?:\d[\d,.]*|hundreds|thousands|dozens|tens of thousands|hundreds of thousands|several hundred|several thousand|a few hundred|a few thousand|a crowd of \d[\d,]*))\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(supporters|people|protesters|iranians|demonstrators|participants|members|activists|exiles|marchers|residents|students|women|compatriots|attendees|delegates)\b/iu;

/** "450 supporters of X held a demonstration…": the crowd size as the event's own sentence states it. */
function attendanceFromText(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const evs = matchedEvents(intent, index, 2.5).slice(0, 2).map((r) => r.event);
  for (const e of evs) {
    for (const src of e.sources.slice(0, 3)) {
      const s = sentenceAt(index, src);
      const m = s ? CROWD.exec(s.text) : null;
      if (!s || !m) continue;
      const amount = `${m[1]?.trim()} ${m[2]}`;
      const text = `According to ${sourceOf(index.article(src.articleId))}, ${midSentence(amount)} took part in ${eventPhrase(e)}.`;
      return answered(intent, text, citeAll(index, [src]));
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------------------------
// timeline and mentions

function answerTimeline(intent: Intent, index: ArchiveIndex, countOnly = false): Answer | undefined {
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
  const ordered = timeline(index, {}).filter((e) => events.includes(e));
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

function answerMentions(intent: Intent, index: ArchiveIndex): Answer | undefined {
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

