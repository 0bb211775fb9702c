/**
 * Report selection and passage scoring. A report is kept when it holds the question's constraints (its names, years,
 * place and occasion words, weighted by how rare each word is) and its own date does not contradict a year asked;
 * inside the kept reports every sentence is scored by the question terms it holds itself, next to it, or in the
 * report's title and lead — the focus of the question (the counted noun, the deed) only counts in or next to it.
 */
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { QuestionAnalysis, QuestionTerm } from '../../understand/analyse-question.ts';
import { CROWD_KEYS, keyOf, tokenize, type Token } from '../../understand/vocabulary.ts';
import type { DateRange, FuzzyDate } from '../../domain/types.ts';
import { datesInSentence } from '../lookups.ts';
import { dateMatchesRange } from '../../understand/question-dates.ts';
import { findDates } from '../../dates/index.ts';
import { reportDate } from './candidates-date.ts';
import { escapeRe, fold, similarWord } from '../../understand/text.ts';
import { memo } from '../memo.ts';
import { lexiconOf } from '../../understand/lexicon.ts';
import { eventReportIds } from './event-candidates.ts';
import { subjectWords } from './subject.ts';
import { profileOf, reportHas, termWeight, type Acronyms, type ReportProfile } from './report-profile.ts';
import { PLACE_WORDS } from './spans.ts';
import { FIRST_NAMES } from '../../extract/first-names.ts';

/** A report the question may be about. */
export interface ReportMatch {
  profile: ReportProfile;
  /** Share of the question's weighted terms the report holds (0–1). */
  coverage: number;
  /** Terms of the question the report does not hold. */
  missing: QuestionTerm[];
}

/** A sentence of a kept report, scored as evidence. */
export interface EvidenceWindow {
  report: ReportMatch;
  /** Sentence index in its report. */
  si: number;
  tokens: Token[];
  /** Share of the question's weighted terms the sentence covers (in it, next to it, or in the report's lead). */
  coverage: number;
  /** Share of the focus terms the sentence (or its neighbour) holds; 1 when the question has no focus words. */
  focus: number;
}

/** Reports beyond this many are first narrowed by passage search. */
const SCAN_ALL_UP_TO = 400;
/** A word in more than this share of an archive's sentences does not narrow a search for candidate reports. */
const RARE_SHARE = 0.01;

/** How much a term weighs: rarer words more, names and years more, the outlet a question cites little. */
export function weightOf(index: ArchiveIndex, t: QuestionTerm): number {
  // An acronym spelt like a common word ("IS") is as rare as a name: its spelling's frequency says nothing of it.
  const base = t.acronym ? 4 : Math.min(termWeight(index, t.fold), 6);
  const sort = t.sort === 'name' ? 1.5 : t.sort === 'year' ? 1.2 : t.sort === 'number' ? 1.2 : t.sort === 'source' ? 0.25 : t.sort === 'date' ? 0.4 : 1;
  const part = t.part === 'focus' ? 1.1 : 0.9;
  return base * sort * part;
}

/**
 * A number the question states and one the text states are the same amount when equal, or when the question's is
 * a round figure within 5 % of the text's ("around 7,000 people" for "some 7,009", "nearly 100k" for 97,500).
 */
function sameAmount(asked: number, stated: number): boolean {
  if (asked === stated) return true;
  const round = asked >= 100 && asked % (asked >= 10_000 ? 1000 : 100) === 0;
  return round && Math.abs(stated - asked) <= asked * 0.05;
}

/** A name written in capitals, as acronyms are ("BRDS", "TRD"); not two letters ("US", "UN"). */
export const ALL_CAPS = /^\p{Lu}{3,7}$/u;

/** Whether a token list holds a term (names allow a typo; an acronym may stand for the words it abbreviates). */
export function tokensHold(tokens: Token[], t: QuestionTerm, acronyms?: Acronyms, crowdAlike = false): boolean {
  if (acronyms?.has(t.fold) && /^[A-Z]{2,7}$/.test(t.text)) return true;
  const crowd = crowdAlike && CROWD_KEYS.has(t.key);
  for (let i = 0; i < tokens.length; i++) {
    const x = tokens[i] as Token;
    if (t.acronym) {
      if (x.raw === t.text) return true;
      continue;
    }
    // "BRDS" is no plural of "BRD": two names written in capitals are matched as written, never by the stem their keys
    // are cut to. (A question written all in capitals, "HOW MANY PROTESTERS", still meets "protester" by its key.)
    if (ALL_CAPS.test(t.text) && ALL_CAPS.test(x.raw) && x.fold !== t.fold) continue;
    if (x.key === t.key || x.parts?.includes(t.key)) return true;
    // "who directs …" / "who leads …": the doer's title says the deed ("Director Rami Abdulrahman", "leader").
    if (t.sort === 'word' && t.key.length >= 4 && x.fold.length - t.key.length <= 3 && x.fold.startsWith(t.key) && /(?:or|er)s?$/.test(x.fold) && tokens[i + 1]?.cap) return true;
    // Whoever said something at a gathering spoke at it; what has gone on "since" a day began then.
    if (t.key === '@speak' && x.key === '@say') return true;
    // "The Forum held a conference": whoever held or hosted an event organised it.
    if (t.key === '@organise' && heldEvent(tokens, i)) return true;
    if (t.key === '@begin' && x.fold === 'since') return true;
    // "More than 10,000 Iranians and German supporters gathered": people at a gathering, whatever the noun.
    if (crowd && (CROWD_KEYS.has(x.key) || x.key === '@rally' || x.key === '@iranian' || x.key === '@syrian' || /(ians|ers|ors|ists|ees)$/.test(x.fold))) return true;
    if (t.sort === 'number' && x.value !== undefined && sameAmount(Number(t.key), x.value)) return true;
  }
  if ((t.sort === 'name' || t.sort === 'source' || t.fold.length >= 7) && t.fold.length >= 5) {
    for (const x of tokens) if (Math.abs(x.fold.length - t.fold.length) <= 2 && similarWord(x.fold, t.fold)) return true;
  }
  return false;
}

/** "held a conference", "staged the demonstration": whoever held or staged an event organised it. */
export function heldEvent(tokens: Token[], i: number): boolean {
  if (!/^(held|hosted|staged)$/.test(tokens[i]?.fold ?? '')) return false;
  const next = tokens[i + 1]?.fold ?? '';
  return /^(a|an|its|their)$/.test(next) || (next === 'the' && /^@(rally|conference)$/.test(tokens[i + 2]?.key ?? ''));
}

function reportHolds(p: ReportProfile, t: QuestionTerm, a?: QuestionAnalysis, exact?: ReadonlySet<QuestionTerm>): boolean {
  if (t.locative && foreignName(p, t)) return true;
  if (t.sort === 'year') return p.years.has(Number(t.fold)) || p.keys.has(t.key) || yearlessDateFits(p, Number(t.fold), a);
  if (t.acronym || (t.sort === 'number' && !p.keys.has(t.key))) return p.tokens.some((ts) => tokensHold(ts, t));
  if (t.key === '@begin' && p.words.has('since')) return true;
  // "who directs …" in a report that titles someone "Director".
  if (t.sort === 'word' && t.part === 'focus' && t.key.length >= 4 && !p.keys.has(t.key) && ['or', 'er', 'ors', 'ers'].some((end) => p.words.has(t.key + end))) return true;
  if (t.key === '@speak' && p.keys.has('@say')) return true;
  // "Russia's UN ambassador" in a report on "the Russian UN Ambassador": a country and its people's adjective.
  if ((t.sort === 'name' || t.key.startsWith('@')) && t.fold.length >= 4 && nationOrCountry(t.fold).some((w) => p.words.has(w))) return true;
  // ("Banking Street" is keyed "bank": a name the archive writes is held only where a report writes it, not a river bank.)
  if (exact?.has(t) && t.sort === 'name' && t.key !== t.fold && !t.key.startsWith('@') && !p.words.has(t.fold)) return false;
  return reportHas(p, t.key, t.fold, !exact?.has(t) && (t.sort === 'name' || t.sort === 'source' || t.fold.length >= 7));
}

/** The adjective of a country's people, or the country of an adjective, as they are commonly formed ("russia" ↔ "russian"). */
function nationOrCountry(fold: string): string[] {
  // (Never a person's first name: "Julia" is not "Julian", nor "Christian" "Christ".)
  if (FIRST_NAMES.has(fold)) return [];
  const adjectives = ['n', 'an', 'ian', 'ese', 'ish'].map((e) => fold + e);
  const country = /(?:ian|an|n)$/.test(fold) && fold.length >= 6 ? [fold.replace(/n$/, ''), fold.replace(/an$/, ''), fold.replace(/ian$/, '')] : [];
  return [...adjectives, ...country].filter((w) => w !== fold && w.length >= 4 && !FIRST_NAMES.has(w));
}

/**
 * Names the archive writes as the question spells them: a typo allowance would let one of them stand for another name
 * of another report ("Waddington" for "Washington"), so each is looked for as written.
 */
function namesWritten(a: QuestionAnalysis, index: ArchiveIndex): Set<QuestionTerm> {
  return new Set(a.terms.filter((t) => (t.sort === 'name' || t.sort === 'source') && t.fold.length >= 5 && index.documentFrequency(t.fold).df > 0));
}

/**
 * A report dated without its year ("Tehran, May 19") fits a year the question asks with that month ("executed in
 * May 2023") when its weekday allows the year or it gives no candidates at all.
 */
function yearlessDateFits(p: ReportProfile, year: number, a?: QuestionAnalysis): boolean {
  const own = p.article.date;
  if (own.year !== undefined || !a?.range) return false;
  const [from, to] = [a.range.from, a.range.to];
  const inMonth = (m: number | undefined) => m !== undefined && from.startsWith(`${year}-${String(m).padStart(2, '0')}`) && to.startsWith(`${year}-${String(m).padStart(2, '0')}`);
  if (own.month !== undefined) return (!own.candidateYears?.length || own.candidateYears.includes(year)) && inMonth(own.month);
  // An undated report that tells of a day of that month without its year ("on October 22") and states no other year
  // of its own days.
  const days = reportDates(p).filter((d) => d.precision === 'day');
  return days.some((d) => d.year === undefined && inMonth(d.month)) && days.every((d) => d.year === undefined || d.year === year);
}

/**
 * Whether a report puts something at a place the question names. Its dateline alone does so only when the report
 * places its event nowhere that is a city in its own right ("LONDON — … outside Parliament in Westminster" is in
 * London; "STAVANGER — … in Bergen" is not in Stavanger).
 */
function placedAt(p: ReportProfile, t: QuestionTerm, datelines: Set<string>): boolean {
  // ("Downing" is keyed "down": a name whose key is cut from it is placed only where the report writes it whole.)
  if ((p.placeKeys.has(t.key) && (t.sort !== 'name' || t.key === t.fold || t.key.startsWith('@') || p.words.has(t.fold))) || p.allAcronyms.has(t.fold)) return true;
  if (p.article.dateline && tokenize(p.article.dateline).some((x) => x.key === t.key)) {
    const lead = p.tokens.slice(0, 3).flat();
    const elsewhere = lead.some((x) => x.cap && x.key !== t.key && datelines.has(x.fold) && !p.article.dateline?.toLowerCase().includes(x.fold));
    if (!elsewhere) return true;
  }
  if (foreignName(p, t)) return true;
  if (t.fold.length < 5) return false;
  for (const w of p.names) if (Math.abs(w.length - t.fold.length) <= 2 && similarWord(w, t.fold) && p.placeKeys.has(keyOf(w))) return true;
  return false;
}

/**
 * A report in another language names a place in its own words: "Brandenburger Tor" holds "the Brandenburg Gate" (the
 * name with its own ending; the English common noun "Gate" it may not write at all).
 */
export function foreignName(p: ReportProfile, t: QuestionTerm): boolean {
  if ((p.article.language ?? 'en') === 'en' || t.sort !== 'name') return false;
  if (PLACE_WORDS.has(t.fold)) return true;
  return t.fold.length >= 5 && p.names.some((w) => w.length > t.fold.length && w.length - t.fold.length <= 3 && w.startsWith(t.fold));
}

/**
 * Whether a report can tell of the day a question names ("on December 2, 2019"): one of its dates (read against
 * its own date, so "on Tuesday" counts) or its own date falls on it. Months and years are not checked here.
 */
function datesFit(a: QuestionAnalysis, p: ReportProfile): boolean {
  const r = a.range;
  if (!r || r.from !== r.to) return true;
  if (p.article.date.precision === 'day' && dateMatchesRange(p.article.date, r)) return true;
  // ("Dockers marching in Orsk on June 3, 2030" over a report that tells the march "on Sunday": the day its headline
  // gives fits the day asked, as the report's own date would.)
  if (findDates(p.article.title ?? '', reportDate(p)).some((f) => f.date.precision === 'day' && dateMatchesRange(f.date, r))) return true;
  // A month ("the February 2026 protests in Tabriz") fits a day of it only where it is told of the place asked
  // (and never when the question names no place).
  if (yearlessDayFits(p, r)) return true;
  const places = a.terms.filter((t) => t.locative);
  return sentenceDates(p).some((ds, i) =>
    ds.some((d) => dateMatchesRange(d, r) && (d.precision === 'day' || (places.length > 0 && places.some((t) => tokensHold(p.tokens[i] ?? [], t))))),
  );
}

/**
 * "the protest of May 3, 2031" against a report with no date of its own that tells of "May 3" and writes no year at
 * all, or only the one asked: the day asked, its year left unsaid. (A report naming other years is left to its dates.)
 */
function yearlessDayFits(p: ReportProfile, r: DateRange): boolean {
  const year = /^\d{4}/.exec(r.from)?.[0];
  if (!year || p.article.date.precision !== 'unknown' || [...p.years].some((y) => String(y) !== year)) return false;
  const days = reportDates(p).filter((d) => d.precision === 'day');
  return days.some((d) => d.year === undefined && !d.candidateYears?.length && dateMatchesRange({ ...d, year: Number(year) }, r));
}

/** The dates each sentence of a report states, read against the report's own date (memoised on the profile). */
export function sentenceDates(p: ReportProfile): FuzzyDate[][] {
  const cached = SENTENCE_DATES.get(p);
  if (cached) return cached;
  const ref = reportDate(p);
  // (`findDates` itself passes over a sentence without a digit, a month or a weekday.)
  const out = p.sentences.map((s) => datesInSentence(s, ref).map((f) => f.date));
  SENTENCE_DATES.set(p, out);
  return out;
}
const SENTENCE_DATES = new WeakMap<ReportProfile, FuzzyDate[][]>();

/** Every date a report states, read against its own date (memoised on the profile). */
function reportDates(p: ReportProfile): FuzzyDate[] {
  const out = sentenceDates(p).flat();
  if (p.article.date.precision !== 'unknown') out.push(p.article.date);
  return out;
}

/** The report's title and text as folded words, padded with spaces, for phrase look-ups (see `ReportProfile.folded`). */
function foldedText(p: ReportProfile): string {
  return p.folded;
}

/**
 * The ids of the reports worth reading for a question. A large archive is narrowed first: the reports of the events
 * the structured index puts where, when and with whom the question asks, then the reports whose sentences hold the
 * question's words.
 */
function candidateIds(a: QuestionAnalysis, index: ArchiveIndex): { ids: string[]; narrowed: boolean; first: number } {
  const all = index.data.articles;
  if (all.length <= SCAN_ALL_UP_TO) return { ids: all.map((x) => x.id), narrowed: false, first: 0 };
  const events = eventReportIds(a, index, 30);
  const ids = events.ids;
  const first = events.allConstraints ? ids.length : 0;
  const seen = new Set(ids);
  // The rarer words find the reports; a word in every other sentence ("rally", "Iran") only slows the search.
  const ranked = [...new Set(a.terms.filter((t) => t.sort !== 'source').map((t) => t.fold))]
    .map((w) => ({ w, df: index.documentFrequency(w) }))
    .sort((x, y) => x.df.df - y.df.df);
  const rare = ranked.filter((x) => x.df.df > 0 && x.df.df / Math.max(1, x.df.n) < RARE_SHARE).slice(0, 6);
  const query = (rare.length ? rare : ranked.filter((x) => x.df.df > 0).slice(0, 3)).map((x) => x.w).join(' ');
  if (query) {
    for (const h of index.searchPassages(query, { limit: 200, exact: true })) {
      if (seen.has(h.articleId)) continue;
      seen.add(h.articleId);
      ids.push(h.articleId);
      if (ids.length >= 50) break;
    }
  }
  return { ids, narrowed: true, first };
}

/**
 * Whether a report's own time contradicts a year the question asks about, the report never mentioning that year:
 * its date has another year, or the weekday of its yearless date fits other years only, or every full date it
 * states ("December 2, 2019") falls in other years.
 */
function yearContradicted(a: QuestionAnalysis, p: ReportProfile): boolean {
  if (!a.years.length) return false;
  if (a.years.some((y) => p.years.has(y))) return false;
  const own = p.article.date;
  if (own.year !== undefined) return !a.years.includes(own.year);
  if (own.candidateYears?.length) return !own.candidateYears.some((y) => a.years.includes(y));
  // "Tehran, May 19" asked as "in May 2023": its own month fits; the older days it recalls do not date it.
  if (a.years.some((y) => yearlessDateFits(p, y, a))) return false;
  // "on Saturday, September 17", the year not stated: the years its weekday fits (2011, 2016, 2022). A report whose
  // every day told with its weekday fits none of the years asked is of another year.
  const dates = reportDates(p);
  const weekdayDays = dates.filter((d) => !d.yearStated && d.candidateYears?.length);
  if (weekdayDays.length && weekdayDays.every((d) => !d.candidateYears?.some((y) => a.years.includes(y)))) return true;
  // The days it states in full ("December 2, 2019"), when they all fall in one year, say when its events were; a
  // report whose days span years (or that states none) is not judged by them.
  const stated = new Set(dates.filter((d) => d.yearStated && d.year !== undefined && d.precision === 'day').map((d) => d.year as number));
  if (stated.size === 1 && !a.years.some((y) => stated.has(y))) return true;
  // A count asked for a year after every year an undated report names ("executions in 2024" against a report on
  // 2023): the report was written before then, and its figures are of another year.
  // (A year long past, "33 years after the Wall fell", recalls history and says nothing of when it was written.)
  const latest = Math.max(...p.years);
  // A count asked for a year before every year an undated report names ("deaths in the jan 2016 unrest" against a
  // report that writes only 2020): it was written later and counts a later toll, or it would name the year asked.
  const earliest = Math.min(...p.years);
  return a.expects === 'count' && p.years.size > 0 && a.years.every((y) => (y > latest && y - latest <= 3) || y < earliest);
}

const SELECTED = new WeakMap<QuestionAnalysis, ReportMatch[]>();

/** The reports that fit the question's constraints, best first (at most `limit`); computed once per analysis. */
export function selectReports(a: QuestionAnalysis, index: ArchiveIndex, limit = 4): ReportMatch[] {
  let fitting = SELECTED.get(a);
  if (!fitting) {
    fitting = fittingReports(a, index);
    SELECTED.set(a, fitting);
  }
  return fitting.slice(0, limit);
}

/**
 * In a narrowed archive (more than `SCAN_ALL_UP_TO` reports), reading candidates stops once this many fit and the
 * next is not likely to come within 70 % of the best…
 */
const ENOUGH_FITTING = 8;
/** …and in any case after this many, besides the reports of the events that fit every constraint (all read). */
const READ_AT_MOST = 20;

/** The first and last words of the people the archive names with three words ("dana whitcombe" for "Dana Reyes Whitcombe"). */
function namesWithAMiddleName(index: ArchiveIndex): ReadonlySet<string> {
  return memo(index, 'reader-middle-names', () => {
    const out = new Set<string>();
    for (const sp of index.data.speakers) {
      const w = fold(sp.name).split(/\s+/);
      if (w.length === 3) out.add(`${w[0]} ${w[2]}`);
    }
    return out;
  });
}

/** Every report that fits the question well enough (coverage within 70 % of the best), best first. */
function fittingReports(a: QuestionAnalysis, index: ArchiveIndex): ReportMatch[] {
  const datelines = lexiconOf(index).datelines;
  const total = a.terms.reduce((s, t) => s + weightOf(index, t), 0);
  if (total <= 0) return [];
  const out: Array<ReportMatch & { at: number }> = [];
  const { reports: candidates, narrowed, first } = candidateReports(a, index, total);
  // (The same for every report: the question's names that must be written whole.)
  const whole = namesWrittenWhole(a);
  // (A middle initial the question leaves out may stand between the words: "Dana Whitcombe" is "Dana R. Whitcombe"; so
  // may a middle name, for a person the archive names with one: "Dana Whitcombe" is "Dana Reyes Whitcombe".)
  const middled = namesWithAMiddleName(index);
  const wholeWithInitials = whole.map((body) =>
    body.length === 2 && middled.has(body.join(' ')) ? new RegExp(` ${escapeRe(body[0] as string)}(?: [a-z]+)? ${escapeRe(body[1] as string)} `) : new RegExp(` ${body.map(escapeRe).join('(?: [a-z])? ')} `),
  );
  const exact = namesWritten(a, index);
  let best = 0;
  let read = 0;
  for (const { id, likely, at } of candidates) {
    // (Each report read costs its sentences tokenised: most of a first answer's time in a large archive.)
    if (narrowed && read >= first && (read >= first + READ_AT_MOST || (out.length >= ENOUGH_FITTING && likely < best * 0.7))) break;
    const p = profileOf(index, id);
    read++;
    if (!p || p.sentences.length === 0) continue;
    if (yearContradicted(a, p)) continue;
    // A report that does not name where the question puts the event ("the rally in Rome") is about another one.
    const foreign = (p.article.language ?? 'en') !== 'en';
    if (a.terms.some((t) => t.sort === 'name' && t.locative && !(foreign && /^[A-Z]{2,7}$/.test(t.text)) && !placedAt(p, t, datelines))) continue;
    if (!datesFit(a, p)) continue;
    let got = 0;
    const missing: QuestionTerm[] = [];
    for (const t of a.terms) {
      if (reportHolds(p, t, a, exact)) got += weightOf(index, t);
      else missing.push(t);
    }
    // "the Association of Iranian Exiles": a body's name counts only where the report writes it whole.
    for (const [k, body] of whole.entries()) {
      if (foldedText(p).includes(` ${body.join(' ')} `) || (body.length >= 2 && wholeWithInitials[k]?.test(foldedText(p)))) continue;
      // ("Russia's UN ambassador" written "the Russian UN Ambassador".)
      if (body.length >= 2 && body.some((w, i) => nationOrCountry(w).some((alt) => foldedText(p).includes(` ${[...body.slice(0, i), alt, ...body.slice(i + 1)].join(' ')} `)))) continue;
      // "the Toronto Global Day of Action rally": a town before an event's name is where it was, no part of the name
      // ("the Global Day of Action for Iran rally … in Toronto").
      const town = a.terms.find((t) => t.sort === 'name' && t.fold === body[0]);
      if (body.length >= 3 && town && placedAt(p, town, datelines) && foldedText(p).includes(` ${body.slice(1).join(' ')} `)) continue;
      for (const t of a.terms.filter((x) => body.includes(x.fold) && !missing.includes(x))) {
        got -= weightOf(index, t);
        missing.push(t);
      }
    }
    out.push({ profile: p, coverage: got / total, missing, at });
    best = Math.max(best, got / total);
  }
  // Equal coverage: the order the candidates were found in (events first, then by passage search).
  out.sort((x, y) => y.coverage - x.coverage || x.at - y.at);
  return out.filter((r) => r.coverage >= best * 0.7).map(({ at: _, ...r }) => r);
}

/**
 * The candidate reports in the order to read them, each with the share of the question's weight it likely holds.
 * In a narrowed archive that share is told from the passage index alone (does the report write the word, in any
 * sentence or its title?) before any report is read, and the likeliest come first; a term the index cannot tell
 * (a year, a number, a word family such as "attend", an acronym) counts as held everywhere.
 */
function candidateReports(
  a: QuestionAnalysis,
  index: ArchiveIndex,
  total: number,
): { reports: Array<{ id: string; likely: number; at: number }>; narrowed: boolean; first: number } {
  const { ids, narrowed, first } = candidateIds(a, index);
  if (!narrowed) return { reports: ids.map((id, at) => ({ id, likely: 1, at })), narrowed, first };
  const likely = new Float64Array(ids.length);
  for (const t of a.terms) {
    const w = weightOf(index, t) / total;
    const told = t.sort === 'word' || t.sort === 'name';
    if (!told || t.acronym || t.key.startsWith('@')) {
      for (let i = 0; i < ids.length; i++) likely[i] = (likely[i] as number) + w;
      continue;
    }
    const byFold = index.articlesHolding(t.fold, ids);
    const byKey = t.key !== t.fold ? index.articlesHolding(t.key, ids) : byFold;
    for (let i = 0; i < ids.length; i++) if (byFold[i] || byKey[i]) likely[i] = (likely[i] as number) + w;
  }
  // The reports of events that fit every constraint the structured index could check come first, as found.
  const reports = ids.map((id, at) => ({ id, likely: likely[at] as number, at }));
  const rest = reports.slice(first).sort((x, y) => y.likely - x.likely || x.at - y.at);
  return { reports: [...reports.slice(0, first), ...rest], narrowed, first };
}

/**
 * The names a report must write whole to hold them: bodies ("the Association of Iranian Exiles") and the person
 * whose words or role are asked ("Johanna Lambert" is not held by a report on Johanna Mahdavi and Nikolai Lambert).
 */
function namesWrittenWhole(a: QuestionAnalysis): string[][] {
  const out = [...(a.bodies ?? [])];
  if (a.subject && !a.subject.group && !/^(the|a|an)\s/i.test(a.subject.text)) {
    // As written, particles kept ("michele de vaucouleurs"), titles left out.
    // Only the words the question itself writes: "Khamenei", matched to the archive's "Ali Khamenei", is held by a
    // report on "Ayatollah Khamenei".
    const asked = new Set(tokenize(a.question).map((t) => t.fold));
    const words = tokenize(a.subject.text)
      .map((t) => t.fold)
      .filter((f) => !/^(mr|mrs|ms|dr|lord|lady|sir|senator|sen|rep|congressman|congresswoman|mp|mep|councillor|councilor|governor|gov|minister|mayor|president|prof|professor)$/.test(f))
      .filter((f) => asked.has(f) && f !== 's');
    // ("Ana Brook of the Tarn League": the person's name is written whole, the body after "of" wherever it is.)
    const of = words.indexOf('of');
    const named = of >= 2 && of <= 3 && FIRST_NAMES.has(words[0] ?? '') ? words.slice(0, of) : words;
    if (subjectWords(a).length >= 2 && named.length >= 2) out.push(named);
  }
  return out;
}

/** Scores every sentence of the kept reports as evidence for the question, best first. */
export function scoreWindows(a: QuestionAnalysis, index: ArchiveIndex, reports: ReportMatch[]): EvidenceWindow[] {
  const weights = a.terms.map((t) => weightOf(index, t));
  // A focus word the archive never uses (a paraphrase, "overall") cannot be asked of any sentence.
  // (Only for counts, places and dates: for an agent or a fact the unknown word is the deed asked, "summon".)
  const lenient = a.expects === 'count' || a.expects === 'place' || a.expects === 'date';
  // Counting at a gathering, "took part" / "showed up" is said by the counted noun itself ("191 cities").
  // and "people" says only that persons are counted ("how many people were arrested": "Number of arrests: 14,000").
  const optional = (t: QuestionTerm) =>
    a.expects === 'count' && !!a.counted?.length && (((t.key === '@attend' || t.key === '@rally') && !a.counted.includes(t.key)) || (t.key === '@people' && a.terms.some((x) => x.part === 'focus' && x.key !== '@people')));
  const counts = a.terms.map((t) => t.part === 'focus' && !optional(t) && (!lenient || t.key.startsWith('@') || index.documentFrequency(t.fold).df > 0));
  const focusTotal = a.terms.reduce((s, t, i) => s + (counts[i] ? (weights[i] as number) : 0), 0);
  const out: EvidenceWindow[] = [];
  // People who attended, protested or were simply there count alike when a crowd is counted.
  const crowd = a.expects === 'count' || (a.expects === 'statement' && !!a.subject?.group);
  const sentenceTotal = a.terms.reduce((s, t, k) => s + (weights[k] as number) * (t.inAsk || t.part === 'focus' ? 1 : 0.6), 0);
  const day = a.range && a.range.from === a.range.to ? a.range : undefined;
  const nTerms = a.terms.length;
  for (const r of reports) {
    const p = r.profile;
    const leadTokens = p.tokens.slice(0, 2).flat();
    const titleHas = (t: QuestionTerm) => p.lead.has(t.key) || tokensHold(leadTokens, t);
    const all = p.tokens;
    // Whether each sentence holds each term, tested once: a sentence is judged on itself and its two neighbours.
    const held = new Uint8Array(all.length * nTerms);
    all.forEach((tokens, si) => a.terms.forEach((t, k) => (held[si * nTerms + k] = tokensHold(tokens, t, p.acronyms[si], crowd) ? 1 : 0)));
    // A context word's weight where no sentence near holds it: in the title or lead, or anywhere in the report (per term, once).
    const away = new Float64Array(nTerms).fill(-1);
    all.forEach((tokens, si) => {
      if (tokens.length === 0) return;
      let got = 0;
      let focusGot = 0;
      const told = day ? dayTold(p, si, day) : undefined;
      a.terms.forEach((t, k) => {
        // Words of a clause that only sets the scene ("…, in the same report as the barrel bombs that killed 36")
        // place the report; the sentence is judged mostly on the clause that asks.
        const w = (weights[k] as number) * (t.inAsk || t.part === 'focus' ? 1 : 0.6);
        let m = 0;
        if (held[si * nTerms + k]) m = 1;
        else if ((si > 0 && held[(si - 1) * nTerms + k]) || (si + 1 < all.length && held[(si + 1) * nTerms + k])) m = 0.5;
        else if (t.part === 'context') {
          if ((away[k] as number) < 0) away[k] = titleHas(t) ? 0.5 : reportHolds(p, t) ? 0.3 : 0;
          m = away[k] as number;
        }
        // "rallied on Sunday" in a report of Tuesday 23 February: the sentence tells of the 21st, whatever words
        // the report's date shares with the day asked; "on Tuesday" in that report tells of the 23rd.
        if (told && (t.sort === 'date' || t.sort === 'year')) m = told === 'fits' ? 1 : 0;
        got += w * m;
        if (counts[k]) focusGot += (weights[k] as number) * m;
      });
      out.push({ report: r, si, tokens, coverage: sentenceTotal ? got / sentenceTotal : 0, focus: focusTotal ? focusGot / focusTotal : 1 });
    });
  }
  out.sort((x, y) => score(y) - score(x));
  return out;
}

/**
 * Whether a sentence tells of the day asked ('fits'), only of other days ('other'), or of no day at all. The day of
 * a dateline ("Bergen, May 16, 2016 — … on Saturday") is when the report was filed, not the day it tells of, when
 * the sentence names another.
 */
function dayTold(p: ReportProfile, si: number, day: DateRange): 'fits' | 'other' | undefined {
  let days = (sentenceDates(p)[si] ?? []).filter((d) => d.precision === 'day');
  if (!days.length) return undefined;
  const text = p.sentences[si]?.text ?? '';
  const told = days.filter((d) => !datelineDay(text, d));
  if (told.length) days = told;
  return days.some((d) => dateMatchesRange(d, day)) ? 'fits' : 'other';
}

/** Whether a date is the one a sentence opens with as a dateline ("Bergen, May 16, 2016 —"). */
function datelineDay(text: string, d: FuzzyDate): boolean {
  const at = text.indexOf(d.text);
  return at >= 0 && at <= 40 && /^[^,.]{1,40},\s*$/.test(text.slice(0, at)) && /^\s*[-–—]/.test(text.slice(at + d.text.length, at + d.text.length + 4));
}

/** The evidence score of a window: its own coverage, its focus, and its report's fit. */
export function score(w: EvidenceWindow): number {
  return 0.45 * w.coverage + 0.2 * w.focus + 0.35 * w.report.coverage;
}

/** Token distance from a token range to the nearest token holding a term (Infinity when the sentence lacks it). */
export function distanceTo(tokens: Token[], from: number, to: number, t: QuestionTerm): number {
  let best = Infinity;
  tokens.forEach((x, i) => {
    if (i >= from && i < to) return;
    if (x.key !== t.key && !(t.sort === 'name' && x.fold.length >= 5 && similarWord(x.fold, t.fold))) return;
    const d = i < from ? from - i : i - to + 1;
    if (d < best) best = d;
  });
  return best;
}

/**
 * How well a candidate at tokens [from, to) sits among the question's terms: each term present nearby adds its
 * weight, decaying with distance (0–1 of the terms' total weight).
 */
export function proximity(index: ArchiveIndex, a: QuestionAnalysis, tokens: Token[], from: number, to: number, skip?: (t: QuestionTerm) => boolean): number {
  let got = 0;
  let total = 0;
  for (const t of a.terms) {
    if (skip?.(t)) continue;
    const w = weightOf(index, t);
    total += w;
    const d = distanceTo(tokens, from, to, t);
    if (Number.isFinite(d)) got += w * Math.exp(-(d - 1) / 5);
  }
  return total ? got / total : 0;
}
