/**
 * Date candidates: the dates a window states (English, French, German, numeric), resolved against the report's
 * own date ("on Sunday" in a report of 8 October 2017 is that day; "today" is the report's day). A day written
 * without a year takes one only when a single weekday-consistent year is one the report or question mentions;
 * otherwise it says the year is not stated. "Between December 1 and January 9" is one range.
 */
import type { FuzzyDate } from '../../domain/types.ts';
import { MONTH_NAMES } from '../../dates/calendar.ts';
import { DATELINE_END, dateIsScheduledFor, dateOfAnOccasionBeside, datesTold, deedBeforeDay, findDates, formatDate, SET_FOR_VERBS, type FoundDate } from '../../dates/index.ts';
import type { QuestionAnalysis, QuestionTerm } from '../../understand/analyse-question.ts';
import { proximity, type EvidenceWindow } from './evidence-windows.ts';
import { sentenceText, type Candidate, type ExtractContext } from './candidate.ts';
import type { ReportProfile } from './report-profile.ts';
import { fold } from '../../understand/text.ts';
import { tokenize, type Token } from '../../understand/vocabulary.ts';

/** A question about something set for a day ("when was the runoff set for?"): the day it was set for answers it. */
const SCHEDULED_ASKED = new RegExp(String.raw`\b${SET_FOR_VERBS}\b`, 'i');

/**
 * The report's own date, or the full date its head opens with (a dateline "Stockholm – March 1, 2026 —",
 * "Updated: 2013-08-31", "12/07/2019 22:02"). A date told later in the text is an event's, not the report's.
 */
export function reportDate(p: ReportProfile): FuzzyDate | undefined {
  const d = p.article.date;
  if (d.precision !== 'unknown' && d.year !== undefined) return d;
  // (Read once per report: the same date object each time, so what is read against it is kept too.)
  if (REPORT_DATES.has(p)) return REPORT_DATES.get(p);
  const got = datelineDate(p);
  REPORT_DATES.set(p, got);
  return got;
}

const REPORT_DATES = new WeakMap<ReportProfile, FuzzyDate | undefined>();

/** The dated dateline of an undated report's first sentences, else its date without a year (see `reportDate`). */
function datelineDate(p: ReportProfile): FuzzyDate | undefined {
  const d = p.article.date;
  for (const s of p.sentences.slice(0, 6)) {
    // (A dateline alone in its sentence too: "WASHINGTON, DC, USA, March 8, 2018. Yesterday, …".)
    const found = findDates(s.text).find((f) => f.date.precision === 'day' && f.date.year !== undefined && f.start <= 40 && (/^\s*(?:[-–—|]|\/\s*\p{L}|\d{1,2}:\d{2}|\.?\s*$)/u.test(s.text.slice(f.end, f.end + 8)) || /(?:updated|published|posted|date)\s*:?\s*$/i.test(s.text.slice(0, f.start))));
    if (found) return found.date;
  }
  return d.precision !== 'unknown' ? d : undefined;
}

/** Gives a yearless day a year when exactly one weekday-consistent year is mentioned by the report or the question. */
function withInferredYear(d: FuzzyDate, p: ReportProfile, questionYears: number[]): FuzzyDate {
  if (d.year !== undefined || !d.candidateYears?.length || d.month === undefined || d.day === undefined) return d;
  const known = new Set([...p.years, ...questionYears]);
  const fits = d.candidateYears.filter((y) => known.has(y));
  if (fits.length !== 1) return d;
  const y = fits[0] as number;
  return { ...d, year: y, yearStated: false, candidateYears: [y], iso: `${y}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}` };
}

/** How a date answer reads: "September 13, 2022"; a year inferred from the weekday says so. */
export function dateWords(d: FuzzyDate): string {
  if (d.year !== undefined && !d.yearStated && d.candidateYears?.length === 1) {
    return `${formatDate({ ...d, yearStated: true })} (the year from the weekday and the report)`;
  }
  return formatDate(d);
}

/** "When did the lawmaker give the toll?", "when was the figure announced?": the day of a saying is asked. */
export const SAYING_ASKED = /\bwhen\s+(?:did|was|were|has|had)\b.*\b(?:give|gave|given|announce|announced|reveal|revealed|release|released|disclose|disclosed|publish|published|state|stated|issue|issued|conclude|concluded)\b|\bwhen\s+(?:did|was|were)\b.*\b(?:report|statement|study|findings?|figures?|toll)\b.*\b(?:come|came)\s+out\b/i;

const RELATIVE = /\b(today|this morning|this afternoon|this evening|tonight|yesterday|aujourd'hui|ce matin|hier|heute|gestern)\b/i;

/**
 * An hour of the day as reports write it: "3 pm", "10.30 a.m.", "14:05", "1300 GMT", "at noon", "18.30 Uhr", "15 heures",
 * "20h30" (and at a sentence's end or before its comma, "starting at 17:00.", "ended at 19:00, but …").
 */
export const CLOCK_TIME = /(?<![\d.,:])(?:\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?)(?![\p{L}])|\d{1,2}(?:[.:]\d{2})?\s*(?:Uhr|heures?)\b|\d{1,2}\s*h(?:\s*\d{2})?\b|\d{1,2}[:.]\d{2}\s*(?:GMT|UTC|CET|CEST|BST|local time|hrs)?(?!\d|[.,]\d)|\d{4}\s*(?:GMT|UTC|CET|CEST|BST)\b|\b(?:noon|midday|midnight)\b)/iu;

/** Words telling that a gathering ended, in English, French and German. */
const CLOCK_END = /\b(?:end|ends|ended|ending|finish|finished|concluded|wrapped up|broke up|dispersed|beendet|endete|aufgelöst|terminée?|terminé|s'est achevée?|fin)\b/iu;

/**
 * "What time did the vigil end?" (`analysis.clock`): the times of day a window states, each a candidate; a day or a
 * month is no answer to it (a sentence "since 8 March" had been read as the time a gathering ended). The deed asked,
 * "began" or "beendet", told in the time's own sentence weighs it: "called for demonstrations at 8 p.m." is no time the
 * rally asked about began, and the other end told instead is another time.
 */
function clockCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const text = sentenceText(w);
  const tokens = w.tokens;
  const out: Candidate[] = [];
  const q = ctx.analysis.question;
  const asksStart = ctx.analysis.terms.some((t) => t.key === '@begin');
  const asksEnd = /\b(?:end|ends|ended|finish|finished|conclude|concluded|wrap up|wrapped up|break up|broke up|disperse|dispersed)\b/i.test(q);
  const began = tokens.some((t) => t.key === '@begin');
  const ended = CLOCK_END.test(text);
  const deedFit = asksStart ? (began ? 1 : ended ? 0.3 : 0.9) : asksEnd ? (ended ? 1 : began ? 0.3 : 0.9) : 1;
  for (const m of text.matchAll(new RegExp(CLOCK_TIME.source, 'giu'))) {
    const start = m.index ?? 0;
    const end = start + m[0].length;
    // "10.5 million", "3.2 percent": a decimal before a unit is a number, not an hour.
    if (/^\d{1,2}[.]\d{2}$/.test(m[0].trim()) && !/^\s*(?:[,;.)]|on\b|in\b|$)/i.test(text.slice(end, end + 4))) continue;
    const from = Math.max(0, tokens.findIndex((t) => t.end > start));
    let to = tokens.findIndex((t) => t.start >= end);
    if (to < 0) to = tokens.length;
    const near = proximity(ctx.index, ctx.analysis, tokens, from, to, (t: QuestionTerm) => t.sort === 'year');
    // "At 3 pm on Thursday": the day written with the hour belongs to the answer.
    const day = /^\s+on\s+((?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b(?:,?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}\b)?)/u.exec(text.slice(end));
    const words = day ? `${m[0].trim()} on ${day[1]}` : m[0].trim();
    out.push({ type: 'date', text: words, window: w, sentences: [w.si], fit: Math.min(1, (0.55 + 0.45 * near) * deedFit) });
  }
  return out;
}

/** Families of what befalls a person: dying, being arrested, executed, wounded. */
const FATES: ReadonlySet<string> = new Set(['@kill', '@arrest', '@execute', '@injure']);

/** "When did Lena Varo die?", "when was Tomas Brell arrested?": the day of a named person's fate is asked. */
const PERSON_FATE_ASKED = /\b[Ww]hen\s+(?:did|was|were|is|had)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:die|died|killed|arrested|detained|executed|hanged|shot|wounded|injured|pass(?:ed)? away)\b/u;

/** "Since when had Ivo Brant been held?", "since what year …": the day a lasting state began. */
export const SINCE_WHEN_ASKED = /\bsince\s+(?:when|(?:what|which)\s+(?:year|date|month|day|time))\b/i;

/**
 * "When was Lena Varo appointed envoy?", "when did Ivo Brant officially start?": the deed a named person's day is asked
 * by, the word right after the name (past an adverb), when it is a regular participle or a word of a known family.
 */
const NAMED_DEED_ASKED = /\b[Ww]hen\s+(?:did|was|were|is|had|has)\s+(?:\p{Lu}[\p{L}'’.-]*\s+){1,4}(?:\p{Ll}+ly\s+)?(\p{Ll}+)\b/u;

export function namedDeedAsked(a: QuestionAnalysis): string | undefined {
  const word = NAMED_DEED_ASKED.exec(a.question)?.[1];
  if (!word) return undefined;
  const term = a.terms.find((t) => t.sort === 'word' && t.fold === fold(word));
  if (!term || term.key === '@say') return undefined;
  return term.key.startsWith('@') || /ed$/.test(term.fold) ? term.key : undefined;
}

/** A day followed by what it came after: "on May 2 after …", "on May 2, following …". */
const AFTER_DAY = /^[\s,]*(?:\d{4}\s*)?(?:after|following)\b/i;

/** Whether the words asked (by key) stand in the sentence after `afterEnd` and none of them before `dayStart`. */
function deedAfterOnly(tokens: readonly Token[], keys: ReadonlySet<string>, dayStart: number, afterEnd: number): boolean {
  if (!keys.size) return false;
  const before = tokens.some((t) => t.end <= dayStart && keys.has(t.key));
  return !before && tokens.some((t) => t.start >= afterEnd && keys.has(t.key));
}

/** Date candidates of one window. */
/** A sentence closed by a photo credit in brackets ("(credit: JON DOE/AGENCY)", "(Photo: Reuters)"). */
const PHOTO_CAPTION = /\((?:photo\s*|image\s*|picture\s*)?(?:credit|photo|image|picture)s?\s*:.{0,120}$/i;

export function dateCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  if (a.clock) return clockCandidates(ctx, w);
  const p = w.report.profile;
  const text = sentenceText(w);
  const ref = reportDate(p);
  const found = datesTold(text, findDates(text, ref)).filter((f) => f.date.precision !== 'unknown' && f.date.precision !== 'year');
  const out: Candidate[] = [];
  const tokens = w.tokens;
  const tokenRange = (f: { start: number; end: number }): [number, number] => {
    const from = Math.max(0, tokens.findIndex((t) => t.end > f.start));
    let to = tokens.findIndex((t) => t.start >= f.end);
    if (to < 0) to = tokens.length;
    return [from, to];
  };
  const skip = (t: QuestionTerm) => t.sort === 'year';
  const wordKeys = new Set(a.terms.filter((t) => t.sort === 'word').map((t) => t.key));
  const fatesAsked = PERSON_FATE_ASKED.test(a.question) ? a.terms.filter((t) => FATES.has(t.key)).map((t) => t.key) : [];
  const asksSaying = SAYING_ASKED.test(a.question);
  // "When was Lena Varo appointed envoy?" against "Varo, envoy since her appointment …" or "Varo spoke on May 3": a
  // sentence that never writes the deed asked of the person dates another of their deeds.
  const deedAsked = asksSaying || fatesAsked.length ? undefined : namedDeedAsked(a);
  const deedFit = deedAsked && !tokens.some((t) => t.key === deedAsked) ? 0.6 : 1;
  const spans: SpanCandidate[] = [];
  const asksScheduled = SCHEDULED_ASKED.test(a.question);
  const asksSince = SINCE_WHEN_ASKED.test(a.question);
  // "rallies in Toronto (1 October) and Berlin (22 October)": a day in brackets after a name is that name's; asked
  // about one of the names, the others' days are not the answer.
  const labelOf = (f: FoundDate) => (/^\s*\)/.test(text.slice(f.end)) ? /(\p{Lu}[\p{L}'’-]+)\s*\(\s*$/u.exec(text.slice(0, f.start))?.[1] : undefined);
  const labels = found.map(labelOf);
  const labelAsked = (l: string | undefined) => !!l && a.terms.some((t) => t.sort === 'name' && t.fold === fold(l));
  const sortsByLabel = labels.filter(Boolean).length >= 2 && labels.some(labelAsked);
  // "A man walks past a mural in X, May 3, 2031 (credit: A. B/AGENCY)": a photo's caption dates the picture, not what
  // the report tells, unless a picture is asked about.
  if (PHOTO_CAPTION.test(text) && !/\b(?:photo\w*|pictures?|images?|captions?)\b/i.test(a.question)) return [];
  for (let k = 0; k < found.length; k++) {
    const f = found[k] as FoundDate;
    const before = text.slice(Math.max(0, f.start - 30), f.start);
    // "said on Monday", "reported on 12 May": the day someone spoke, not the day of the event — unless the question
    // asks when something was said or given ("when did the lawmaker give the toll?").
    // (So is "an unclassified report by US agencies concluded on Friday": the day a report's finding was made.)
    const spokenDay =
      /\b(?:said|says|told|reported|announced|stated|added|wrote|tweeted|published|released a|updated)\s*(?:on\s+|late\s+|early\s+)?$/i.test(before) ||
      /\b(?:report|study|inquiry|investigation|assessment|review|analysis|agencies|panel|experts)\s+(?:[\p{L}-]+\s+){0,2}(?:concluded|determined)\s*(?:on\s+)?$/iu.test(text.slice(Math.max(0, f.start - 100), f.start));
    if (spokenDay && !asksSaying) continue;
    // "a second round set for July 5": the day something is set for answers only a question about a scheduled thing.
    if (dateIsScheduledFor(text, f.start) && !asksScheduled) continue;
    // "On the eve of Harvest Day (May 4), exiles gathered": the named day's date, not the gathering's.
    if (dateOfAnOccasionBeside(text, f.start, f.end)) continue;
    // "gathered … in response to her detention in September": the day of another happening the gathering answered,
    // not the gathering's own, when the question asks when a gathering was (and not about that happening).
    const deed = deedBeforeDay(text, f.start);
    if (deed && a.terms.some((t) => t.key === '@rally') && !a.terms.some((t) => t.key === tokenize(deed)[0]?.key)) continue;
    // Asked when something was said, a date inside what was said ("said Monday that 230 were killed in November") is
    // the event's, not the saying's.
    const inSaid = asksSaying && !spokenDay && /\b(?:said|says|told|reported|announced|stated|revealed|disclosed)\b/i.test(text.slice(0, f.start));
    const next = found[k + 1];
    const [from, to0] = tokenRange(f);
    let to = to0;
    let date = withInferredYear(f.date, p, a.years);
    let words = dateWords(date);
    if (next && /^\s*,?\s*(?:and|to|until|till|-|–|et|au|bis|und)\s*$/i.test(text.slice(f.end, next.start)) && /\b(?:between|from|entre|du|vom|zwischen)\s+$/i.test(before)) {
      const end = withInferredYear(next.date, p, a.years);
      words = `from ${formatDate({ ...date, candidateYears: [] }).replace(/ \(year not stated\)$/, '')} to ${dateWords(end)}`;
      to = tokenRange(next)[1];
      k++;
    } else if (next && date.precision === 'day' && next.date.precision === 'day' && date.month === next.date.month && (date.day ?? 0) < (next.date.day ?? 0)) {
      // "on October 14 and 15", "May 3-4, 2021": two days of one month told together are the answer whole, not the
      // first day alone (nor the second).
      const joiner = /^\s*(?:(and)|-|–|—|to|until|till|through)\s*$/i.exec(text.slice(f.end, next.start));
      if (joiner) {
        const end = withInferredYear(next.date, p, a.years);
        const first = formatDate({ ...date, candidateYears: [] }).replace(/ \(year not stated\)$/, '').replace(/,? \d{4}$/, '');
        words = joiner[1] ? `${first} and ${dateWords(end)}` : `from ${first} to ${dateWords(end)}`;
        to = tokenRange(next)[1];
        k++;
      }
    }
    // "between 15 and 18 November", "from 3 to 7 May": the first day takes the month of the second.
    const bareFirst = date.precision === 'day' && date.day !== undefined ? /\b(?:between|from|entre|du|vom|zwischen)\s+(\d{1,2})(?:st|nd|rd|th|er)?\.?\s*(?:and|to|until|till|-|–|et|au|bis|und)\s*$/i.exec(text.slice(Math.max(0, f.start - 40), f.start)) : null;
    if (bareFirst && Number(bareFirst[1]) < (date.day as number)) {
      words = `from ${formatDate({ ...date, day: Number(bareFirst[1]), candidateYears: [] }).replace(/ \(year not stated\)$/, '').replace(/,? \d{4}$/, '')} to ${words}`;
    }
    if (date.precision === 'month' && found.some((g) => g !== f && g.date.precision === 'day')) date = { ...date };
    const precision = date.precision === 'day' ? 1 : 0.85;
    const near = proximity(ctx.index, a, tokens, from, to, skip);
    // "Iran, July 29, 2019 - A wide variety of media…": a dateline's day is when the report was filed, which the
    // event may precede; another date in the report tells the event's day better.
    const dateline = f.start <= 40 && (DATELINE_END.test(text.slice(f.end, f.end + 8)) || /^\s*,?\s*\d{1,2}:\d{2}/.test(text.slice(f.end, f.end + 8)));
    // A dateline on the report's own day says when it was filed, not when what it tells happened.
    if (dateline && ref && ref.iso === date.iso) continue;
    // "December 28 marks the 44th day since the protests began": a later day, not the start.
    const nthDay = /\b\d+(?:st|nd|rd|th)\s+day\s+(?:since|of|after)\b/i.test(text);
    // "the protests that have shaken Iran since November 15": the day they began.
    const since = /\bsince\s+(?:the\s+)?$/i.test(before);
    const asksStart = a.terms.some((t) => t.key === '@begin');
    // The date answers only if its sentence holds something the question asks about.
    const told = tokens.some((t) => a.terms.some((q) => (q.sort === 'word' || q.sort === 'name') && q.key === t.key));
    // Not asked when something began, "since January" dates the start of a span ("over 200 executions since January"),
    // seldom what the question asks.
    // Asked "since when" a state has lasted, a day written after "since" tells it; another day dates something else
    // in the sentence (another person's arrest beside the one asked).
    const startFit = asksSince ? (since ? 1.15 : 0.7) : asksStart ? (since ? 1.15 : nthDay ? 0.4 : 1) : since ? 0.6 : 1;
    const sayingFit = spokenDay ? 1.15 : inSaid ? 0.5 : 1;
    const labelFit = sortsByLabel && labels[k] ? (labelAsked(labels[k]) ? 1.2 : 0.4) : 1;
    // "Protests began on May 2 after the death of Lena Varo": asked when she died, the day dates the protests; the
    // death is only what they followed (the words asked stand after "after", none before it).
    const followed = AFTER_DAY.exec(text.slice(f.end));
    const followedFit = fatesAsked.length && followed && deedAfterOnly(tokens, wordKeys, f.start, f.end + followed[0].length) ? 0.4 : 1;
    // "When did Lena Varo die?" against "Varo was held on April 27": asked the day of a person's fate (death, arrest,
    // execution, wounding), a sentence that tells no such fate dates something else.
    const fateFit = fatesAsked.length && !tokens.some((t) => fatesAsked.includes(t.key)) ? 0.5 : 1;
    const c: Candidate = { type: 'date', text: words, window: w, sentences: [w.si], fit: Math.min(1, (0.55 * precision + 0.45 * near) * (dateline ? 0.75 : 1) * (told ? 1 : 0.5) * startFit * sayingFit * labelFit * followedFit * fateFit * deedFit), date };
    out.push(c);
    if (words.startsWith('from ')) spans.push({ c, from, to });
  }
  leadNamesSpans(a, tokens, spans);
  // "have inaugurated today", "this morning": the report's own day.
  if (out.length === 0 && ref && ref.precision === 'day' && RELATIVE.test(text)) {
    const m = RELATIVE.exec(text);
    const rel = (m?.[1] ?? '').toLowerCase();
    const shift = /yesterday|hier|gestern/.test(rel) ? -1 : 0;
    const date = shift && ref.year !== undefined && ref.month !== undefined && ref.day !== undefined ? shiftDay(ref, shift) : ref;
    out.push({ type: 'date', text: dateWords(date), window: w, sentences: [w.si], fit: 0.6, date });
  }
  // "…, and in March, the bloc hit the agency with sanctions": a month written without its year is no date the finder
  // reads, yet it is the time the sentence gives; it answers as that month, its year not stated (never guessed).
  if (out.length === 0 && !found.length) {
    const m = BARE_MONTH.exec(text);
    const month = m ? MONTH_NAMES.indexOf(m[1] as (typeof MONTH_NAMES)[number]) + 1 : 0;
    if (m && month > 0) {
      const at = m.index + m[0].length - (m[1] as string).length;
      const [from, to] = tokenRange({ start: at, end: at + (m[1] as string).length });
      const near = proximity(ctx.index, a, tokens, from, to, skip);
      const told = tokens.some((t) => a.terms.some((q) => (q.sort === 'word' || q.sort === 'name') && q.key === t.key));
      const date: FuzzyDate = { month, precision: 'month', yearStated: false, iso: '', source: 'text', text: m[1] as string };
      const fit = Math.min(1, (0.55 * 0.85 + 0.45 * near) * (told ? 1 : 0.5) * 0.9);
      // (Only told beside the words asked: "…, ahead of the yearly congress in mid-June by the lake" at the end of a
      // sentence about a rally dates the gatherings, not the rally.)
      if (fit >= BARE_MONTH_FIT) out.push({ type: 'date', text: dateWords(date), window: w, sentences: [w.si], fit, date });
    }
  }
  return out;
}

/** The least fit of a month told without its year: close enough to the question's words to be their time. */
const BARE_MONTH_FIT = 0.5;

/** A month told without its year or day ("in March,", "since early May"): not a date the date finder reads alone. */
const BARE_MONTH = new RegExp(String.raw`\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Bb]y)\s+(?:early\s+|late\s+|mid-?)?(${MONTH_NAMES.join('|')})\b(?![\s,]*\d)`);

/** A span candidate ("from July 3 to July 9") with its tokens in the sentence. */
interface SpanCandidate {
  c: Candidate;
  from: number;
  to: number;
}

/**
 * "The photos can be seen at the Senate lobby from July 3 to July 9, and at the Hall of Flags from July 8 to July 12":
 * each span is the period of the place named before it. Asked about one of those places, the span its own words lead
 * to answers; the other span, though it ends next to the place asked, is another place's. (Only when the sentence
 * ends with its last span: "from May 3 to 5 in Arlen, and from May 8 to 10 in Brisk" names each place after.)
 */
function leadNamesSpans(a: QuestionAnalysis, tokens: Token[], spans: SpanCandidate[]): void {
  if (spans.length < 2) return;
  const last = spans[spans.length - 1] as SpanCandidate;
  if (tokens.slice(last.to).some((t) => /[\p{L}\d]/u.test(t.raw))) return;
  const names = a.terms.filter((t) => t.sort === 'name');
  if (!names.length) return;
  const leads = spans.map((s, k) => {
    const start = k === 0 ? 0 : (spans[k - 1] as SpanCandidate).to;
    const lead = tokens.slice(start, s.from);
    return names.some((n) => lead.some((t) => t.key === n.key));
  });
  if (!leads.some(Boolean) || leads.every(Boolean)) return;
  spans.forEach((s, k) => {
    s.c.fit = leads[k] ? Math.min(1, s.c.fit * 1.2) : s.c.fit * 0.4;
  });
}

function shiftDay(d: FuzzyDate, delta: number): FuzzyDate {
  const t = new Date(Date.UTC(d.year as number, (d.month as number) - 1, (d.day as number) + delta));
  const y = t.getUTCFullYear();
  const m = t.getUTCMonth() + 1;
  const day = t.getUTCDate();
  return { ...d, year: y, month: m, day, iso: `${y}-${String(m).padStart(2, '0')}-${String(day).padStart(2, '0')}` };
}
