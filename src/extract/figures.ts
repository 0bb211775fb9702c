/**
 * Figures: amounts that count something (killed, injured, arrested, cities, attendance …), with their
 * qualifier and bounds, what is counted, what it refers to, who claims it and as of when.
 */
import { checkDeadline } from './deadline.ts';
import type { Article, Figure, FuzzyDate, Measure, Quote, Sentence } from '../domain/types.ts';
import { findDates } from '../dates/index.ts';
import { headingDate } from './event-sections.ts';
import { isHeadline } from './event-triggers.ts';
import { countedAfter, meantDeedAfter, measureOfWord, TELLING_AFTER, wordTokens } from './figure-measures.ts';
import { amountPointedBack, findAmounts, type FoundAmount } from './figure-numbers.ts';
import { voteSideOfAmount, voteSidesWritten } from './vote-tally.ts';
import type { Nlp } from './nlp.ts';
import type { PeopleResult } from './people.ts';
import { claimantJustBefore, findClaimant } from './orgs.ts';

/** A line such as "Number of martyrs: At least 1500" or "Executions: 250". */
/** Units an amount may count instead of people (weights, lengths, areas, money). */
const UNIT_COUNTED = /^\s*(?:grams?|kilo(?:gram)?s?|kg|tonnes?|tons?|litres?|liters?|kilomet(?:re|er)s?|km|miles?|met(?:re|er)s?|hectares?|dollars?|euros?|rials?|tomans?)\b/i;

const TALLY_RE = /^\s*(?:(?:the\s+)?(?:total\s+)?(?:number|no\.|count|tally)\s+of\s+)?([\p{L}][\p{L}\s'’/-]{1,40}?)\s*[:=]\s*(.+?)\s*\.?\s*$/iu;
/** What a figure refers to, when the sentence names it ("in the November 2019 uprising"). */
const SCOPE_RE =
  /\b(?:in|during|since|of|on|by|from|throughout|after)\s+(the\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:uprisings?|protests|revolution|revolt|bombardment|attack|massacre|crackdown|war|airstrikes?|air strikes?|shelling|clashes|unrest|demonstrations|strike|bombing|offensive|siege|raid|executions))\b/iu;
/** A heading naming what the lines under it are about ("HIGHLIGHTS OF THE UPRISING:"). */
const HEADING_SCOPE_RE =
  /\b(?:of|in|on|from|for|during)\s+(the\s+(?:[\p{L}\p{N}’'-]+\s+){0,4}?(?:uprisings?|protests|revolution|revolt|bombardment|attack|massacre|crackdown|war|shelling|unrest|demonstrations|offensive|siege))\s*:?\s*$/iu;
const PERSON_MEASURES = new Set<Measure>(['killed', 'injured', 'arrested', 'executed', 'missing', 'displaced', 'identified', 'attendance']);

/** Words between a figure and the part of it singled out ("including", "among them", "of whom"). */
const SUBSET_RE = /^[^.;]{0,60}\b(?:including|among them|among whom|of whom|of which)\s+$/i;
/** A list of the people a deed befell, opened before its first count ("Those injured included …", "The dead include …"). */
const LIST_OPENER = /\b(?:injured|wounded|killed|dead|arrested|detained|executed|victims|casualties)\s+(?:included|include|includes|including|were|are|comprised)\s+(?:(?:about|around|some|nearly|at least|more than|over)\s+)?$/iu;

/** Counted nouns that say where people came from, never how many attended. */
const ORIGIN_NOUN_RE = /^(?:[\p{L}-]+\s+)?(?:countries|nations|states|continents|nationalities|districts|regions|neighbou?rhoods|communities)$/iu;
/** Bodies counted ("two human rights organizations say … executed"): they are no people a deed befell. */
const BODIES_RE = /^(?:[\p{L}-]+\s+){0,2}(?:organi[sz]ations|groups|agencies|associations|ngos|institutions|parties)(?:\s+(?:say|says|said|report|reported|warn|warned))?$/iu;
/**
 * Deeds and the arms that did them, counted ("Two car bombs killed 30", "Three massacres were recorded …, leaving 40
 * dead", "four airstrikes"): they are no people the deed befell.
 */
const DEED_OR_ARM = String.raw`(?:massacres?|attacks?|raids?|bombs?|bombings?|blasts?|explosions?|airstrikes?|air\s+strikes?|drone\s+strikes?|shells?|rockets?|missiles?|mortars?|drones?|grenades?|shootings?|ambush(?:es)?|assaults?|incidents?)`;
const DEEDS_AND_ARMS_RE = new RegExp(String.raw`^(?:[\p{L}-]+\s+){0,2}${DEED_OR_ARM}$`, 'iu');
/** The same set in quotation marks right after the amount ("Three “massacres” were recorded"). */
/**
 * "…, only 200 have been released": people the amount says were freed are no count of the detained or missing the
 * sentence is about (no measure counts the released).
 */
const RELEASED_AFTER = /^\s+(?:[\p{L}-]+\s+){0,2}?(?:have|has|had|were|was|are|is)\s+(?:now\s+|since\s+|so far\s+|already\s+)?(?:been\s+)?(?:released|freed|set free|pardoned|let go)\b/iu;

const QUOTED_DEED_AFTER = new RegExp(String.raw`^\s+[“"]${DEED_OR_ARM}[”"]`, 'iu');
/** Places people come from ("from 40 cities"): they say where the counted people came from. */
const FROM_PLACE_RE = /^(?:[\p{L}-]+\s+)?(?:countries|nations|states|continents|nationalities|districts|regions|neighbou?rhoods|communities|cities|towns|provinces|villages)$/iu;
/** Images and written things counted ("thousands of pictures", "200 posters"): no people a deed befell. */
const IMAGES_RE = /^(?:[\p{L}-]+\s+){0,2}(?:pictures|photos|photographs|images|portraits|posters|placards|banners|videos|clips)$/iu;
/** "put the death toll at", "raising the number of executions in 2023 to": the noun phrase that carries the measure. */
const TOLL_RE =
  /\b(?:death toll|toll|(?:number|tally|count|total)\s+of\s+(?:(?:people|those|persons)\s+)?([\p{L}-]+))(?:\s+(?:in|for|during|since)\s+((?:19|20)\d\d))?[^.;]{0,40}?\s+(?:at|to|reached|hit|passed|stands at|stood at|rose to|risen to|climbed to|is|was)\s+$/iu;

interface TollPhrase {
  measure?: Measure;
  counted?: string;
  year?: FuzzyDate;
}

/** The toll phrase ending right before an amount, with its measure, counted noun and year. */
function tollPhrase(before: string): TollPhrase | undefined {
  const m = TOLL_RE.exec(before);
  if (!m) return undefined;
  const noun = m[1];
  const result: TollPhrase = {};
  const measure = noun ? measureOfWord(noun) : 'killed';
  if (measure) result.measure = measure;
  if (noun && measure) result.counted = noun.toLowerCase();
  if (m[2]) result.year = yearDate(Number(m[2]));
  return result;
}

function yearDate(year: number): FuzzyDate {
  return { year, precision: 'year', yearStated: true, iso: String(year), source: 'text', text: `in ${year}` };
}

/** A short line that heads the lines under it: ends with a colon, or is written in capitals. */
function isHeading(text: string): boolean {
  const t = text.trim();
  if (t.length > 80) return false;
  return /:\s*$/.test(t) || (/\p{Lu}{3}/u.test(t) && t === t.toUpperCase());
}

function normaliseScope(s: string): string {
  const t = s.replace(/\s+/g, ' ').trim();
  return t === t.toUpperCase() ? t.toLowerCase() : t;
}

/** Characters read on either side of an amount for the few words that give its measure (18 after, 8 before). */
const WORDS_WINDOW = 400;

/** The measure read around an amount: participle, following words, preceding words, then the counted noun. */
function measureAround(text: string, amount: FoundAmount, countedEnd: number, nextStart: number, prevEnd: number, participle?: Measure, countedMeasure?: Measure): Measure | undefined {
  // "a hall with the capacity of more than 150 prisoners", "room for 300 detainees": how many a place can hold is
  // no count of people it holds.
  if (/\b(?:capacity|room|space|places|beds)\s+(?:of|for)\s+(?:(?:at least|at most|up to|about|around|some|nearly|almost|more than|over|roughly)\s+)?$/i.test(text.slice(Math.max(0, amount.start - 40), amount.start))) return 'other';
  // "the diplomat and three others sought to kill the leaders", "two men tried to kill a judge": a deed only meant or
  // tried counts those who meant it, no one it was done to.
  if (meantDeedAfter(text.slice(amount.numberEnd))) return 'other';
  // "we fear for these thousands of prisoners": a vague amount pointed back to is the count told before, no new one.
  if (amountPointedBack(text.slice(Math.max(0, amount.start - 10), amount.start), text.slice(amount.start, amount.numberEnd))) return 'other';
  // "seven marchers arrested during the riots have died in prison": the participle says who they are; the deed an
  // auxiliary carries later in the clause is what befell them.
  const participleNext = /^\s+(\p{L}+ed)\b/u.exec(text.slice(countedEnd, countedEnd + 30))?.[1];
  const described = participle ?? (participleNext ? measureOfWord(participleNext) : undefined);
  const held = described ? HELD_DEED_AFTER.exec(text.slice(countedEnd, countedEnd + 140))?.[1] : undefined;
  const heldMeasure = held ? measureOfWord(held) : undefined;
  if (heldMeasure && heldMeasure !== described && PERSON_MEASURES.has(heldMeasure)) return heldMeasure;
  if (participle) return participle;
  // "Two lawmakers later confirmed the prisoner's death", "three officials said …": people counted as those who tell
  // are the tellers, not the dead or the held they tell of.
  if (countedEnd > amount.numberEnd && TELLING_AFTER.test(text.slice(countedEnd, countedEnd + 100))) return 'other';
  // A verb right before the amount governs it ("wounded 35 people and detained 400").
  const justBefore = wordTokens(text.slice(Math.max(prevEnd, amount.start - 25), amount.start)).at(-1);
  const adjacent = justBefore ? measureOfWord(justBefore.text) : undefined;
  if (adjacent && /(?:ed|ing|drew|draws|together)$/i.test(justBefore!.text)) return adjacent;
  // "have shot dead 190 marchers and detained 6,000": a killing told in two words governs the amount after it.
  if (/\b(?:shot|gunned|beaten|stabbed|hacked|burned|burnt)\s+(?:dead|down|to\s+death)\s+(?:(?:at least|about|around|some|nearly|almost|more than|over)\s+)?$/i.test(text.slice(Math.max(prevEnd, amount.start - 40), amount.start))) return 'killed';
  // "the death of at least 49 people, and the wounding of up to 650 others": the deed's noun right before "of" is the
  // amount's own measure, whatever other deed the words after it name for the next amount.
  const ofDeed = /\b([\p{L}-]+)\s+of\s+(?:(?:at least|at most|up to|about|around|some|nearly|almost|more than|over|roughly)\s+)?$/iu.exec(text.slice(Math.max(prevEnd, amount.start - 40), amount.start))?.[1];
  const ofMeasure = ofDeed ? measureOfWord(ofDeed) : undefined;
  // "the massacre of 9,000 political prisoners": what was done to the prisoners, not their being held, is counted.
  if (ofMeasure && countedMeasure === 'arrested' && (ofMeasure === 'killed' || ofMeasure === 'executed' || ofMeasure === 'injured')) return ofMeasure;
  const following = wordTokens(text.slice(countedEnd, Math.min(nextStart, countedEnd + WORDS_WINDOW))).slice(0, 18);
  for (const [i, t] of following.entries()) {
    if (/^[.;!?]$/.test(t.text)) break;
    // "thousands chanted her name, that of a young woman who died …": when the count's own verb follows it (in its
    // counted words or right after them), a deed after a relative pronoun further on is the deed of whoever the
    // pronoun follows ("52 from that group who were killed", "thousands of people who were … and who were executed"
    // are the count's own).
    if (i > 0 && RELATIVE.test(t.text) && ownVerbBefore(text, amount.numberEnd, countedEnd + (following[0]?.end ?? 0))) break;
    // "40 families had asked for news, while the Monitor identified 212": the verb after a contrast is the next count's.
    if (CONTRAST.test(t.text)) break;
    // "195 refugees have returned home", "refugees went back": those who came home are no longer displaced; their count
    // is of returns, which no measure names.
    if (countedMeasure === 'displaced' && /^(?:returned|returning|return|returns|repatriated)$/i.test(t.text)) return 'other';
    const m = measureOfWord(t.text);
    // ("based on information gathered from morgues": a participle told of data is no deed of the people counted.)
    if (m && i > 0 && /ed$/i.test(t.text) && DATA_NOUN.test(following[i - 1]?.text ?? '')) continue;
    // "800 arrests in the provinces of …": a noun after a counted noun that names its own measure is where, not what.
    if (m && countedMeasure && m !== countedMeasure && !/(?:ed|ing)$/i.test(t.text)) continue;
    if (m && ofMeasure && m !== ofMeasure && ofMeasure !== 'attendance' && ofMeasure !== 'other') return ofMeasure;
    if (m) return m;
  }
  const before = text.slice(prevEnd, amount.start);
  // "Lenmark died in jail and his death brought thousands to the streets": a verb right before the amount governs it;
  // a deed told before that verb, in a clause joined by "and", is the other clause's ("Those injured included 2,000"
  // is still a count of the injured).
  const governed = !!justBefore && !adjacent && GOVERNING_VERB.test(justBefore.text);
  if (/\bblood of\s+(?:the\s+)?$/i.test(before)) return 'killed';
  if (/\bnames of\s+(?:the\s+)?$/i.test(before)) return 'identified';
  // "The death toll has risen to 750": the toll is the measure, whatever verb carries it.
  if (/\b(?:death toll|toll)\b[^.;,]{0,50}?\b(?:risen|rose|climbed|reached|stands|stood|is|was|passed|surpassed|exceeded|increased|jumped|hit|at|to)\s+$/i.test(before)) return 'killed';
  const preceding = wordTokens(before.slice(-WORDS_WINDOW)).slice(-8);
  for (let i = preceding.length - 1; i >= 0; i--) {
    const t = preceding[i]!.text;
    if (/^[.;!?]$/.test(t)) break;
    // "…18 had died, while the Monitor reported 940 arrests": a verb before another clause's claim governs its own count.
    if (CLAUSE_TURN.test(t)) break;
    if (governed && /^(?:and|but)$/i.test(t)) break;
    const m = measureOfWord(t);
    // A preceding noun ("martyrs", "cities") names another thing; only verbs carry over ("that killed at least 200").
    if (m && /(?:ed|ing|drew|took part)$/i.test(t)) return m;
  }
  // "caused the deaths of 12 residents of the camp", "the arrest of 30 protesters": with no other deed told, the deed's
  // noun before "of" is what the amount counts.
  if (!countedMeasure && ofMeasure && ofMeasure !== 'attendance' && ofMeasure !== 'other' && ofMeasure !== 'cities') return ofMeasure;
  return countedMeasure;
}

/** A deed an auxiliary carries later in an amount's clause ("… have died", "… were killed"). */
const HELD_DEED_AFTER = /^[^,.;:()]{0,110}?\b(?:have|has|had|were|was)\s+(?:since\s+|reportedly\s+|also\s+)?(?:been\s+)?(\p{L}+)/u;
/** A verb of telling right after the people counted (an adverb may stand between). */
const CONTRAST = /^(?:while|whereas|but|although)$/i;
/** What is gathered or collected when no one gathers: "information gathered from …", "data collected by …". */
const DATA_NOUN = /^(?:information|data|evidence|material|materials|figures|statistics|testimony|testimonies|details|footage|documents|records|accounts)$/i;


const RELATIVE = /^(?:who|whom|whose|which)$/i;

/** Whether a verb in the past that names no measure stands between a number and a point ("thousands chanted …"). */
function ownVerbBefore(text: string, from: number, to: number): boolean {
  return wordTokens(text.slice(from, to)).some((w) => /^\p{L}{3,}ed$/u.test(w.text) && !measureOfWord(w.text));
}

/** A verb in the past that takes the amount after it as its object ("brought thousands", "sent 300", "urged 40"). */
const GOVERNING_VERB = /^(?:\p{L}{3,}ed|brought|sent|took|drew|led|kept|held|saw|put|left|got|gave|found)$/iu;

/** "the figure of", "a total of": a count that names no noun of its own and refers to what was being counted. */
const FIGURE_OF = /\b(?:(?:the|a|that|this)\s+(?:figure|number|total|tally|count)\s+of|(?:that|the|this)\s+(?:figure|number|total|tally|toll|count)\s+(?:could|may|might|would|will)\s+be\s+(?:as\s+high\s+as\s+)?(?:over|more\s+than|above|at\s+least|nearly|almost|up\s+to|around|about)?)\s*$/i;

/**
 * "Police put the crowd at 12,000", "estimated the turnout at", "put attendance at around 2,000", "put the figure at
 * 4,000": a crowd's estimate, or ("the figure", "the number") an estimate of the count told just before.
 */
const ESTIMATE_AT =
  /\b(?:estimat(?:ed|ing|es?)|put(?:s|ting)?|plac(?:ed|ing|es)|set(?:s|ting)?)\s+(?:the\s+|its\s+|their\s+)?(crowd|turnout|attendance|participation|size of the (?:crowd|rally|march|demonstration|protest|gathering)|figure|number|total|count|tally|estimate)\s+at\s+(?:(?:about|around|some|nearly|almost|roughly|more than|over|at least|up to|only|just)\s+)?$/i;
const CROWD_NOUN = /^(?:crowd|turnout|attendance|participation|size)/i;

/** Counted nouns that say only that something happened so many times ("251 cases", "40 incidents"). */
const GENERIC_CASES = /^(?:cases|instances|incidents)$/i;

/** The deed a clause names before a count of its cases ("an execution spree … with at least 251 cases"). */
function deedBefore(before: string): Measure | undefined {
  const words = wordTokens(before.slice(-WORDS_WINDOW)).slice(-14);
  for (let i = words.length - 1; i >= 0; i--) {
    const t = words[i]!.text;
    if (/^[.;!?]$/.test(t) || CLAUSE_TURN.test(t)) return undefined;
    const m = measureOfWord(t);
    if (m && PERSON_MEASURES.has(m)) return m;
  }
  return undefined;
}

/** Text ending where a total is given as brought to a number: "bringing to ", "raising the toll to at least ". */
const BROUGHT_TO = /\b(?:bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed)\s+(?:(?:the|its|their)\s+(?:total|toll|tally|count|number)\s+)?to\s+(?:(?:at least|more than|over|about|around|some|nearly)\s+)?$/i;
/** What a total brought to counts when told after it: "504 the number of those killed in 56 cities identified by name". */
const NUMBER_OF_AFTER = /^\s+(?:the\s+)?(?:total\s+)?(?:number|total|toll|tally|count)\s+of\s+([^.;:]{1,100})/i;
/** An amount told as added to a total: "28 more", "12 new", "30 additional". */
const INCREMENT_AFTER = /^\s+(?:more|new|additional|further)\b/i;

/** Words that open another clause with its own verb: a claim, or a contrast ("while", "whereas", "but"). */
const CLAUSE_TURN = /^(?:said|says|say|reported|reports|recorded|records|documented|counted|estimated|estimates|confirmed|announced|stated|claimed|while|whereas|but|although)$/i;

/** The day a claim was made when the sentence dates it ("Amnesty said on Wednesday that …"). */
function claimDate(text: string, ref: FuzzyDate | undefined): FuzzyDate | undefined {
  if (!ref || !/\b(?:said|says|reported|announced|stated|confirmed|estimated|claimed|published)\b/i.test(text)) return undefined;
  const found = findDates(text, ref, 'text').find(
    (d) => d.date.precision === 'day' && /\b(?:said|says|reported|announced|stated|confirmed|estimated|claimed|published)\s+(?:on\s+)?$/i.test(text.slice(Math.max(0, d.start - 20), d.start)),
  );
  return found?.date;
}

interface SentenceContext {
  scope?: string;
  asOf?: FuzzyDate;
}

/** Extracts the figures of one article (ids `${article.id}:f1`, …). */
export function extractFigures(_nlp: Nlp, article: Article, sentences: Sentence[], _people: PeopleResult, quotes: Quote[]): Figure[] {
  const figures: Figure[] = [];
  let headingScope: string | undefined;
  let sectionDate: FuzzyDate | undefined;
  const articleDate = article.date.precision === 'unknown' ? undefined : article.date;
  const quotesOf = quotesBySentence(quotes, sentences);
  // The last count of people the report gave, for a count that refers back to it ("the figure of 333 in 2021").
  let lastCount: { measure: Measure; sentence: number } | undefined;

  for (const sentence of sentences) {
    checkDeadline();
    const text = sentence.text;
    if (isHeadline(text) && !isHeading(text) && !TALLY_RE.test(text)) continue;
    if (isHeading(text)) {
      const dated = headingDate(text, articleDate);
      // A heading that is just a date ("DECEMBER 28, 2019:") starts a dated section of a live report.
      if (dated) {
        sectionDate = dated;
        headingScope = undefined;
        continue;
      }
      const hs = HEADING_SCOPE_RE.exec(text);
      if (hs?.[1]) {
        headingScope = normaliseScope(hs[1]);
        continue;
      }
    }
    const ctx: SentenceContext = {};
    const scopeMatch = SCOPE_RE.exec(text);
    const scope = scopeMatch?.[1] ? normaliseScope(scopeMatch[1]) : headingScope;
    if (scope) ctx.scope = scope;
    const asOf = claimDate(text, sectionDate ?? articleDate) ?? sectionDate ?? articleDate;
    if (asOf) ctx.asOf = asOf;

    const tally = TALLY_RE.exec(text);
    if (tally?.[1] && tally[2]) {
      const fig = tallyFigure(article, sentence, tally[1], tally[2], text.lastIndexOf(tally[2]), ctx);
      if (fig) {
        figures.push(withClaim(fig, article, sentence, quotesOf.get(sentence.index) ?? [], text));
        continue;
      }
    }

    const amounts = findAmounts(text);
    let prevCounted = '';
    // "at least 304 people, including 23 children, were killed": the including-clause shares the verb that follows it.
    const measures = amounts.map((amount, i) => {
      const next = amounts[i + 1];
      const { counted: c, measure: participle } = countedAfter(text, amount.numberEnd);
      const countedRel = c ? text.indexOf(c, amount.numberEnd) : -1;
      const countedEnd = countedRel >= 0 ? countedRel + c.length : amount.numberEnd;
      const countedMeasure = c ? measureOfWord(c.split(' ').at(-1) ?? '') : undefined;
      return measureAround(text, amount, countedEnd, next ? next.start : text.length, i > 0 ? amounts[i - 1]!.end : 0, participle, countedMeasure);
    });
    // "put the number of executions in 2023 at 853", "brings the number of arrests to 1,200": the noun names the measure.
    const tolls = amounts.map((amount, i) => tollPhrase(text.slice(i > 0 ? amounts[i - 1]!.end : 0, amount.start)));
    tolls.forEach((t, i) => {
      if (t?.measure) measures[i] = t.measure;
    });
    // "released the names of 28 more victims, bringing to 504 the number of those killed … identified by name": the
    // amount brought to is the total, counting what the phrase after it names last; the "more" before it only adds to it.
    const broughtTo = amounts.map((amount) => BROUGHT_TO.test(text.slice(Math.max(0, amount.start - 40), amount.start)));
    amounts.forEach((amount, i) => {
      if (broughtTo[i]) {
        const what = NUMBER_OF_AFTER.exec(text.slice(amount.numberEnd, amount.numberEnd + 120))?.[1];
        const last = what ? wordTokens(what).map((w) => measureOfWord(w.text)).filter((m) => m && m !== 'cities').at(-1) : undefined;
        if (last) measures[i] = last;
      } else if (INCREMENT_AFTER.test(text.slice(amount.numberEnd, amount.numberEnd + 16)) && broughtTo.slice(i + 1).some(Boolean)) measures[i] = 'other';
    });
    // "sent more than 30,000 prisoners to the gallows": where the counted were sent says what happened to them.
    amounts.forEach((amount, i) => {
      // (Only the gallows: "condemned 30 to death" is a sentence passed, not carried out.)
      if (/^\s*(?:[\p{L}-]+\s+){0,3}to the gallows\b/u.test(text.slice(amount.numberEnd, amount.numberEnd + 60)) && /\b(?:sent|sends|send|sending|led)\b/.test(text.slice(Math.max(0, amount.start - 40), amount.start))) {
        measures[i] = 'executed';
      }
    });
    // "adopted by 31 in favour, nine against and 7 abstentions, the council deplored the killing of …": in a sentence
    // telling a vote's tally, a number bound to a side counts votes, never people harmed.
    if (voteSidesWritten(text).size >= 2) {
      amounts.forEach((amount, i) => {
        if (voteSideOfAmount(text, amount, amounts[i + 1])) measures[i] = 'other';
      });
    }
    // "held over 15 grams of a drug", "killed 30 kilometres from the border": an amount of a unit counts
    // no one, whatever deed the sentence tells.
    amounts.forEach((amount, i) => {
      if (measures[i] && PERSON_MEASURES.has(measures[i] as Measure) && UNIT_COUNTED.test(text.slice(amount.numberEnd, amount.numberEnd + 16))) measures[i] = 'other';
    });
    for (let i = measures.length - 2; i >= 0; i--) {
      const between = text.slice(amounts[i]!.end, amounts[i + 1]!.start);
      if (!measures[i] && measures[i + 1] && SUBSET_RE.test(between)) measures[i] = measures[i + 1];
      // "172 including 50 children and 67 women were killed": counts joined by "and" share the verb that follows them.
      else if (!measures[i] && measures[i + 1] && PERSON_MEASURES.has(measures[i + 1] as Measure) && /^\s+(?:[\p{L}-]+\s+){1,2}and\s+$/u.test(between)) measures[i] = measures[i + 1];
    }
    // "killed at least 34 civilians, including 12 children": the subset is counted under the same measure.
    for (let i = 0; i < measures.length - 1; i++) {
      const between = text.slice(amounts[i]!.end, amounts[i + 1]!.start);
      if (measures[i] && !measures[i + 1] && SUBSET_RE.test(between)) measures[i + 1] = measures[i];
      // "Those injured included about 2,000 people and 5,000 forces": a count joined by "and" to a counted list item,
      // with no deed of its own, shares the list's.
      else if (measures[i] && !measures[i + 1] && PERSON_MEASURES.has(measures[i] as Measure) && /^\s+[\p{L}-]+\s+and\s+$/u.test(between) && LIST_OPENER.test(text.slice(0, amounts[i]!.start))) measures[i + 1] = measures[i];
    }
    // "1,000 women from 40 countries gathered": the verb after the origin governs the people, not the countries.
    for (let i = 0; i < amounts.length - 1; i++) {
      const { counted: c1 } = countedAfter(text, amounts[i + 1]!.numberEnd);
      if (!FROM_PLACE_RE.test(c1)) continue;
      const { counted: c0 } = countedAfter(text, amounts[i]!.numberEnd);
      const c0Rel = c0 ? text.indexOf(c0, amounts[i]!.numberEnd) : -1;
      const c0End = c0Rel >= 0 ? c0Rel + c0.length : amounts[i]!.numberEnd;
      if (!/^\s*(?:from|of|across|representing|in)\s+$/i.test(text.slice(c0End, amounts[i + 1]!.start))) continue;
      if (!measures[i] || measures[i] === measures[i + 1]) measures[i] = measures[i + 1];
      measures[i + 1] = measureOfWord(c1.split(' ').at(-1) ?? '') ?? 'other';
    }
    amounts.forEach((amount, i) => {
      if (measures[i]) return;
      const { counted: c } = countedAfter(text, amount.numberEnd);
      const before = text.slice(i > 0 ? amounts[i - 1]!.end : 0, amount.start);
      const estimate = ESTIMATE_AT.exec(before);
      // (A range, "put the crowd at 3,000 to 4,000", is no one count: the reader states it whole.)
      if (estimate?.[1] && !/^\s*(?:to|-|–|and)\s*\d/.test(text.slice(amount.end))) {
        const earlier = measures.slice(0, i).findLast((m) => m && PERSON_MEASURES.has(m)) ?? (lastCount?.sentence === sentence.index - 1 ? lastCount.measure : undefined);
        measures[i] = CROWD_NOUN.test(estimate[1]) ? 'attendance' : earlier;
      }
      // "well above the figure of 333 in 2021": the count the sentence (or the one before) gave, in another year.
      else if (!c && FIGURE_OF.test(before)) {
        measures[i] = measures.slice(0, i).findLast((m) => m && PERSON_MEASURES.has(m)) ?? (lastCount?.sentence === sentence.index - 1 ? lastCount.measure : undefined);
        const year = /^\s+(?:in|for)\s+((?:19|20)\d\d)\b/.exec(text.slice(amount.numberEnd))?.[1];
        if (year) tolls[i] = { ...tolls[i], year: yearDate(Number(year)) };
      }
      // "an execution spree … with at least 251 cases": the cases of the deed the clause names.
      else if (GENERIC_CASES.test(c.split(' ')[0] ?? '')) measures[i] = deedBefore(before);
    });
    for (let i = 0; i < amounts.length; i++) {
      const { counted: c } = countedAfter(text, amounts[i]!.numberEnd);
      if (ORIGIN_NOUN_RE.test(c) || BODIES_RE.test(c) || DEEDS_AND_ARMS_RE.test(c) || QUOTED_DEED_AFTER.test(text.slice(amounts[i]!.numberEnd, amounts[i]!.numberEnd + 30)) || RELEASED_AFTER.test(text.slice(amounts[i]!.numberEnd, amounts[i]!.numberEnd + 60))) measures[i] = 'other';
      // Places never attend: "delegates from 30 cities joined" counts cities.
      // (Nor are they killed or arrested: "spread to over 200 cities …, killing over 1,000" counts cities reached.)
      // (Left as no measure of its own: "detained in 48 towns" tells where the arrests were, not how far protests spread.)
      else if (measures[i] === 'attendance' && FROM_PLACE_RE.test(c)) measures[i] = measureOfWord(c.split(' ').at(-1) ?? '') ?? 'other';
      else if (measures[i] && PERSON_MEASURES.has(measures[i] as Measure) && FROM_PLACE_RE.test(c)) measures[i] = 'other';
      // Pictures and the like are no people a deed befell ("thousands of pictures of martyrs").
      else if (measures[i] && PERSON_MEASURES.has(measures[i] as Measure) && IMAGES_RE.test(c)) measures[i] = 'other';
    }

    amounts.forEach((amount, i) => {
      const next = amounts[i + 1];
      const nextStart = next ? next.start : text.length;
      const { counted: c } = countedAfter(text, amount.numberEnd);
      const countedRel = c ? text.indexOf(c, amount.numberEnd) : -1;
      const countedEnd = countedRel >= 0 ? countedRel + c.length : amount.numberEnd;
      const tail = text.slice(countedEnd, nextStart);
      // "Two senior members, A and B, were among the nearly two dozen killed": a named subset, not a count.
      if (/^[^.;]{0,120}\b(?:were|are|was|is)\s+among\b/i.test(tail)) return;
      const measure = measures[i];
      if (!measure) return;
      // "between 40 to 100 men", "between 2,800 and 3,800": a range, no count of its own at either end (the reader
      // states it whole).
      if (inBetweenRange(text, amounts, i)) return;
      // "of whom 80 were students": what the subset is comes after the verb.
      // ("six out of whom were guards": the subset told after the amount, the same way.)
      const ofWhom = c ? undefined : /\b(?:of whom|among whom|among them|of which)\s+$/i.test(text.slice(0, amount.start)) ? /^\s+(?:were|are|was)\s+([\p{L}-]+)/u.exec(text.slice(amount.end)) : /^\s+out\s+of\s+(?:whom|them|which|those)\s+(?:were|are|was)\s+((?:[\p{L}-]+\s+(?!and\b|or\b))?[\p{L}-]+)/u.exec(text.slice(amount.numberEnd));
      const toll = tolls[i];
      // ("bringing to 504 the number of those killed": the noun after the amount is "the number", not who is counted.)
      const broughtWhole = broughtTo[i] && NUMBER_OF_AFTER.test(text.slice(amount.numberEnd, amount.numberEnd + 120));
      // ("… include 900 boys and 700 girls, as well as 400 who died under torture": a bare amount a relative clause
      // describes counts people of its own, not the noun an amount before it counted.)
      const whoFollows = !c && PERSON_MEASURES.has(measure) && /^\s+(?:who|whom)\b/i.test(text.slice(amount.numberEnd));
      // ("protests in all 31 provinces … the death toll stands at over 300": a toll of people never goes on counting the
      // places a number before it counted.)
      const inherited = PERSON_MEASURES.has(measure) && FROM_PLACE_RE.test(prevCounted) ? '' : prevCounted;
      let counted = (broughtWhole ? (PERSON_MEASURES.has(measure) ? 'people' : '') : c) || ofWhom?.[1] || toll?.counted || (whoFollows ? 'people' : inherited);
      if (!counted) counted = measure === 'cities' ? 'cities' : PERSON_MEASURES.has(measure) ? 'people' : '';
      counted = partOfCounted(text, amount.numberEnd, counted, c, measure);
      // ("nine civilians, including two women, were killed while 13 … were wounded": a part singled out is not the noun
      // a later bare number goes on counting.)
      if (!SUBSET_RE.test(text.slice(i > 0 ? amounts[i - 1]!.end : 0, amount.start))) prevCounted = counted;
      const figCtx: SentenceContext = { ...ctx };
      if (toll?.year) {
        figCtx.scope = String(toll.year.year);
        figCtx.asOf = toll.year;
      }
      const fig = baseFigure(article, sentence, amount, measure, counted, figCtx);
      figures.push(withClaim(fig, article, sentence, quotesOf.get(sentence.index) ?? [], text));
      if (PERSON_MEASURES.has(measure)) lastCount = { measure, sentence: sentence.index };
    });
  }
  figures.forEach((f, i) => (f.id = `${article.id}:f${i + 1}`));
  return figures;
}

/** Whether amount i is an end of a range opened by "between" ("between 40 to 100", "between 2,800 and 3,800"). */
function inBetweenRange(text: string, amounts: FoundAmount[], i: number): boolean {
  const opens = (k: number) => {
    const a = amounts[k];
    const b = amounts[k + 1];
    if (!a || !b) return false;
    if (BETWEEN_BEFORE.test(text.slice(Math.max(0, a.start - 10), a.start)) && RANGE_JOINER.test(text.slice(a.end, b.start))) return true;
    // ("nearly 200 to 225 people", "some 40 or 45 people": a range without "between", neither end a count of its own;
    // "rose from 200 to 225" is a change, its last number the count.)
    return BARE_RANGE_JOINER.test(text.slice(a.end, b.start)) && !FROM_BEFORE.test(text.slice(Math.max(0, a.start - 12), a.start)) && a.value !== undefined && b.value !== undefined && a.value < b.value;
  };
  return opens(i) || (i > 0 && opens(i - 1));
}
const BETWEEN_BEFORE = /\bbetween\s+$/i;
const RANGE_JOINER = /^\s*(?:and|to|-|–)\s*$/;
const BARE_RANGE_JOINER = /^\s*(?:to|or)\s+$/;
const FROM_BEFORE = /\b(?:from|of|by)\s+(?:(?:about|around|some|nearly|almost|over|more than)\s+)?$/i;

function baseFigure(article: Article, sentence: Sentence, amount: FoundAmount, measure: Measure, counted: string, ctx: SentenceContext): Figure {
  const fig: Figure = {
    id: '',
    text: amount.text,
    qualifier: amount.qualifier,
    measure,
    counted,
    source: { articleId: article.id, sentence: sentence.index, start: sentence.start + amount.start, end: sentence.start + amount.end },
  };
  if (amount.value !== undefined) fig.value = amount.value;
  if (amount.lower !== undefined) fig.lower = amount.lower;
  if (amount.upper !== undefined) fig.upper = amount.upper;
  if (ctx.scope) fig.scope = ctx.scope;
  if (ctx.asOf) fig.asOf = ctx.asOf;
  return fig;
}

function tallyFigure(article: Article, sentence: Sentence, label: string, valueText: string, valueOffset: number, ctx: SentenceContext): Figure | undefined {
  const words = wordTokens(label).map((t) => t.text);
  let measure: Measure | undefined;
  for (let i = words.length - 1; i >= 0 && !measure; i--) measure = measureOfWord(words[i]!);
  if (!measure) return undefined;
  const amounts = findAmounts(valueText);
  const amount = amounts[0];
  if (!amount || amounts.length > 1) return undefined;
  const rest = valueText.slice(amount.end).trim();
  if (wordTokens(rest).length > 3) return undefined;
  const shifted: FoundAmount = { ...amount, start: amount.start + valueOffset, end: amount.end + valueOffset, numberStart: amount.numberStart + valueOffset, numberEnd: amount.numberEnd + valueOffset };
  // "Number of people killed": the participle is the measure, the noun is what is counted.
  const counted = label.trim().replace(/\s+/g, ' ').replace(/\s+\p{L}+ed$/u, (w) => (measureOfWord(w.trim()) ? '' : w)).replace(/^total\s+/i, '').toLowerCase();
  return baseFigure(article, sentence, shifted, measure, counted, ctx);
}

/** The quotes that overlap each sentence, in the quotes' order: a figure looks only at its own sentence's quotes. */
function quotesBySentence(quotes: Quote[], sentences: Sentence[]): Map<number, Quote[]> {
  const starts = sentences.map((s) => s.start);
  const sentenceAt = (offset: number): number => {
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid]! <= offset) lo = mid + 1;
      else hi = mid;
    }
    return Math.max(0, lo - 1);
  };
  const out = new Map<number, Quote[]>();
  for (const q of quotes) {
    for (let k = sentenceAt(q.source.start); k < sentences.length && sentences[k]!.start < q.source.end; k++) {
      const s = sentences[k]!;
      if (!(q.source.start < s.end && q.source.end > s.start)) continue;
      const list = out.get(s.index);
      if (list) list.push(q);
      else out.set(s.index, [q]);
    }
  }
  return out;
}

/** Who states a figure: the speaker of a quote holding it, a claimant in its sentence, or the publisher. `quotes` are the sentence's. */
function withClaim(fig: Figure, article: Article, sentence: Sentence, quotes: Quote[], text: string): Figure {
  // Quote offsets may cover the quote or its whole sentence: require overlap and the figure's words inside the quote.
  const inQuote = quotes.find(
    (q) => q.source.start < sentence.end && q.source.end > sentence.start && q.source.start <= fig.source.start && fig.source.end <= Math.max(q.source.end, sentence.end) && q.text.includes(fig.text),
  );
  if (inQuote?.speakerName) {
    fig.claimant = inQuote.speakerName;
    return fig;
  }
  // A body credited in the figure's own clause, just before it, outranks one credited earlier in the sentence.
  let claimant = claimantJustBefore(text.slice(0, Math.max(0, fig.source.start - sentence.start))) ?? findClaimant(text);
  // ("Nine were killed, the agency claimed, but the ministry said no one was targeted": a body named only in a clause
  // set against the figure's, after it, claims something else; the figure's own part of the sentence is read alone.)
  // (A bare semicolon is not enough: "45 were killed in the uprising; 9 on its first day, witnesses said" is one account.)
  const against = [...text.matchAll(/[,;]\s+(?:but|while|whereas)\s+/g)].find((m) => (m.index ?? 0) >= fig.source.end - sentence.start);
  if (claimant && against && !text.slice(0, against.index).includes(claimant) && text.slice(against.index).includes(claimant)) claimant = findClaimant(text.slice(0, against.index));
  // "…, the group said": a reference back to the body named last before, else the publisher.
  if (claimant && BACK_REFERENCE.test(claimant)) claimant = namedBefore(article, sentence);
  // "…, the committee said" after "according to the Orlan Truth Committee": the body of that kind named last before.
  else if (claimant && KIND_BACK_REFERENCE.test(claimant)) claimant = namedBefore(article, sentence, claimant) ?? claimant;
  // "…, a leading activist group said." then "…, said the opposition Syrian Observatory for Human Rights": a body
  // described, not named, is the one named next to it.
  else if (claimant && UNNAMED_BODY.test(claimant)) claimant = namedBefore(article, sentence) ?? namedNext(article, sentence) ?? claimant;
  // "Two human rights organizations say …" followed by "Amnesty International and X said in a report …": the bodies
  // the next sentence names.
  if (UNNAMED_BODIES_CLAIM.test(text)) claimant = namedNext(article, sentence) ?? claimant;
  // "The X Rights Watch said it had recorded 212 deaths … It also documented 1,480 injuries": "it" is the body the
  // sentence just before credits by name.
  // ("The new Kessa Ministry report … explained …" then "It read: “… 50 …”": "it" is the report, credited to its owner.)
  if (!claimant && IT_CLAIMS.test(text)) claimant = namedJustBefore(article, sentence) ?? documentJustBefore(article, sentence);
  // "“At least 40 people have been killed. Most died in the north,” the Varn Rights Office said.": a figure in a quote
  // running on past its own sentence is credited to the body named right after the quote closes.
  if (!claimant && quoteRunsOn(text)) claimant = namedAfterQuote(article, sentence);
  if (claimant) fig.claimant = claimant;
  else if (article.publisher) fig.claimant = article.publisher;
  return fig;
}

/** Whether a sentence opens a quote it does not close (“… or "… with no closing mark). */
function quoteRunsOn(text: string): boolean {
  const t = text.trim();
  if (t.startsWith('“')) return !t.includes('”');
  return t.startsWith('"') && (t.match(/"/g) ?? []).length % 2 === 1;
}

/**
 * The body named right after a quote that opened in `sentence` closes, within the next few sentences: "…,” the Varn
 * Rights Office said." (a body with a capital, neither a reference back nor bodies counted); else undefined.
 */
function namedAfterQuote(article: Article, sentence: Sentence): string | undefined {
  const rest = article.text.slice(sentence.end, sentence.end + 1500);
  const close = /[”"]/.exec(rest);
  if (!close) return undefined;
  // (Only the words closing the quote's sentence, credited at once: ",” the X said", not a later sentence's.)
  const tail = /^\s*([^.!?“”"]{3,120}[.!?]?)/.exec(rest.slice(close.index + 1))?.[1];
  if (!tail || !/^,?\s*(?:the\s+|a\s+)?[\p{L}-]*\s*\p{Lu}|^,?\s*(?:said|says|added|told|reported|stated)\b/u.test(tail)) return undefined;
  return namedClaimant(`“…,”${tail.startsWith(',') ? tail.slice(1) : tail}`);
}

const BACK_REFERENCE = /^(?:(?:rights|rescue|monitoring|human rights|advocacy|activist)\s+)?(?:group|organi[sz]ation|monitor|agency|watchdog|body|observatory|ngo)$/i;

/** A body referred back to by its kind: "committee", "the council", "rights commission". */
const KIND_BACK_REFERENCE = /^(?:the\s+)?(?:[\p{Ll}-]+\s+)?(committee|council|commission|association|coalition|campaign|network|union|foundation|centre|center|institute|league|federation|society|movement)$/u;

/** A body described, not named: "a leading activist group", "the rights organisation". */
const UNNAMED_BODY = /^(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}(?:group|organi[sz]ation|monitor|watchdog|agency|observatory|ngo)$/iu;

/** Bodies counted, not named: "two human rights organizations", "rights groups". */
const UNNAMED_BODIES = /^(?:(?:two|three|four|several|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:groups|organi[sz]ations|agencies|bodies|ngos|monitors)$/iu;
const UNNAMED_BODIES_CLAIM = /(?:^|,\s+)(?:(?:two|three|four|several|\d+)\s+)?(?:[\p{Ll}-]+\s+){0,3}(?:groups|organi[sz]ations|agencies|bodies|ngos|monitors)\s+(?:say|said|says|report|reported|warn|warned)\b/iu;

/** The bodies the sentence right after `sentence` credits by name (a claimant with a capital). */
function namedNext(article: Article, sentence: Sentence): string | undefined {
  return namedClaimant(article.text.slice(sentence.end, sentence.end + 600).split(/(?<=[.!?”"])\s+/).find((x) => x.trim()));
}

/** The body a sentence credits by name: a claimant with a capital, neither a reference back nor bodies counted. */
function namedClaimant(sentence: string | undefined): string | undefined {
  const c = sentence ? findClaimant(sentence.trim()) : undefined;
  return c && /^\p{Lu}/u.test(c) && !BACK_REFERENCE.test(c) && !UNNAMED_BODIES.test(c) ? c : undefined;
}

/**
 * A sentence whose subject is "it", saying or counting ("It also documented …", "It said …"), or a document quoted
 * ("It read: “…”", "It states that …").
 */
const IT_CLAIMS = /^It\s+(?:(?:also|further|later|separately|has|had|now)\s+)*(?:said|says|documented|recorded|reported|counted|registered|estimated|listed|confirmed|identified|verified|put|read|reads|states|stated|notes|noted)\b/u;

/** The body the sentence right before `sentence` credits by name (a claimant with a capital). */
function namedJustBefore(article: Article, sentence: Sentence): string | undefined {
  return namedClaimant(article.text.slice(Math.max(0, sentence.start - 1500), sentence.start).split(/(?<=[.!?”"])\s+/).reverse().find((x) => x.trim()));
}

/** A document named by its owner's capitalised name: "the new Kessa Ministry report", "a Relief League statement". */
const OWNED_DOCUMENT = /((?:\p{Lu}[\p{L}.'’&-]*\s+)+)(?:report|statement|document|study|assessment|survey|letter|review)\b/u;

/** The owner of a document the sentence right before `sentence` names ("The new Kessa Ministry report …" → "Kessa Ministry"). */
function documentJustBefore(article: Article, sentence: Sentence): string | undefined {
  const before = article.text.slice(Math.max(0, sentence.start - 1500), sentence.start).split(/(?<=[.!?”"])\s+/).reverse().find((x) => x.trim());
  const owner = before ? OWNED_DOCUMENT.exec(before)?.[1]?.trim().replace(/^(?:The|A|An|Its|Their)\s+/, '') : undefined;
  return owner && /^\p{Lu}/u.test(owner) ? owner : undefined;
}

const NAMED_BEFORE_WINDOW = 5000;

/**
 * The last claimant with a proper name in the sentences before `sentence` (same article); when `referredBy` names a
 * body by its kind ("the committee"), one of that kind.
 */
function namedBefore(article: Article, sentence: Sentence, referredBy?: string): string | undefined {
  const kind = referredBy ? KIND_BACK_REFERENCE.exec(referredBy)?.[1] : undefined;
  const ofKind = kind ? new RegExp(`\\b${kind}\\b`, 'i') : undefined;
  // Only the last few thousand characters: a claimant named pages earlier is not the one "the group" refers to.
  const parts = article.text.slice(Math.max(0, sentence.start - NAMED_BEFORE_WINDOW), sentence.start).split(/(?<=[.!?”"])\s+/).reverse();
  for (const part of parts) {
    const c = findClaimant(part);
    if (c && /^\p{Lu}/u.test(c) && !BACK_REFERENCE.test(c) && (!ofKind || ofKind.test(c))) return c;
  }
  return undefined;
}

/** "21 of the dead were under 18": a part of those a deed befell, told after the amount. */
const OF_THE_DONE_TO = /^\s+of\s+(?:the|those)\s+(?:dead|killed|victims|deaths|executed|hanged|arrested|detained|detainees|injured|wounded)\s+(?:were|was|are|had\s+been)\s+([^,.;:()]{2,40}?)(?=\s+(?:and|who|while|when|according)\b|[,.;:()]|$)/i;
/** "14 fatalities among riot police": the group the counted belong to, after the noun. */
const AMONG_GROUP = /^\s*among\s+((?:the\s+)?(?:[\p{L}'’-]+\s*){1,3}?)(?=[,.;:()]|\s+(?:and|in|on|at|since|during|according|by|were|was|have|had)\b|$)/iu;

/**
 * What a part counts, in words that keep it a part: "21 of the dead were under 18" counts people under 18 (not 21
 * dead), "14 fatalities among riot police" counts fatalities among riot police (not 14 of all the dead).
 */
function partOfCounted(text: string, numberEnd: number, counted: string, c: string, measure: Measure): string {
  if (!PERSON_MEASURES.has(measure)) return counted;
  const after = text.slice(numberEnd, numberEnd + 120);
  const ofDone = c ? null : OF_THE_DONE_TO.exec(after);
  if (ofDone?.[1]) {
    const what = ofDone[1].trim();
    return /^(?:under|below|over|aged|younger|older|children|minors|women|men|girls|boys|[\p{Ll}-]+s)\b/iu.test(what) && !/^(?:killed|shot|hanged|executed|arrested)\b/i.test(what) ? (/^(?:under|below|over|aged|younger|older)\b/i.test(what) ? `people ${what}` : what) : counted;
  }
  if (!c) return counted;
  const at = after.indexOf(c);
  const group = at >= 0 ? AMONG_GROUP.exec(after.slice(at + c.length)) : null;
  if (!group?.[1] || /^(?:them|whom|those|these|which|others)\b/i.test(group[1])) return counted;
  return `${counted} among ${group[1].trim()}`;
}
