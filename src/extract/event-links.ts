/**
 * Links within one article: who spoke at which event (EventRecord.speakers, Speaker.events, Quote.eventId)
 * and which event a figure refers to (Figure.eventId, Figure.scope).
 */
import type { Article, EventRecord, Figure, Quote, Sentence, Speaker } from '../domain/types.ts';
import { findQuoteSpans, insideQuote } from './quote-spans.ts';
import { findDates } from '../dates/index.ts';
import { sameDay } from './event-sections.ts';
import { groupOf } from './event-triggers.ts';
import { findOrganisers } from './event-details.ts';
import type { PeopleResult } from './people.ts';

/** Verbs of speaking that follow their subject ("Mr. X, General Coordinator of …, talked about"). */
const SUBJECT_CUE =
  /\b(?:spoke|speaks|talked|addressed|told|said|says|stressed|announced|affirmed|urged|declared|added|concluded|expressed|delivered|noted|emphasi[sz]ed|underlined|pointed out|remarked|gave (?:a|the) (?:speech|address)|read (?:a|the) (?:statement|message)|(?:was|were) (?:among|one of) (?:the )?speakers|sent (?:a|an|her|his|their) (?:video |written |recorded )?(?:message|greeting|address)|(?:appeared|joined|participated|took part) (?:via|by|through) video|took (?:to )?the (?:microphone|mic|floor|stage|podium|rostrum|lectern))\b/gi;
/**
 * Phrases that name a speech before its speaker ("A video message by X", "In her speech, X urged"), or the speaking
 * itself ("Also addressing the rally was Councillor X", "Also speaking were X and Y").
 */
const BY_CUE = /\b(?:also\s+)?(?:addressing|speaking (?:at|to))\s+(?:the\s+)?(?:rally|crowd|gathering|demonstrators|protesters|marchers|meeting|conference|audience|event|vigil)\s+(?:was|were)\s+(?:[\p{L}.'’-]+,?\s+){0,6}?$|\b(?:also|other(?:s)?)\s+speaking\s+(?:was|were)\s+(?:[\p{L}.'’-]+,?\s+){0,6}?$|\b(?:video message|message|speech|address|remarks|statement)\s+(?:by|from)\s+(?:[\p{L}-]+\s+){0,6}?$|\bin (?:her|his|their) (?:[\p{L}-]+\s+)?(?:speech|remarks|address|message|statement),\s*(?:[\p{L}.-]+\s+){0,6}?$/iu;

const firstSentences = new WeakMap<EventRecord, number>();

/** The sentence that first names an event (cached: an event in a long report may have thousands of sources). */
function firstSentence(e: EventRecord): number {
  let first = firstSentences.get(e);
  if (first === undefined) {
    first = e.sources.reduce((m, s) => Math.min(m, s.sentence), Infinity);
    firstSentences.set(e, first);
  }
  return first;
}

/** Assemblies ordered by the sentence that first names them (ties keep their order), for eventForSentence. */
interface Assemblies {
  all: EventRecord[];
  byFirst: Array<{ first: number; event: EventRecord }>;
}

function byFirstSentence(all: EventRecord[]): Assemblies {
  return { all, byFirst: all.map((event) => ({ first: firstSentence(event), event })).sort((a, b) => a.first - b.first) };
}

/** The assembly event a speech in sentence `i` belongs to: the latest one named at or before it (the first so named on a tie). */
function eventForSentence(assemblies: Assemblies, i: number): EventRecord | undefined {
  const list = assemblies.byFirst;
  const firstAfter = (value: number): number => {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid]!.first < value) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  const upto = firstAfter(i + 1);
  if (upto <= 0) return assemblies.all.length === 1 ? assemblies.all[0] : undefined;
  let chosen = list[firstAfter(list[upto - 1]!.first)]!.event;
  // "… in Melbourne." then "Protesters rally … in Sydney." then a speaker: the gathering told last before the speech,
  // even one first named before another.
  let at = lastMentionUpTo(chosen, i);
  for (const e of assemblies.all) {
    const m = lastMentionUpTo(e, i);
    if (m > at) {
      chosen = e;
      at = m;
    }
  }
  return chosen;
}

/** The sentences naming an event, in order (cached). */
const mentionSentences = new WeakMap<EventRecord, number[]>();

/** The last sentence at or before `i` that names the event, or -1. */
function lastMentionUpTo(e: EventRecord, i: number): number {
  let list = mentionSentences.get(e);
  if (!list) mentionSentences.set(e, (list = [...new Set(e.sources.map((s) => s.sentence))].sort((a, b) => a - b)));
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid]! <= i) lo = mid + 1;
    else hi = mid;
  }
  return lo > 0 ? list[lo - 1]! : -1;
}

const ELSEWHERE = /\b(?:had (?:said|told|stated|declared|written)|(?:has|have) (?:also |long |repeatedly |previously |often )?(?:said|stated|declared|written|expressed)|in (?:a|an) (?:separate|earlier|later) (?:statement|interview|post|tweet|message)|in an interview|earlier this (?:week|month|year)|last (?:week|month|year))\b/i;

/**
 * Words told to a paper, an agency or reporters ("… told the Harbour Star", "told AFP", "told reporters"): an interview
 * given beside the gathering, not a speech at it (a gathering named as the one told, "told the Free Iran rally", is).
 */
const TOLD_TO = /\btold\s+(?:(?:reporters|journalists|the press|the media|a (?:news|press) conference)\b|(?:the\s+)?(\p{Lu}[\p{L}&.'’-]*(?:\s+\p{Lu}[\p{L}&.'’-]*){0,4}))/u;
const GATHERING_NAMED = /\b(?:rally|rallies|crowd|conference|summit|gathering|meeting|march|demonstration|protest|vigil|convention|assembly|session)\b/i;

/** Whether a sentence tells words told to a paper, an agency or reporters (see `TOLD_TO`). */
function toldToPress(text: string): boolean {
  const m = TOLD_TO.exec(text);
  if (!m) return false;
  // Who was told, up to "that" or a clause's end: "told Saturday's rally in Paris" told the gathering.
  const told = /^[^,.;:“”"«»]*?(?=\s+that\b|[,.;:“”"«»]|$)/.exec(text.slice(m.index))?.[0] ?? m[0];
  return !GATHERING_NAMED.test(told);
}

/** A sentence that reports words said at another time ("had said on Monday", "in a separate statement"). */
function elsewhere(article: Article, s: Sentence | undefined, event: EventRecord): boolean {
  if (!s) return true;
  if (ELSEWHERE.test(s.text) || toldToPress(s.text)) return true;
  if (!event.date) return false;
  const ref = article.date.precision === 'unknown' ? event.date : article.date;
  return findDates(s.text, ref, 'text').some((d) => d.date.precision === 'day' && !sameDay(d.date, event.date!));
}

/**
 * Words after a name that describe someone in the crowd a reporter talked to, not a speaker: an age ("Mina Roe, 34,"),
 * "a protester / one of the marchers", "who travelled from Brenn", "who carried a placard", "who joined the march".
 */
const ATTENDEE_AFTER =
  /^,\s*(?:aged\s+)?\d{1,2},|^,\s*(?:an?|one of the|another|among the)\s+(?:[\p{L}-]+\s+){0,3}?(?:protesters?|demonstrators?|participants?|attendees?|marchers?|rally-?goers?|onlookers?)\b|^,?[^.;:“”"«»]{0,80}?\bwho (?:had )?(?:travell?ed|came|had come|drove|flew|attended|carried|held|waved|joined (?:the )?(?:rally|march|protest|crowd|demonstration|vigil|gathering))\b/iu;
/** A descriptive word just before a name: "protester Ali Roe", "one demonstrator, Ali Roe,". */
const ATTENDEE_BEFORE = /\b(?:protester|demonstrator|participant|attendee|marcher|rally-?goer)s?,?\s*$/i;
const ATTENDEE_WORD = /^(?:protester|demonstrator|participant|attendee|marcher|rally-?goer)\s/i;
/** An office in the words after a name: such a person quoted at a rally is a notable guest, kept as a speaker. */
const OFFICE_AFTER = /^[^.;:“”"«»]{0,60}?\b(?:senator|MP|MEP|member of (?:parliament|congress)|minister|mayor|president|chair(?:man|woman|person)?|leader|head of|spokes(?:man|woman|person)|director|council+or|deputy|ambassador|lawmaker|congress(?:man|woman)|representative)\b/i;
/** Words that make someone a speaker of the gathering whatever else describes them. */
const SPEECH_MADE = /\b(?:told|addressed|addressing) (?:the )?(?:crowd|rally|gathering|audience|demonstrators|protesters|participants|marchers|demonstration|protest|meeting|conference|summit|vigil)\b|\b(?:speech|keynote|speakers?)\b|\btook (?:to )?the (?:stage|podium|microphone|mic|rostrum|lectern|floor)\b|\bfrom the (?:stage|podium)\b/i;

/** Whether the words around a name (offsets into the sentence) describe someone in the crowd (see `ATTENDEE_AFTER`). */
export function describedAsAttendee(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 200);
  // (A sentence's first word may be read into the name: "Protester Ilse Brandt said …".)
  return (ATTENDEE_AFTER.test(after) && !OFFICE_AFTER.test(after)) || ATTENDEE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) || ATTENDEE_WORD.test(text.slice(start, end));
}

/** Whether a sentence tells a speech made to the gathering ("told the crowd", "in her speech", "took the stage"). */
export function tellsSpeechMade(text: string): boolean {
  return SPEECH_MADE.test(text);
}

/**
 * People a report describes as in the crowd ("Mina Roe, 34, a nurse who travelled from Brenn, said …") and never as
 * speaking to the gathering: their words were given to the reporter, so they are no speakers of the rally.
 */
function attendeesOf(sentences: Sentence[], people: PeopleResult): Set<string> {
  const described = new Set<string>();
  const spoke = new Set<string>();
  for (const m of people.mentions) {
    const s = sentences[m.sentence];
    if (!s) continue;
    if (tellsSpeechMade(s.text)) spoke.add(m.speakerId);
    if (describedAsAttendee(s.text, m.start - s.start, m.end - s.start)) described.add(m.speakerId);
  }
  for (const id of spoke) described.delete(id);
  return described;
}

/** Attaches speakers to the gatherings they spoke at, and quotes to those gatherings. */
export function linkSpeakers(article: Article, sentences: Sentence[], people: PeopleResult, quotes: Quote[], events: EventRecord[]): void {
  const assemblyList = events.filter((e) => groupOf(e.kind) === 'assembly');
  if (assemblyList.length === 0) return;
  const assemblies = byFirstSentence(assemblyList);
  const away = new Map<string, boolean>();
  const speakerSets = new Map<EventRecord, Set<string>>();
  const speakersOf = (e: EventRecord): Set<string> => {
    let set = speakerSets.get(e);
    if (!set) speakerSets.set(e, (set = new Set(e.speakers)));
    return set;
  };
  const attendees = attendeesOf(sentences, people);
  const attach = (speakerId: string, sentence: number): EventRecord | undefined => {
    if (attendees.has(speakerId)) return undefined;
    const event = eventForSentence(assemblies, sentence);
    if (!event) return undefined;
    const key = `${event.id}@${sentence}`;
    if (!away.has(key)) away.set(key, elsewhere(article, sentences[sentence], event));
    if (away.get(key)) return undefined;
    if (!speakersOf(event).has(speakerId)) {
      event.speakers.push(speakerId);
      speakersOf(event).add(speakerId);
    }
    return event;
  };

  for (const q of quotes) {
    if (q.kind === 'banner' || q.kind === 'slogan') {
      const e = eventForSentence(assemblies, q.source.sentence);
      if (e && e.sources.some((s) => s.sentence <= q.source.sentence)) q.eventId = e.id;
      continue;
    }
    // Reported speech is judged from the sentence below: its subject may be someone the clause only mentions.
    if (q.kind === 'direct' && q.speakerId) {
      const e = attach(q.speakerId, q.source.sentence);
      if (e) q.eventId = e.id;
    }
  }

  const quoteSpans = findQuoteSpans(article);
  const bySentence = new Map<number, PeopleResult['mentions']>();
  for (const m of people.mentions) {
    const list = bySentence.get(m.sentence);
    if (list) list.push(m);
    else bySentence.set(m.sentence, [m]);
  }
  for (const m of people.mentions) {
    const s = sentences[m.sentence];
    if (!s || insideQuote(quoteSpans, m.start)) continue;
    const relEnd = m.end - s.start;
    const relStart = m.start - s.start;
    const after = s.text.slice(relEnd, relEnd + 170);
    SUBJECT_CUE.lastIndex = 0;
    const cue = SUBJECT_CUE.exec(after);
    // The cue must be this person's verb: no other named person and no clause end in between.
    const between = cue ? after.slice(0, cue.index) : '';
    const otherPersonBetween = bySentence.get(m.sentence)!.some((o) => o !== m && o.start >= m.end && o.start < m.end + between.length && o.speakerId !== m.speakerId && !/^\s*(?:,|and)\s/.test(s.text.slice(relEnd, o.start - s.start)));
    const bySpeech = BY_CUE.test(s.text.slice(Math.max(0, relStart - 80), relStart));
    // (Not a name a clause of theirs only mentions: "speakers … voiced hopes that President X's promise …".)
    const listed = /\b(?:speakers|speeches were delivered by)\s+(?:at [^,.]+\s+)?(?:included|were|came from|by)?\b[^.;]*$/i.test(s.text.slice(0, relStart)) && !/^['’]s?\b/.test(s.text.slice(relEnd)) && !/\bspeakers\b[^.;]*\bthat\b[^.;]*$/i.test(s.text.slice(0, relStart));
    const subject = cue !== null && !/[.;!?]|\b(?:that|which|whom)\b/i.test(between.replace(/\b(?:Mr|Mrs|Ms|Dr|St)\./g, '')) && !otherPersonBetween;
    if (subject || bySpeech || listed) attach(m.speakerId, m.sentence);
  }

  for (const q of quotes) {
    if (q.kind !== 'indirect' || !q.speakerId || q.eventId) continue;
    const e = eventForSentence(assemblies, q.source.sentence);
    if (e && speakersOf(e).has(q.speakerId) && firstSentence(e) <= q.source.sentence) q.eventId = e.id;
  }

  const byId = new Map<string, Speaker>(people.speakers.map((sp) => [sp.id, sp]));
  for (const e of assemblyList) {
    for (const id of e.speakers) {
      const sp = byId.get(id);
      if (sp && !sp.events.includes(e.id)) sp.events.push(e.id);
    }
  }
}

const CASUALTY = new Set(['killed', 'injured', 'arrested', 'executed', 'missing', 'identified', 'cities', 'damaged', 'displaced']);

/** "Bombardment of …" → "bombardment of …"; a label that starts with a name or month keeps its capital. */
function lowerFirst(s: string): string {
  return /^(?:Rally|Demonstration|Protest|Gathering|Conference|Meeting|Commemoration|Attack|Massacre|Bombardment|Uprising|Other)\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s;
}

/** Links each figure to the event it counts and fills its scope from that event when the text gave none. */
/** A crowd told of another time than the gathering the report is about ("last year 20,000 came", "in 2029"). */
const OTHER_TIME = /\b(?:last|previous|next) (?:year|month|week|time|summer|winter|spring|autumn)\b|\b(?:a year|years) (?:ago|earlier|before)\b|\b(?:in|since|of) (?:19|20)\d\d\b|\b(?:expected|hoped|planned|will|would)\b/i;

/**
 * Organisers told in the sentences right after a gathering ("… marched through Marvant on Saturday." then "The
 * organisers, the Coalition for a Free Valdor, said …"): the gathering's, when its own sentences name none.
 */
export function linkOrganisers(sentences: Sentence[], events: EventRecord[]): void {
  const assemblyList = events.filter((e) => groupOf(e.kind) === 'assembly');
  if (!assemblyList.length || assemblyList.every((e) => e.organisers.length)) return;
  const assemblies = byFirstSentence(assemblyList);
  for (const s of sentences) {
    if (!ORGANISER_WORD.test(s.text) || !aboutNoOtherGathering(s.text)) continue;
    const near = eventForSentence(assemblies, s.index);
    if (!near || near.organisers.length) continue;
    const last = lastMentionUpTo(near, s.index);
    if (last < 0 || last < s.index - 3 || last === s.index) continue;
    const found = findOrganisers(s.text);
    if (found.length) near.organisers = [...new Set(found)];
  }
}
const ORGANISER_WORD = /\b(?:organi[sz]|called by|sponsored by|hosted by|convened by|initiated by|at the invitation of)/i;

/**
 * A sentence that counts a crowd without telling a gathering of its own ("Police put the figure at 12,000"): not of
 * another time ("the day before, a silent march …"), another gathering or another place ("In Dallin, some 250 …").
 */
function aboutNoOtherGathering(text: string): boolean {
  return !OTHER_TIME.test(text) && !GATHERING_TOLD.test(text) && !/\b(?:in|at|outside|near)\s+\p{Lu}/u.test(text);
}
const GATHERING_TOLD = /\b(?:march(?:ed|es|ing)?|rall(?:y|ies|ied|ying)|demonstrat\w*|protest(?:s|ed|ing)?|vigils?|gather(?:ed|ing|ings)?|assembl(?:ed|y)|sit-in|meeting|conference|summit|the day (?:before|after)|earlier|later)\b/i;

export function linkFigures(figures: Figure[], events: EventRecord[], sentences: Sentence[] = []): void {
  const happenings = events.filter((e) => groupOf(e.kind) !== 'assembly');
  const assemblyList = events.filter((e) => groupOf(e.kind) === 'assembly');
  const assemblies = byFirstSentence(assemblyList);
  // Each sentence's events in their order, and each scope's candidates, are worked out once, not per figure.
  const bySentence = new Map<number, EventRecord[]>();
  for (const e of events) {
    for (const sentence of new Set(e.sources.map((s) => s.sentence))) {
      const list = bySentence.get(sentence);
      if (list) list.push(e);
      else bySentence.set(sentence, [e]);
    }
  }
  const candidatesFor = new Map<string, { list: EventRecord[]; allowed: Set<EventRecord> }>();
  for (const f of figures) {
    const inSentence = bySentence.get(f.source.sentence) ?? [];
    let event: EventRecord | undefined;
    if (f.measure === 'attendance') {
      event = inSentence.find((e) => groupOf(e.kind) === 'assembly');
      // "… marched through Marvant on Saturday." then "The organisers said 40,000 people took part. Police put the figure
      // at 12,000.": a crowd counted in the sentences right after a gathering is told, of no other time, is its crowd.
      const i = f.source.sentence;
      const text = sentences[i]?.text;
      if (!event && text !== undefined && aboutNoOtherGathering(text)) {
        const near = eventForSentence(assemblies, i);
        if (near && lastMentionUpTo(near, i) >= i - 3 && lastMentionUpTo(near, i) >= 0) event = near;
      }
    } else if (CASUALTY.has(f.measure)) {
      const scope = f.scope?.toLowerCase() ?? '';
      const kindWord = /uprising|protests|revolt/.test(scope) ? 'uprising' : /bomb|shelling|strike/.test(scope) ? 'bombardment' : /attack|massacre|raid/.test(scope) ? 'attack' : undefined;
      const key = `${kindWord ?? ''}|${scope}`;
      let found = candidatesFor.get(key);
      if (!found) {
        let candidates = happenings.filter((e) => !kindWord || groupOf(e.kind) === groupOf(kindWord as EventRecord['kind']));
        const dated = candidates.filter((e) => e.date?.month !== undefined && new RegExp(`\\b${monthName(e.date.month)}\\b`, 'i').test(scope) && (e.date.year === undefined || scope.includes(String(e.date.year)) || !/\d{4}/.test(scope)));
        if (dated.length > 0) candidates = dated;
        found = { list: candidates, allowed: new Set(candidates) };
        candidatesFor.set(key, found);
      }
      const { list, allowed } = found;
      event = inSentence.find((e) => allowed.has(e)) ?? (kindWord && list.length === 1 ? list[0] : undefined);
      // Without a scope in the text, a count in an article about one happening refers to it. (Not a count of the
      // executed: hangings are done by courts over a year, not in the uprising a report names in passing.)
      if (!event && !f.scope && happenings.length === 1 && f.measure !== 'displaced' && f.measure !== 'executed') event = happenings[0];
    }
    if (!event) continue;
    f.eventId = event.id;
    // A crowd counts the gathering itself, whatever else the sentence names ("to mark the anniversary of the 1979 revolution").
    if (f.measure === 'attendance') {
      f.scope = `the ${lowerFirst(event.label)}`;
      continue;
    }
    const words = f.scope ? f.scope.split(/\s+/).length : 0;
    if (!f.scope || words <= 2 || f.scope !== undefined && groupOf(event.kind) === 'violence' && !/\bof\b|\bon\b/.test(f.scope)) f.scope = `the ${lowerFirst(event.label)}`;
  }
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
function monthName(m: number): string {
  return MONTHS[m - 1] ?? '';
}
