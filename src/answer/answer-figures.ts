/** Answers to how-many questions: attributed figures, disagreeing sources shown together. */
import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, DateRange, EventRecord, Figure, FuzzyDate, Intent } from '../domain/types.ts';
import { findDates } from '../dates/index.ts';
import { isMeasureWord, measureOf, measurePhrase } from '../understand/measures.ts';
import { dateMatchesRange, questionYears } from '../understand/question-dates.ts';
import { contentStems, escapeRe, fold, foldedKeyWord, stem, unaccentLower, words } from '../understand/text.ts';
import { STOP_WORDS } from '../index/fold.ts';
import { claimantOf, clip, eventPhrase, figureSource, joinList, midSentence, publishedByOutlet, reportedDates, sentenceAt, sourceOf, StemSet } from './evidence.ts';
import { opensElsewhere, placeConflict, placeConflictWith, SCAFFOLD_STEMS, sentencesHolding } from './event-match.ts';
import { figureContext, figureContextFold, figureDates, sentenceDates } from './lookups.ts';
import { conflictsOfMeasure, figuresOfEvent, memo, memoFor } from './memo.ts';
import { pickPassages, stemSet } from './passages.ts';
import { citeAll, provOf, answered, answerFromPassages, matchedEvents, capitalise } from './reply.ts';
import { answerTimeline } from './answer-events.ts';
import { asksChange, asksRate, isRate } from './rate.ts';
import { sinceFit } from './reader/since-clause.ts';
import { otherYearOwn, ownClauseYears } from './count-year.ts';
import { findAmounts } from '../extract/figure-numbers.ts';
import { TELLING_AFTER } from '../extract/figure-measures.ts';
import { writesNumber, writtenWhole } from './numbers-stated.ts';
import { crowdSourceUnnamed } from './reader/candidates-count.ts';
import { creditsSourceAsked, sourceAskedFor, writesBodyAsked } from '../understand/analyse-question.ts';

const COUNTED_NOUNS = stemSet([
  'people', 'person', 'persons', 'protesters', 'protester', 'protest', 'demonstrators', 'member', 'members', 'supporters', 'civilians',
  'individuals', 'citizens', 'youths', 'youth', 'victims', 'part', 'take', 'took', 'total', 'figure', 'figures', 'far', 'so', 'many',
  'were', 'number', 'estimate', 'estimated', 'according', 'reported', 'report',
]);

/** "Number of injured: 4,000": a counted noun that only repeats the measure reads as "people". */
const COUNTED_AS_MEASURE = /^(the )?(killed|dead|deaths?|martyrs?|injured|wounded|injuries|detainees?|arrested|detained|arrests|executed|executions|missing|displaced|identified|damaged|casualties|victims)$/i;

function figureParts(index: ArchiveIndex, f: Figure): { src: string; body: string } {
  let amount = midSentence(f.text.trim());
  if (/^(hundreds|thousands|dozens|scores|tens of thousands|hundreds of thousands|millions)$/i.test(amount) && f.counted?.trim()) amount = `${amount} of`;
  const counted = f.counted?.trim();
  const countedIsMeasure = counted ? COUNTED_AS_MEASURE.test(counted) : false;
  // "12,480 civilian deaths", "300 arrests", "212 deaths among demonstrators": the noun already says what happened;
  // "were killed" would repeat it (and "people" would lose it: "940 people.").
  const nounTells = !!counted && /^(?:[\p{L}-]+\s+){0,2}?(?:deaths?|arrests|detentions|injuries|executions|casualties|killings)(?:\s+(?:among|of|in|at|during|across|since|from|by)\s.*)?$/iu.test(counted);
  // "at least 251 cases": cases of the deed counted ("251 cases were executed" would say the cases were).
  const deed = counted && /^(?:cases|instances|incidents)$/i.test(counted) ? CASES_OF[f.measure] : undefined;
  if (deed) return { src: figureSource(index, f, sentenceAt(index, f.source)), body: `${amount} ${counted} of ${deed}${scopeOf(f, amount, counted)}` };
  const named = counted && (nounTells || !countedIsMeasure);
  const noun = named && !fold(amount).includes(fold(counted)) ? ` ${counted}` : named ? '' : ' people';
  // ("one man was killed": a count of one takes the verb in the singular.)
  const phrase = nounTells ? '' : f.value === 1 && !f.upper ? measurePhrase(f.measure).replace(/^were\b/, 'was').replace(/^are\b/, 'is').replace(/^have\b/, 'has') : measurePhrase(f.measure);
  return { src: figureSource(index, f, sentenceAt(index, f.source)), body: `${amount}${noun}${phrase ? ` ${phrase}` : ''}${scopeOf(f, amount, counted)}` };
}

/** What a count of cases counts cases of. */
const CASES_OF: Partial<Record<Figure['measure'], string>> = { executed: 'execution', killed: 'killing', arrested: 'arrest', injured: 'injury', missing: 'disappearance' };

/** A figure's scope as the end of its sentence (" in the November uprising"), unless its amount already says it. */
function scopeOf(f: Figure, amount: string, counted: string | undefined): string {
  let scope = f.scope?.trim() ?? '';
  if (scope && fold(`${amount} ${counted ?? ''}`).includes(fold(scope))) scope = '';
  return scope ? (/^(in|during|at|on|since|after|by|of|across|from)\b/i.test(scope) ? ` ${scope}` : ` in ${scope}`) : '';
}

/**
 * What makes two figures the same figure: the same value claimed by the same source, or the same text in the same
 * report. Keys made once per figure, so that a long list is told apart in one pass.
 */
function sameFigureKeys(f: Figure): { value?: string; text: string } {
  let k = FIGURE_KEYS.get(f);
  if (!k) {
    const v = f.value ?? f.lower ?? f.upper;
    k = { ...(v !== undefined && !Number.isNaN(v) ? { value: `${v}\u0000${fold(f.claimant ?? '')}` } : {}), text: `${f.source.articleId}\u0000${fold(f.text)}` };
    FIGURE_KEYS.set(f, k);
  }
  return k;
}
const FIGURE_KEYS = new WeakMap<Figure, { value?: string; text: string }>();

/** The figures already kept, for telling whether another is one of them (see `sameFigureKeys`). */
class FigureSet {
  readonly #values = new Set<string>();
  readonly #texts = new Set<string>();
  add(f: Figure): void {
    const k = sameFigureKeys(f);
    if (k.value !== undefined) this.#values.add(k.value);
    this.#texts.add(k.text);
  }
  holdsSame(f: Figure): boolean {
    const k = sameFigureKeys(f);
    return (k.value !== undefined && this.#values.has(k.value)) || this.#texts.has(k.text);
  }
}

const NUMBER_WORDS = /\b(\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds|thousands|scores|several)\b/i;

/** Nouns that count anyone caught up in an event: a figure of any of them answers "how many <noun>". */
const GENERIC_COUNTED = /^(people|persons?|protest[eo]rs?|demonstrators?|civilians?|individuals?|citizens?|victims?|casualties|participants?|supporters?|residents?|\p{L}+ians|\p{L}+ans|total|in|of|the|were|was|have|had|did)$/u;
const EVENT_NOUNS = /^(times?|rallies|events|protests|demonstrations|gatherings|attacks|strikes|cities|towns|provinces|countries|days|years|months|weeks)$/;

/**
 * The group a how-many question counts when it is narrower than people at large ("how many children were killed",
 * "how many women gathered"): a figure or sentence must count that group, not a total that includes it.
 */
export function askedGroup(question: string): string | undefined {
  // ("how many members of the security forces": the group is the forces; "members" only says some of them.)
  // ("how many Iraqi soldiers", "how many Kurdish prisoners": the noun after the capitalised word that qualifies it; an
  // acronym, "how many IS fighters", is whose they are and is read as before; "how many Kurds were deported": a verb
  // after it, the capitalised word is the group.)
  const m = /\bhow many\s+(?:of\s+(?:the\s+)?)?(?:(?:members|people|personnel)\s+of\s+(?:the\s+)?(?:[\p{L}-]+\s+)?)?(?:\p{Lu}\p{Ll}[\p{L}-]*\s+(?=(?!(?:were|was|are|is|have|has|had|did|do|does|will|would|could|can|got|been|died|fled)\b)\p{Ll}))?([\p{L}-]+)/u.exec(question.replace(/^how many/i, 'how many'));
  const w = m?.[1] ? fold(m[1]) : '';
  if (!w || GENERIC_COUNTED.test(w) || EVENT_NOUNS.test(w) || isMeasureWord(w)) return undefined;
  if (!/s$/.test(w) && !/^(children|women|men|police|clergy|youth|staff|personnel)$/.test(w)) return undefined;
  return w;
}

const AMOUNT = String.raw`(?:(?:at least|more than|over|nearly|almost|about|around|some|up to|an estimated|at most|fewer than|less than)\s+)?(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands|several hundred|several thousand|tens of thousands)`;

/**
 * "9 children" / "more than 2,000 women": the amount a sentence states next to a counted noun ("three officials of the
 * ministry told …" counts who told, no one the sentence's deed befell).
 */
function amountOf(sentence: string, noun: string): string | undefined {
  const re = new RegExp(`\\b(${AMOUNT})\\s+(?:[\\p{L}-]+\\s+)?${noun.replace(/s$/, '')}\\w*\\b`, 'iu');
  const m = re.exec(sentence);
  if (m && TELLING_AFTER.test(sentence.slice(m.index + m[0].length, m.index + m[0].length + 100))) return undefined;
  return m?.[1] && !/^(19|20)\d{2}$/.test(m[1]) ? m[1] : undefined;
}

/** The number a sentence gives for a measure: "X put the number of executions in 2023 at 853", "853 people were executed". */
function measureAmount(sentence: string, measure: Figure['measure']): string | undefined {
  const putAt = new RegExp(`\\b(?:put|puts|placed|set|sets|estimated|estimates)\\s+the\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:number|toll|figure|count|total)\\b[^.;]{0,60}?\\bat\\s+(${AMOUNT})`, 'iu').exec(sentence);
  if (putAt?.[1] && words(sentence).some((w) => isMeasureWord(w) && measureOf(w) === measure)) return putAt[1];
  const before = new RegExp(`\\b(${AMOUNT})\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:were|have been|had been|was|are|being)?\\s*([\\p{L}-]+)`, 'giu');
  for (const m of sentence.matchAll(before)) {
    const amount = m[1];
    const verb = m[2] ?? '';
    if (!amount || /^(19|20)\d{2}$/.test(amount.trim())) continue;
    if (isMeasureWord(verb) && measureOf(verb) === measure) return amount;
  }
  return undefined;
}

/** "… up from 288 in 2030", "compared with 288 in 2030": the count a sentence compares with, told of the year given. */
function comparedIn(sentence: string, year: number): string | undefined {
  for (const am of findAmounts(sentence)) {
    if (!COMPARED_WITH.test(sentence.slice(Math.max(0, am.start - 30), am.start))) continue;
    if (ownClauseYears(sentence, am.start, am.end).includes(year)) return am.text;
  }
  return undefined;
}

/** Words that put a second count beside a first, to compare ("up from", "down from", "compared with"). */
const COMPARED_WITH = /\b(?:up|down|rising|falling|rose|fell|increase|decrease|jump|drop)\s+from\s+$|\b(?:compared\s+(?:with|to)|against|versus|vs\.?)\s+$/i;

/** A sentence that states a count of the measure asked for, when no extracted figure answers (figures missed by extraction). */
function countFromPassages(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const measure = intent.slots.measure;
  if (!measure) return undefined;
  const group = askedGroup(intent.question);
  // The measure's words are checked by `must` in any of their forms ("executed" / "executions").
  const ignore = stemSet(['how', 'many', 'much', 'number', 'people', 'were', 'total', 'toll', ...words(intent.question).filter((w) => isMeasureWord(w))]);
  const picks = pickPassages(index, intent.question, {
    ignore,
    minCoverage: 0.6,
    must: (s) =>
      NUMBER_WORDS.test(s.text) &&
      words(s.text).some((w) => isMeasureWord(w) && measureOf(w) === measure) &&
      (!group || !!amountOf(s.text, group)),
  });
  const years = questionYears(intent.question);
  for (const top of picks.slice(0, 5)) {
    const sentence = top.sentence.text;
    // The number stated must be the count asked for: of the group asked about, or of the measure itself, never a year.
    const stated = (group ? amountOf(sentence, group) : measureAmount(sentence, measure))?.replace(/[,.]+$/, '');
    if (!stated) continue;
    // "412 executions in 2031, up from 288 in 2030", asked of 2030: the count its own clause dates to another year is
    // that year's; the one compared with it in the year asked answers, or the sentence gives none.
    const amount = years.length === 1 && otherYearOwn(sentence, sentence.indexOf(stated), sentence.indexOf(stated) + stated.length, years[0] as number) ? comparedIn(sentence, years[0] as number) : stated;
    if (!amount) continue;
    const article = index.article(top.articleId);
    const who = claimantOf(sentence, sentence.indexOf(amount)) ?? sourceOf(article);
    const year = years.find((y) => sentence.includes(String(y)));
    const noun = group ?? 'people';
    const text = `According to ${who}, ${midSentence(amount)} ${noun} ${measurePhrase(measure)}${year ? ` in ${year}` : ''}. ${sourceOf(article)}: “${clip(sentence, 400)}”`;
    return answered(intent, text, citeAll(index, [provOf(top.articleId, top.sentence)]));
  }
  return undefined;
}

/** A count, attributed to its sources, with disagreeing figures shown together. */
export function answerHowMany(intent: Intent, index: ArchiveIndex): Answer | undefined {
  // "By how much did executions rise?", "by what percentage …": a change is asked, which no count of a period states
  // (the reader reads "rose by 43 per cent").
  if (asksChange(intent.question ?? '')) return undefined;
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

/**
 * The texts a figure is scored on: its own (scope, counted noun, sentence, event label) and its context (nearby
 * sentences, headings, lead, title), each stemmed on first use: most figures are ruled out before their stems are read.
 */
class FigureTexts {
  readonly #index: ArchiveIndex;
  readonly #f: Figure;
  #primary?: StemSet;
  #secondary?: StemSet;
  #years?: readonly string[];
  #contextFold?: string;
  constructor(index: ArchiveIndex, f: Figure) {
    this.#index = index;
    this.#f = f;
  }
  /**
   * Its own texts: scope, counted noun, sentence and event label, joined again when read (not kept: what is read of
   * them is, and 30,000 figures' joined texts were 12 MB at 10,000 reports).
   */
  get primaryText(): string {
    const f = this.#f;
    return [f.scope, f.counted, sentenceAt(this.#index, f.source)?.text, f.eventId ? this.#index.event(f.eventId)?.label : undefined].filter(Boolean).join(' . ');
  }
  /** Its context folded, between spaces (for finding a place's name in it), folded once. */
  get contextFold(): string {
    return (this.#contextFold ??= figureContextFold(this.#index, this.#f));
  }
  /**
   * Whether its context names a folded phrase. The context is its own fields, its event's label, its report's title
   * and sentences of its report: when none of those holds the phrase's key word (see `foldedKeyWord`; the report's
   * sentences as passage search's postings tell), the context is not read and folded.
   */
  names(fp: string): boolean {
    const key = foldedKeyWord(fp);
    if (key !== undefined && !STOP_WORDS.has(key) && !this.#mayHold(key)) return false;
    return this.contextFold.includes(` ${fp} `);
  }
  #mayHold(key: string): boolean {
    const f = this.#f;
    // (The report's sentences first: a lookup; its fields are joined and folded once, on first need.)
    if (sentencesHolding(this.#index, key).has(f.source.articleId)) return true;
    return this.#fieldsLower().includes(key);
  }
  #fieldsLowered?: string;
  /** Its scope, counted noun, event label and report title, unaccented and in lower case (read once). */
  #fieldsLower(): string {
    const f = this.#f;
    return (this.#fieldsLowered ??= unaccentLower([f.scope, f.counted, f.eventId ? this.#index.event(f.eventId)?.label : undefined, this.#index.article(f.source.articleId)?.title].filter(Boolean).join(' . ')));
  }
  #own?: OwnFacts;
  /** What its own sentence says of it whatever the question (see `OwnFacts`), read once. */
  get own(): OwnFacts {
    return (this.#own ??= ownFacts(this.#index, this.#f, this.primaryText));
  }
  /** The years its own texts write ("2019"), read once. */
  get years(): readonly string[] {
    return (this.#years ??= this.primaryText.match(/\b(19|20)\d{2}\b/g) ?? []);
  }
  get primary(): StemSet {
    return (this.#primary ??= new StemSet(this.primaryText));
  }
  get secondary(): StemSet {
    return (this.#secondary ??= new StemSet(figureContext(this.#index, this.#f)));
  }
}

/**
 * The figures of one measure with what every question about the measure looks up for each of them, by position:
 * its event and its texts (made on first use).
 */
interface MeasureTable {
  figures: readonly Figure[];
  events: ReadonlyArray<EventRecord | undefined>;
  texts: Array<FigureTexts | undefined>;
  /** The positions of the figures whose own texts write no year, and of those writing each year (built on first need). */
  years?: { none: readonly number[]; by: ReadonlyMap<string, readonly number[]> };
}

/**
 * The positions, in order, of the figures of a table whose own texts write none of its years or one of `years`: the
 * only ones a question naming those years may count (a figure explicitly about another year is not about the year
 * asked), found without reading the others.
 */
function positionsForYears(index: ArchiveIndex, table: MeasureTable, years: readonly string[]): readonly number[] {
  const by = (table.years ??= yearPositions(index, table));
  const lists = [by.none, ...years.map((y) => by.by.get(y) ?? [])].filter((l) => l.length > 0);
  if (lists.length <= 1) return lists[0] ?? [];
  // (One year asked: the figures writing no year and that year's, two lists that share no figure, merged in order.)
  if (lists.length === 2 && lists[0] === by.none) {
    const [a, b] = lists as [readonly number[], readonly number[]];
    const out = new Array<number>(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length) out[k++] = (a[i] as number) < (b[j] as number) ? (a[i++] as number) : (b[j++] as number);
    while (i < a.length) out[k++] = a[i++] as number;
    while (j < b.length) out[k++] = b[j++] as number;
    return out;
  }
  return [...new Set(lists.flat())].sort((x, y) => x - y);
}

function yearPositions(index: ArchiveIndex, table: MeasureTable): NonNullable<MeasureTable['years']> {
  const none: number[] = [];
  const by = new Map<string, number[]>();
  for (let i = 0; i < table.figures.length; i++) {
    const own = (table.texts[i] ??= new FigureTexts(index, table.figures[i] as Figure)).years;
    if (!own.length) none.push(i);
    for (const y of new Set(own)) {
      const list = by.get(y);
      if (list) list.push(i);
      else by.set(y, [i]);
    }
  }
  return { none, by };
}

function measureTable(index: ArchiveIndex, measure: string): MeasureTable {
  return memoFor(index, 'measure-table', measure, () => {
    const figures = figuresOfMeasure(index, measure);
    const events = figures.map((f) => (f.eventId ? index.event(f.eventId) : undefined));
    return { figures, events, texts: new Array<FigureTexts | undefined>(figures.length) };
  });
}

/**
 * Reads ahead, for every figure, what counting reads of it on first use (its texts, years, own period and dates), a
 * chunk of figures per step: see `warmIndex`.
 */
export function* warmFigures(index: ArchiveIndex, chunk: number): Generator<void> {
  figuresOfMeasure(index, '');
  let n = 0;
  for (const measure of new Set(index.data.figures.map((f) => f.measure))) {
    const table = measureTable(index, measure);
    for (let i = 0; i < table.figures.length; i++) {
      const f = table.figures[i] as Figure;
      const texts = (table.texts[i] ??= new FigureTexts(index, f));
      void texts.years;
      void texts.own;
      ownPeriod(index, f);
      figureDates(index, f);
      if (++n % chunk === 0) yield;
    }
    table.years ??= yearPositions(index, table);
  }
}

/** The figures of one measure, in archive order (grouped once per index). */
function figuresOfMeasure(index: ArchiveIndex, measure: string): readonly Figure[] {
  const by = memo(index, 'figures-by-measure', () => {
    const m = new Map<string, Figure[]>();
    for (const f of index.data.figures) {
      const list = m.get(f.measure);
      if (list) list.push(f);
      else m.set(f.measure, [f]);
    }
    return m;
  });
  return by.get(measure) ?? [];
}

/** A count told over a span of several years or decades ("in the past 40 years", "over three decades"). */
const MANY_YEARS = /\b(?:in|over|during|for) (?:the )?(?:past |last )?(?:\d{2,}|two|three|four|five|six|seven|eight|nine|ten|several|many) (?:years|decades)\b/i;

/**
 * What a figure's own sentence says of it whatever the question (read once per figure, see `FigureTexts.own`):
 * - `rate`: it gives it as a rate or an average ("an average of five were executed daily"), no total unless a rate is asked;
 * - `part`: it gives it as a part of people counted before ("Among those executed, four …", "of whom 31", "six of whom
 *   were police"), no total unless a group is asked;
 * - `clauseYears`: the years its own clause dates it to ("… 502 executions in 2030");
 * - `manyYears`: its texts tell a count over many years ("in the past 40 years"), no one year's.
 */
interface OwnFacts {
  rate: boolean;
  part: boolean;
  clauseYears: readonly number[];
  manyYears: boolean;
}

function ownFacts(index: ArchiveIndex, f: Figure, primaryText: string): OwnFacts {
  const manyYears = MANY_YEARS.test(primaryText);
  const s = index.sentencesOf(f.source.articleId)[f.source.sentence];
  if (!s) return { rate: false, part: false, clauseYears: [], manyYears };
  const start = f.source.start - s.start;
  const end = f.source.end - s.start;
  const before = s.text.slice(0, Math.max(0, start));
  const part =
    // "… 230 people were killed, six of whom were police": the count before "of whom" is a part of the one before it.
    /^\s*(?:of\s+(?:whom|them|those)|among\s+them)\b/i.test(s.text.slice(Math.max(0, end))) ||
    // "172 including 50 children and 67 women were killed", "416 … have been killed, including 51 children": a part
    // of the count before it.
    /\d\s*[^.;\d]{0,100}?\b(?:including|among them)\s+(?:[^.;\d]{0,40}\d[\d,.]*[^.;\d]{0,40}?\band\s+)?$/i.test(before) ||
    /\b(?:among|of)\s+(?:those|them|whom)\b[^.;]*$/i.test(before);
  return { rate: isRate(s.text, start, end), part, clauseYears: ownClauseYears(s.text, start, end), manyYears };
}

/** Whether a figure's own sentence gives it as no total (see `OwnFacts`): a rate unless a rate is asked, a part unless a group is. */
function notATotal(own: OwnFacts, rateAsked: boolean, groupAsked: boolean): boolean {
  // (And a total is no rate: "how many a day" is not answered by the period's count.)
  return rateAsked !== own.rate || (!groupAsked && own.part);
}

/** Whether a figure's own clause dates it to a year other than the one asked ("… 502 executions in 2030"). */
function ownClauseOtherYear(own: OwnFacts, year: number): boolean {
  return own.clauseYears.length > 0 && !own.clauseYears.includes(year);
}

/** Counted nouns that are events ("how many rallies", "how many attacks"). */
const EVENT_COUNTED = new Set(['@rally', '@attack', '@uprising', '@conference', 'ceremony', 'event', 'gathering', 'march', 'strike', 'airstrik', 'massacr']);

function countFigures(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const measure = intent.slots.measure;
  if (!measure) {
    // "How many rallies were held …" counts the events; "how many people were at the rally" counts no event.
    const counted = intent.analysis.counted;
    // ("How much explosive did the pair carry to the rally?": an amount is asked, never a count of events.)
    const amountAsked = /\bhow much\b/i.test(intent.question ?? '');
    if (!amountAsked && intent.slots.eventKinds?.length && (!counted?.length || counted.some((k) => EVENT_COUNTED.has(k)))) return answerTimeline(intent, index, true);
    return answerFromPassages(intent, index, { ignore: stemSet(['how', 'many', 'much', 'number']) });
  }
  const range = intent.slots.range;
  const rangeStems = new Set(range ? contentStems(range.text) : []);
  // The period is checked against the figure's dates; its words only count when no date can be read.
  const scopeStems = [...new Set(contentStems(intent.question))].filter(
    (s) => !COUNTED_NOUNS.has(s) && !isMeasureWord(s) && !SCAFFOLD_STEMS.has(s) && !rangeStems.has(s),
  );
  const qYears = questionYears(intent.question).map(String);
  const askedRange = !!range && ` ${fold(intent.question)} `.includes(` ${fold(range.text)} `);
  const group = askedGroup(intent.question);
  // The figures no cheap test rules out (their positions in the measure's table), then those scored.
  const passed: number[] = [];
  // "…in the air raids that left 42 dead overall": a number the question states is context, never the answer.
  const stated = new Set(intent.analysis.numbers);
  const statedWords = new Set((intent.question ?? '').toLowerCase().match(/\p{L}+/gu) ?? []);
  // "an average of five people were executed daily" is a rate, no count of a period, unless a rate is asked.
  const rateAsked = asksRate(intent.question ?? '');
  const conflicts = placeConflictWith(index, intent.slots.places ?? []);
  const table = measureTable(index, measure);
  const { figures, events } = table;
  // A figure explicitly about another year is not about the year asked for. (Once the table's figures are kept by year,
  // when read ahead, only those that may be of that year are looked at; before, each figure's years are read as it
  // comes, so that a first question does not read every figure of the measure.)
  const positions = qYears.length && table.years ? positionsForYears(index, table, qYears) : undefined;
  const n = positions ? positions.length : figures.length;
  for (let k = 0; k < n; k++) {
    const i = positions ? (positions[k] as number) : k;
    const f = figures[i] as Figure;
    if (f.value !== undefined && stated.has(f.value)) continue;
    // ("… left dead by the two massacres …?": an amount in words the question writes is context too.)
    if (f.value !== undefined && statedWords.has(f.text.toLowerCase())) continue;
    const ev = events[i];
    // Cheap filters first: most figures are ruled out by their event's place or date before their texts are stemmed.
    // (The date first: it is a comparison, while a place's first test against an event reads the event's text.)
    if (range && ev?.date && ev.date.precision !== 'unknown' && !dateMatchesRange(ev.date, range)) continue;
    if (ev && intent.slots.places?.length && conflicts(ev)) continue;
    // ("how many women": a count of "men, women and children" is not of the women.)
    if (group && (/,|\band\b|\bor\b/.test(f.counted ?? '') || !words(f.counted ?? '').some((w) => stem(w) === stem(group)))) continue;
    const texts = (table.texts[i] ??= new FigureTexts(index, f));
    // The filters that need no stems first (each rules the figure out whatever its score), so that the texts of
    // figures ruled out are never stemmed.
    if (qYears.length && !positions) {
      const ownYears = texts.years;
      if (ownYears.length && !ownYears.some((y) => qYears.includes(y))) continue;
    }
    const own = texts.own;
    // "In the past 40 years, … executed more than 120,000": a count over many years is not one year's.
    if (qYears.length === 1 && own.manyYears) continue;
    if (notATotal(own, rateAsked, !!group)) continue;
    // "The 2031 figure, up from 502 executions in 2030": a count its own clause dates to another year is that year's.
    if (qYears.length === 1 && ownClauseOtherYear(own, Number(qYears[0]))) continue;
    passed.push(i);
  }
  // "How many were killed according to the Ledger Daily?": the outlet asked is the one that published the report, so
  // the source's words are met by the report's publisher (the figure keeps its own claimant, told beside it).
  const outletAsked = sourceAskedFor(intent.question);
  const outletStems = new Set(outletAsked ? contentStems(outletAsked.join(' ')) : []);
  const publishedBy = new Map<string, boolean>();
  const byOutletAsked = (f: Figure): boolean => {
    if (!outletAsked) return false;
    let yes = publishedBy.get(f.source.articleId);
    if (yes === undefined) publishedBy.set(f.source.articleId, (yes = publishedByOutlet(index.article(f.source.articleId), outletAsked)));
    return yes;
  };
  /** A figure's score, or undefined when the period asked rules it out (reading its dates and context). */
  const scoreOf = (i: number): { f: Figure; score: number } | undefined => {
    const f = figures[i] as Figure;
    const texts = table.texts[i] as FigureTexts;
    // (Before the period's score below, which reads the figure's context: most figures are ruled out here first.)
    // A figure whose own sentence, scope or event dates it to another period is not about the period the question names.
    // Without dates of its own, a figure whose sentence is undated is about the period of the report's lead.
    if (range && askedRange) {
      const own = ownPeriod(index, f);
      const period = own.dates.length || own.sentenceDated ? own.dates : figureDates(index, f);
      if (period.length && !period.some((d) => dateMatchesRange(d, range)) && ![...rangeStems].every((st) => texts.primary.has(st))) return undefined;
    }
    let inPeriod = 0;
    if (range) {
      const dates = figureDates(index, f);
      const inRange = dates.some((d) => dateMatchesRange(d, range));
      const exactDay = range.from === range.to;
      if (inRange) inPeriod = 1;
      else if (dates.length && exactDay && dates.some((d) => d.precision === 'day')) return undefined;
      else {
        const words = [...rangeStems];
        const hits = words.filter((st) => texts.primary.has(st) || texts.secondary.has(st)).length;
        if (words.length && hits === words.length) inPeriod = 0.8;
        else if (exactDay) return undefined;
        // "How many were killed in April?": a figure nothing dates (no date in its sentence, its neighbours, its
        // report's lead or the report itself) may be of any month; giving it would guess the period.
        else if (askedRange && !dates.length && index.article(f.source.articleId)?.date.precision === 'unknown') return undefined;
      }
    }
    let score = 0;
    const outlet = byOutletAsked(f);
    for (const st of scopeStems) score += texts.primary.has(st) || (outlet && outletStems.has(st)) ? 1 : texts.secondary.has(st) ? 0.6 : 0;
    if (inPeriod) score += inPeriod;
    // "since the convoys entered": a figure told "since" another start ("since December") is of another span.
    score *= sinceFit(intent.question ?? '', index.sentencesOf(f.source.articleId)[f.source.sentence]?.text ?? '');
    // "How many children…": a total of civilians that includes children does not answer (checked above).
    return { f, score };
  };
  const scoreAll = (at: number[]) => at.map(scoreOf).filter((x): x is { f: Figure; score: number } => x !== undefined);
  // When some figures are about the place asked for (their context names it, or their event is there), the others are
  // about something else: those are scored first, and the rest only when none of them is in the period asked.
  const places = (intent.slots.places ?? []).map(fold);
  let scored: Array<{ f: Figure; score: number }>;
  if (places.length) {
    const isHere = (i: number): boolean => {
      const ev = events[i];
      const texts = table.texts[i] as FigureTexts;
      return places.every((p) => texts.names(p) || (ev ? !placeConflict(index, ev, [p]) && !!(ev.venue || ev.city) : false));
    };
    const here = passed.filter(isHere);
    scored = scoreAll(here);
    if (!scored.length) {
      const isHereSet = new Set(here);
      scored = scoreAll(passed.filter((i) => !isHereSet.has(i)));
    }
  } else scored = scoreAll(passed);
  if (measure === 'attendance') {
    // A size that counts places ("40 districts") or another group than the one asked is no crowd size.
    // (Nor is the size of a gathering whose report never writes the names the question places it by: "the Capitol Hill
    // rally where X spoke" is not a rally in another town that only shares the word "rally".)
    const names = (intent.analysis?.terms ?? []).filter((t) => t.sort === 'name' && t.fold.length >= 3);
    const writesNames = (e: EventRecord) => {
      const text = ` ${fold(index.article(e.sources[0]?.articleId ?? '')?.text ?? '')} `;
      return names.every((t) => text.includes(` ${t.fold} `));
    };
    // (Asked the police's or the organisers' count, a size whose sentence names neither is not theirs: "Police had no
    // official estimate" beside "thousands of demonstrators".)
    const askedSource = sourceAskedFor(intent.question);
    const creditedAsAsked = (e: EventRecord) => {
      if (!e.size) return true;
      const said = index.sentencesOf(e.sources[0]?.articleId ?? '').find((x) => x.text.includes(e.size?.text ?? ''));
      // ("In Kastel, nearly 30,000 …" is no count of the other town asked.)
      if (said && opensElsewhere(intent.slots.places, said.text)) return false;
      if (!askedSource) return true;
      return !!said && !crowdSourceUnnamed(askedSource, said.text);
    };
    const sized = matchedEvents(intent, index, 2).filter(
      (r) =>
        r.event.size &&
        !NOT_CROWD.test(r.event.size.text) &&
        (!group || words(r.event.size.text).some((w) => stem(w) === stem(group))) &&
        writesNames(r.event) &&
        creditedAsAsked(r.event),
    );
    if (sized.length) {
      const evs = sized.slice(0, 2).map((r) => r.event);
      const claims = evs.map((e) => creditedCrowds(index, e));
      const text = evs
        .map((e, i) => {
          // ("Police put the figure at …": a body named by a common word is written mid-sentence in lower case.)
          const credited = claims[i]!.map((f) => `${f.text} according to ${f.claimant!.replace(/^(?:Police|Organi[sz]ers|Authorities|Officials|Activists)$/, (w) => w.toLowerCase())}`).join('; ');
          return `According to ${sourceOf(index.article(e.sources[0]?.articleId ?? ''))}, ${midSentence(e.size!.text)} took part in ${eventPhrase(e)}${credited ? ` (${credited})` : ''}.`;
        })
        .join(' ');
      return answered(intent, text, citeAll(index, evs.flatMap((e, i) => [...e.sources.slice(0, 1), ...claims[i]!.map((f) => f.source)])));
    }
  }
  if (measure === 'attendance') {
    const stated = attendanceFromText(intent, index);
    if (stated) return stated;
  }
  if (!scored.length) return undefined;
  const favoured = ownClauseFavoured(index, scored, scopeStems, intent.question ?? '');
  // (The figures of a sentence dropped for the one whose own clause the question tells of are not brought back as
  // figures disagreeing with it.)
  const outClaused = new Set(scored.filter((x) => !favoured.includes(x)).map((x) => x.f.id));
  scored = favoured;
  // When some figures are about the period asked for, the others are about something else.
  if (range) {
    const inPeriod = scored.filter(({ f }) => figureDates(index, f).some((d) => dateMatchesRange(d, range)));
    if (inPeriod.length) scored.splice(0, scored.length, ...inPeriod);
    // "at least 251 cases between January 1 and June 30, 2022": a figure whose own sentence states the very period
    // asked is the report's count of it; the report's undated figures (parts: "86 for drug offences"), dated only by
    // its lead or the sentence before, are not — unless credited to the source the question names.
    const stating = new Set(scored.filter(({ f }) => statesPeriod(ownPeriod(index, f).dates, range)).map(({ f }) => f.source.articleId));
    if (stating.size) {
      const asked = [...(intent.analysis.claimant ?? []), ...(sourceAskedFor(intent.question) ?? [])].map(fold).filter((w) => w.length >= 3);
      const credited = (f: Figure) => asked.length > 0 && asked.some((w) => ` ${fold(f.claimant ?? '')} `.includes(` ${w} `));
      const kept = scored.filter(({ f }) => !stating.has(f.source.articleId) || ownPeriod(index, f).dates.length > 0 || credited(f));
      scored.splice(0, scored.length, ...kept);
    }
  }
  // "how many died in custody?": when some figures' sentences tell of deaths in custody (in prison, jail, detention),
  // the others (a country's whole toll) count other deaths.
  if (measure === 'killed' && HELD_WORDS.test(fold(intent.question ?? ''))) {
    const held = scored.filter(({ f }) => HELD_WORDS.test(fold(sentenceAt(index, f.source)?.text ?? '')));
    if (held.length) scored.splice(0, scored.length, ...held);
  }
  scored.sort((a, b) => b.score - a.score);
  const best = (scored[0] as { score: number }).score;
  const need = scopeStems.length + (range ? 1 : 0);
  if (need && best < Math.max(0.6, need * 0.5)) return undefined;
  const picked = scored.filter((x) => x.score >= Math.max(best * 0.5, need ? 0.6 : 0));
  // Disagreeing figures about the same thing are shown together.
  const ids = new Set(picked.map((x) => x.f.id));
  // (Looked up by id: a broad question scores thousands of figures, and a scan per conflicting id was quadratic.)
  let scoredById: Map<string, (typeof scored)[number]> | undefined;
  for (const c of conflictsOfMeasure(index, measure)) {
    if (!c.figureIds.some((id) => ids.has(id))) continue;
    scoredById ??= firstById(scored);
    for (const id of c.figureIds) {
      const other = scoredById.get(id);
      if (other && !ids.has(id) && !outClaused.has(id)) {
        picked.push(other);
        ids.add(id);
      }
    }
  }
  const unique: Figure[] = [];
  const repeats: Figure[] = [];
  const kept = new FigureSet();
  for (const { f } of picked) {
    if (kept.holdsSame(f)) repeats.push(f);
    else {
      unique.push(f);
      kept.add(f);
    }
  }
  // "Iran's official toll at the time IHR counted 76 dead": a number the question states marks the report it asks
  // about; when the reports of some figures write it, the others' figures are of other moments (as the reader weighs).
  const written = [...stated].map(String).filter((n) => writtenWhole(intent.question ?? '', n));
  if (written.length) {
    // (Each report's text is read once, however many of its figures are listed.)
    const byReport = new Map<string, boolean>();
    const reportWrites = (id: string): boolean => {
      let yes = byReport.get(id);
      if (yes === undefined) byReport.set(id, (yes = written.every((n) => writesNumber(index.article(id)?.text ?? '', n))));
      return yes;
    };
    const writes = unique.filter((f) => reportWrites(f.source.articleId));
    if (writes.length && writes.length < unique.length) unique.splice(0, unique.length, ...writes);
  }
  // "How many had Lantern Rights recorded?": when the claimant asked is credited with some of the figures, those answer
  // (the others' figures are other answers to another question).
  // (…, or "how many …, according to the Human Rights Activists News Agency?": the source the question names.)
  // (… or by its acronym: "according to OCHA" is "the UN humanitarian office (OCHA)".)
  const asked = (intent.analysis.claimant ?? []).map(fold).filter((w) => w.length >= 3);
  // (… or the outlet asked published the figure's report: "according to the Harbour Times" is its report's count, not
  // another outlet's.)
  const theirs = unique.filter((f) => {
    const source = figureSource(index, f, sentenceAt(index, f.source));
    return asked.length ? writesBodyAsked(asked, source) : creditsSourceAsked(intent.question, source) === true || byOutletAsked(f);
  });
  const shown = (theirs.length ? theirs : unique).slice(0, 4);
  const values = new Set(shown.map((f) => f.value ?? f.lower ?? f.text));
  // Figures of one source are stated under it once: repeating its name would read as sources that disagree.
  const groups: Array<{ src: string; bodies: string[] }> = [];
  for (const f of shown) {
    const { src, body } = figureParts(index, f);
    const g = groups.find((x) => fold(x.src) === fold(src));
    if (g) g.bodies.push(body);
    else groups.push({ src, bodies: [body] });
  }
  const lines = groups.map((g) => `according to ${g.src}, ${joinList(g.bodies)}`);
  const differ = values.size > 1 ? (groups.length > 1 ? ' The sources give different figures.' : ' The report gives more than one figure.') : '';
  const text = `${capitalise(lines.join('; '))}.${shown.length > 1 ? differ : ''}`;
  // The same figure repeated by other reports is stated once and cited from each of them.
  const shownSet = new FigureSet();
  for (const f of shown) shownSet.add(f);
  const again = repeats.filter((r) => shownSet.holdsSame(r));
  return answered(intent, text, citeAll(index, [...shown.map((f) => f.source), ...again.map((f) => f.source)]));
}

/** Words of being held, folded: where people died in custody. */
const HELD_WORDS = /\b(?:custody|prisons?|jails?|detention|cells?|lock-?up)\b/;

/**
 * "Those killed include 900 boys and 700 girls, as well as 400 who died under torture", asked how many died under
 * torture: of several figures of one sentence, those whose own clause (from the amount to the next figure, a comma or
 * the sentence's end) holds more of the question's words are the ones asked about; the sentence's others are dropped.
 */
function ownClauseFavoured<T extends { f: Figure; score: number }>(index: ArchiveIndex, scored: T[], stems: readonly string[], question: string): T[] {
  if (!stems.length || scored.length < 2) return scored;
  // (Only among the figures good enough to be given: a broad question scores thousands, whose clauses are not read.)
  let best = 0;
  for (const x of scored) if (x.score > best) best = x.score;
  const contenders = scored.filter((x) => x.score >= best * 0.5);
  if (contenders.length < 2) return scored;
  // (An amount the question itself writes, "the three massacres recorded in …", is context: its clause holds the
  // question's words because the question repeats them; it is neither weighed nor dropped.)
  const q = question.toLowerCase();
  const stated = (f: Figure) => new RegExp(`(?<![\\p{L}\\d])${escapeRe(f.text.toLowerCase())}(?![\\p{L}\\d])`, 'u').test(q);
  const bySentence = new Map<string, Figure[]>();
  for (const { f } of contenders) {
    const key = `${f.source.articleId}\u0000${f.source.sentence}`;
    const list = bySentence.get(key);
    if (!list) bySentence.set(key, [f]);
    else if (!list.some((g) => g.id === f.id)) list.push(f);
  }
  const dropped = new Set<string>();
  for (const figs of bySentence.values()) {
    if (figs.length < 2) continue;
    const first = figs[0] as Figure;
    const sentence = index.sentencesOf(first.source.articleId)[first.source.sentence];
    const text = index.article(first.source.articleId)?.text;
    if (!sentence || !text) continue;
    const sorted = [...figs].sort((a, b) => a.source.start - b.source.start);
    const hits = sorted.map((f, i) => {
      if (stated(f)) return -1;
      const upto = Math.min((sorted[i + 1] as Figure | undefined)?.source.start ?? sentence.end, sentence.end);
      const clause = text.slice(f.source.start, upto).split(/[,;:](?=\s)/)[0] ?? '';
      const own = new StemSet(clause);
      return stems.filter((st) => own.has(st)).length;
    });
    const top = Math.max(...hits);
    if (top > 0) sorted.forEach((f, i) => (hits[i] as number) >= 0 && (hits[i] as number) < top && dropped.add(f.id));
  }
  return dropped.size ? scored.filter(({ f }) => !dropped.has(f.id)) : scored;
}

/** Each figure id's first entry in a scored list (the one a scan from the start finds). */
function firstById<T extends { f: Figure }>(list: readonly T[]): Map<string, T> {
  const out = new Map<string, T>();
  for (const x of list) if (!out.has(x.f.id)) out.set(x.f.id, x);
  return out;
}

/** Whether dates state a period exactly: its year ("in 2021"), its month, or its first and last days ("between January 1 and June 30, 2022"). */
function statesPeriod(dates: readonly FuzzyDate[], range: DateRange): boolean {
  if (range.from === range.to) return false;
  const [fy, fm, fd] = range.from.split('-').map(Number);
  const [ty, tm] = range.to.split('-').map(Number);
  if (fy === ty && fm === 1 && fd === 1 && range.to.endsWith('-12-31')) return dates.some((d) => d.precision === 'year' && d.year === fy);
  if (fy === ty && fm === tm && fd === 1) return dates.some((d) => d.precision === 'month' && d.year === fy && d.month === fm);
  return dates.some((d) => d.iso === range.from) && dates.some((d) => d.iso === range.to);
}

/** The dates a figure itself is about: those its sentence reports, its scope's and its event's (not the lead's or the byline's). */
function ownPeriod(index: ArchiveIndex, f: Figure): { dates: FuzzyDate[]; sentenceDated: boolean } {
  return memoFor(index, 'figure-own-period', f, () => {
    const a = index.article(f.source.articleId);
    const s = sentenceAt(index, f.source);
    const out: FuzzyDate[] = a && s ? reportedDates(a, s, sentenceDates(index, f.source.articleId, f.source.sentence, true)).map((d) => d.date) : [];
    // "said on Monday": the sentence is dated, but only by when its source spoke.
    const sentenceDated = !!s && sentenceDates(index, f.source.articleId, f.source.sentence, false).some((d) => d.date.precision !== 'unknown');
    if (f.scope) out.push(...findDates(f.scope).map((d) => d.date).filter((d) => d.precision !== 'unknown'));
    const ev = f.eventId ? index.event(f.eventId) : undefined;
    if (ev?.date && ev.date.precision !== 'unknown') out.push(ev.date);
    // (Copied to its length: the list grown by pushes keeps room for more, and every figure keeps one.)
    return { dates: out.slice(), sentenceDated };
  });
}

const NOT_CROWD = /\b(countries|districts|cities|nations|provinces|towns|states|regions|villages|neighbou?rhoods|capitals|continents)\b/i;

const CROWD =
  /\b((?:at least|more than|over|nearly|almost|about|around|some|up to|an estimated|several|a few)?\s*(?:\d[\d,.]*|hundreds|thousands|dozens|tens of thousands|hundreds of thousands|several hundred|several thousand|a few hundred|a few thousand|a crowd of \d[\d,]*))\s+(?:of\s+)?(?:[\p{L}-]+\s+){0,2}?(supporters|people|protesters|iranians|demonstrators|participants|members|activists|exiles|marchers|residents|students|women|compatriots|attendees|delegates)\b/iu;

/** A month and day (or a day and month) right before a year: "January 14, 2024", "14 January 2024". */
const DATE_BEFORE_YEAR = /(?:\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?,?)\s*$/i;

/** "450 supporters of X held a demonstration…": the crowd size as the event's own sentence states it. */
/**
 * The crowd sizes credited to a body other than the report's publisher ("The organisers said 40,000 took part. Police
 * put the figure at 12,000.") linked to a gathering, besides the size its own sentences give: shown beside it, since
 * sources that disagree are shown together.
 */
function creditedCrowds(index: ArchiveIndex, e: EventRecord): Figure[] {
  const out: Figure[] = [];
  for (const f of figuresOfEvent(index, e.id)) {
    if (f.measure !== 'attendance' || f.value === undefined || !f.claimant || f.value === e.size?.value) continue;
    const publisher = index.article(f.source.articleId)?.publisher;
    if (publisher && fold(publisher) === fold(f.claimant)) continue;
    if (out.some((o) => o.value === f.value)) continue;
    out.push(f);
    if (out.length === 3) break;
  }
  return out;
}

function attendanceFromText(intent: Intent, index: ArchiveIndex): Answer | undefined {
  const evs = matchedEvents(intent, index, 2.5).slice(0, 2).map((r) => r.event);
  for (const e of evs) {
    for (const src of e.sources.slice(0, 3)) {
      const s = sentenceAt(index, src);
      const m = s ? CROWD.exec(s.text) : null;
      if (!s || !m || opensElsewhere(intent.slots.places, s.text)) continue;
      // "Brisk, January 14, 2024 - Students protested …": the year that closes a date counts no one.
      if (/^\s*(?:19|20)\d{2}$/.test(m[1] ?? '') && DATE_BEFORE_YEAR.test(s.text.slice(Math.max(0, m.index - 20), m.index + (m[0].length - m[0].trimStart().length)))) continue;
      const group = askedGroup(intent.question);
      if (group && stem(fold(m[2] ?? '')) !== stem(group)) continue;
      // (Asked the police's or the organisers' count, a sentence naming neither does not give it.)
      const askedSource = sourceAskedFor(intent.question);
      if (askedSource && crowdSourceUnnamed(askedSource, s.text)) continue;
      const amount = `${m[1]?.trim()} ${m[2]}`;
      const text = `According to ${sourceOf(index.article(src.articleId))}, ${midSentence(amount)} took part in ${eventPhrase(e)}.`;
      return answered(intent, text, citeAll(index, [src]));
    }
  }
  return undefined;
}

