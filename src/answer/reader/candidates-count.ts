/**
 * Count candidates: every amount in a window ("about 8,000", "Ninety-six", "3.000", "between 2,800 and 3,800") with
 * the noun it counts, judged by whether that noun is the one asked ("US states", "kids" → children), whether the
 * deed asked (arrested, killed, signed) stands next to it, and how close the question's other words are
 * ("another 320 in Kermanshah"). A number the question states is context, never the answer.
 */
import { amountPointedBack, findAmounts, type FoundAmount } from '../../extract/figure-numbers.ts';
import { meantDeedAfter } from '../../extract/figure-measures.ts';
import { acronymAskedFor, claimIsAcronym, sourceAskedFor, type QuestionAnalysis, type QuestionTerm } from '../../understand/analyse-question.ts';
import { COUNTRIES, isFunctionWord, keyOf, tokenize, type Token } from '../../understand/vocabulary.ts';
import { claimantIn } from '../evidence.ts';
import { claimantJustBefore } from '../../extract/orgs.ts';
import { proximity, type EvidenceWindow } from './evidence-windows.ts';
import { reportDate } from './candidates-date.ts';
import { asksVoteTurnout } from './vote-turnout.ts';
import { sentenceText, type Candidate, type ExtractContext } from './candidate.ts';
import { asksChange, asksRate, isRate } from '../rate.ts';
import { countYearsOf, ownClauseYears, titleCountYears, YEAR_WRITTEN } from '../count-year.ts';
import type { ReportProfile } from './report-profile.ts';
import { fold, escapeRe } from '../../understand/text.ts';
import { groupOnce, keepLast } from '../memo.ts';
import { amountOfAnotherVoteSide, voteSideAsked } from '../vote-side.ts';
import type { ArchiveIndex } from '../../index/archive-index.ts';
import type { Figure } from '../../domain/types.ts';

/** Words after a count that tell it as added to another ("140 autres personnes", "40 more", "12 de plus"). */
const ADDED_COUNT = /^\s+(?:autres|supplémentaires|de\s+plus|more|further|additional|other)(?![\p{L}])/iu;
/** A total the sentence gives after a count: "portant le total … à 2.310", "bringing the toll to 900". */
const TOTAL_TOLD = /(?<![\p{L}])(?:porte|portant|portent|bringing|brings|raising|raises|taking)(?![\p{L}])[^.;]{0,80}?(?<![\p{L}])(?:à|to)\s+\d/iu;

/** Keys of nouns that count people in general, accepted for "how many people / protesters / showed up". */
const PEOPLE_KEYS = new Set(
  ['people', 'men', 'protesters', 'participants', 'iranians', 'syrians', 'women', 'children', 'supporters', 'exiles', 'civilians', 'activists', 'residents', 'citizens', 'refugees'].map(keyOf),
);

/** Words of harm or loss a question may use for a deed ("died", "toll", "casualties", "missing"). */
const HARM_WORDS = /\b(?:die[sd]?|dying|dead|deaths?|kill\w*|wound\w*|injur\w*|hurt|arrest\w*|detain\w*|detention\w*|execut\w*|hang\w*|tolls?|casualt\w*|fatalit\w*|victims?|missing|displaced|fled|flee\w*|jailed|imprison\w*|sentenc\w*)\b/i;

/** Keys of people counted as a crowd ("how many people", "protesters"): their deed is being there. */
const CROWD_KEYS_ASKED = new Set(['@people', '@protester', '@attend']);

/** Families that say what happened to the people counted: a number next to one counts that. */
const MEASURE_FAMILIES = new Set(['@kill', '@injure', '@arrest', '@execute', '@flee', '@release', '@attend']);

/** A release asked for, not done, right before a count: "called for the release of", "demanding the immediate release of". */
const RELEASE_SOUGHT_BEFORE =
  /\b(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|s(?:eek|eeks|eeking|ought)|press(?:es|ed|ing)?\s+for|appeal(?:s|ed|ing)?\s+for|plead(?:s|ed|ing)?\s+for|campaign(?:s|ed|ing)?\s+for)\s+(?:the\s+)?(?:(?:immediate|unconditional|swift|prompt)\s+(?:and\s+)?)*(?:release|freedom)\s+of\s+(?:the\s+|their\s+|its\s+|his\s+|her\s+)?(?:(?:at\s+least|some|about|nearly|all)\s+)?$/i;

/** Families of verbs a count is about. */
const DEED_FAMILIES = new Set(['@kill', '@injure', '@arrest', '@execute', '@attend', '@flee', '@sign', '@release', '@begin', '@speak', '@organise', '@say', '@chant']);

/** Past participles not ending in -ed that tell a deed done to what is counted ("were hit", "were shot"). */
const IRREGULAR_DONE = /^(?:hit|struck|shot|hurt|built|burnt|seized|torn|blown|stolen|taken|sent|held|kept|lost|sold|beaten|broken|given|left|brought)$/;

/** A unit of weight, volume, length, money or share right after a number ("500 grams", "2 million euros", "40%"). */
const UNIT_AFTER =
  /^\s*(?:(?:million|billion|thousand)\s+)?(?:grams?|grammes?|kilo(?:gram)?s?|kg|pounds?|lbs?|ounces?|tons?|tonnes?|lit(?:re|er)s?|gallons?|barrels?|(?:kilo|centi)?met(?:re|er)s?|km|miles?|hectares?|acres?|dollars?|euros?|rials?|tomans?|francs?|percent|per cent|%|magnitude)(?!\p{L})/iu;

/** A unit of size or weight right after a number, as a calibre or a length is written ("107 mm", "2 metres", "5-kg"). */
const MEASURE_AFTER = /^\s*-?\s*(mm|cm|km|millimet(?:re|er)s?|centimet(?:re|er)s?|kilomet(?:re|er)s?|met(?:re|er)s?|kg|kilo(?:gram)?s?|grams?|tonnes?|calib(?:re|er))(?!\p{L})/iu;

/** The words a question may ask a unit by ("mm" or "millimetres", "km" or "kilometers"). */
function unitFamily(unit: string): RegExp {
  const u = unit.toLowerCase();
  const stem = /^(?:mm|millim)/.test(u) ? 'mm|millim' : /^(?:cm|centim)/.test(u) ? 'cm|centim' : /^(?:km|kilom)/.test(u) ? 'km|kilom' : /^met/.test(u) ? 'met(?:re|er)' : /^(?:kg|kilo)/.test(u) ? 'kg|kilo' : /^gram/.test(u) ? 'gram' : /^tonne/.test(u) ? 'tonne' : 'calib';
  return new RegExp(`\\b(?:${stem})`, 'i');
}

/** A sign of money right before a number ("$5 million", "€300", "£2"). */
const CURRENCY_BEFORE = /[$€£]\s*\d$/;

/** Units of time a term is counted in ("15 years in prison"). */
const TIME_UNITS = new Set(['year', 'month', 'week', 'day']);

/** Groups that are a part of the people counted ("women", "children"), not all of them. */
const PART_KEYS = new Set(['@woman', '@child']);
/** Armed or security men, a group no count of people in general gives ("soldiers", "policemen", "guards"). */
const ARMED_NOUNS = /^(?:soldiers?|troops|policem[ae]n|policewom[ae]n|officers|guards?|fighters|militants|rebels|militiamen|gunmen|servicemen|conscripts)$/;

/** Text ending where a part of a larger figure is given: "including ", "of whom at least ", "including 142 children and ". */
// ("dont 31 enfants et 17 femmes", "darunter 9 Kinder und 4 Frauen": a French or German list of parts goes on too.)
const SUBSET_BEFORE = /\b(?:including|among them|among whom|of whom|of them|dont|darunter)\s+(?:(?:at least|some|about|nearly)\s+)?(?:[\d.,]+\s+(?:[\p{L}’'-]+\s+){1,3}?(?:,\s*|(?:,\s*)?(?:and|et|und)\s+)(?:(?:at least|some|about|nearly|au moins|près de|mindestens)\s+)?)*$/iu;

/** A clause counting the people named before without naming them again ("there were", "waren es", "il y en avait"). */
const ELIDED_COUNT_BEFORE = /(?:\bthere\s+were|\b(?:waren|sind|seien)\s+es|\bil\s+y\s+en\s+(?:avait|a\s+eu))\s+(?:(?:about|around|some|nearly|almost|over|gegen|etwa|rund|fast|[uü]ber|environ|pr[eè]s\s+de|plus\s+de)\s+)?$/iu;
/** Text ending where a part of people counted before is given: "Among those executed were ", "Among the dead are ". */
/** A verb of inclusion just before a count, in English and French: "include", "incluent", "comprennent", "y compris". */
const INCLUDED_BEFORE = /(?<!\p{L})(?:include|includes|included|incluent|inclut|incluait|incluaient|comprennent|comprend|y\s+compris)\s+(?:(?:at least|some|about|nearly|au moins|environ|près de)\s+)?$/iu;
const AMONG_THOSE_BEFORE = /\bamong\s+(?:those|the)\s+(?:[\p{L}-]+\s+){1,2}(?:(?:were|are|was)\s+)?(?:(?:at least|some|about|nearly)\s+)?$/iu;

/**
 * Places and other things a report counts beside a crowd ("in 16 capitals", "105 Ländern", "50,000 locations", "in
 * 12 Hauptstädten"), in English, French and German: a number they follow counts them, never people.
 */
const PLACES_COUNTED =
  /^(?:cities|towns|capitals|countries|locations|places|provinces|regions|villages|states|continents|nations|sites|venues|districts|neighbourhoods|neighborhoods|buses|villes|pays|capitales|lieux|provinces|regions|localites|communes|departements|quartiers|agglomerations|stadten|stadte|hauptstadten|hauptstadte|landern|lander|orten|staaten|gemeinden|dorfern|provinzen|regionen|kontinenten)$/;

/** Whether the word right after a number, with only a space between, is a noun of places or things it counts. */
function countsOwnThings(text: string, tokens: Token[], to: number): boolean {
  const t = tokens[to];
  if (!t || to === 0 || !/^\s+$/.test(text.slice((tokens[to - 1] as Token).end, t.start))) return false;
  if (PLACES_COUNTED.test(t.fold) || GATHERINGS_COUNTED.test(t.fold)) return true;
  // "Two Kessa Rallies Back …", "three Orvel protests": gatherings counted, with their town's name between.
  const next = tokens[to + 1];
  return t.cap && !!next && /^\s+$/.test(text.slice(t.end, next.start)) && GATHERINGS_COUNTED.test(next.fold);
}

/** Gatherings a number can count ("two rallies", "deux rassemblements", "drei Kundgebungen"): never the people there. */
const GATHERINGS_COUNTED =
  /^(?:rallies|protests|demonstrations|marches|gatherings|vigils|events|conferences|meetings|sit-ins|manifestations|rassemblements|kundgebungen|demonstrationen|versammlungen)$/;

/** A body credited after a dash at the end of a headline ("… killed so far — VOHR", "… - Velorian Observatory"). */
const HEADLINE_CREDIT = /\s[—–-]\s*(\p{Lu}[\p{L}.&’'-]*(?:\s+(?:of|for|the|\p{Lu}[\p{L}.&’'-]*)){0,6})\s*$/u;

/** The rest of a list of people after its first noun (", women and children", " and women"). */
const PEOPLE_LIST_AFTER = /^(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:women|men|children|boys|girls))+/i;

function isPeopleNoun(t: Token): boolean {
  return PEOPLE_KEYS.has(t.key) || /(ians|ers|ists|ees)$/.test(t.fold);
}

/** Count candidates of one window. */
/**
 * "Of the nine protesters confirmed dead, only five have been named by officials": a sentence opening with the whole
 * ("Of / Among the N …,") and telling its part after the comma. Asked the deed of the part ("how many did officials
 * name"), the part answers, not the whole it is taken from. The end of the opening, or -1 when the sentence is not
 * so told or the words asked stand in the opening too.
 */
function wholeToldFirst(a: QuestionAnalysis, text: string, tokens: Token[]): number {
  const opening = /^\s*(?:of|among|out of)\s+(?:the|those|these)\s+[^,;.]{1,80}?,/i.exec(text);
  if (!opening || findAmounts(opening[0]).length === 0) return -1;
  const end = opening[0].length;
  const asked = a.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && t.inAsk);
  if (!asked.length) return -1;
  const held = (t: QuestionTerm, after: boolean) => tokens.some((x) => (after ? x.start >= end : x.end <= end) && (x.key === t.key || x.fold === t.fold));
  return asked.some((t) => held(t, true)) && !asked.some((t) => held(t, false)) ? end : -1;
}

const NAMED_DEEDS = new WeakMap<QuestionAnalysis, ReadonlySet<string>>();

/** Every deed the question names, asked or not ("protests" before the dash of a terse question; marching is being there), once per question. */
function deedsNamed(a: QuestionAnalysis): ReadonlySet<string> {
  let named = NAMED_DEEDS.get(a);
  if (!named) {
    named = new Set(a.terms.map((t) => (t.key === '@rally' ? '@attend' : t.key)).filter((k) => MEASURE_FAMILIES.has(k)));
    NAMED_DEEDS.set(a, named);
  }
  return named;
}

export function countCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  const text = sentenceText(w);
  const tokens = w.tokens;
  const counted = a.counted ?? [];
  const asksPeople = counted.length === 0 || counted.some((k) => PEOPLE_KEYS.has(k));
  // "how many people were injured": "people" says only that persons are counted, as any count of the deed does.
  const genericPeople = counted.length > 0 && counted.every((k) => k === '@people');
  const partAsked = counted.length > 0 && counted.every((k) => PART_KEYS.has(k));
  // "how many civilians", "how many refugees": a group of people named for what they are, not people at large.
  const specificAsked = counted.length > 0 && counted.every((k) => PEOPLE_KEYS.has(k) && !CROWD_KEYS_ASKED.has(k));
  // "how many rallies": gatherings are counted, not the people at them.
  const gatheringsAsked = counted.length > 0 && counted.every((k): boolean => k === '@rally');
  const namedDeeds = deedsNamed(a);
  // The deed asked: a verb of the genre (killed, arrested, signed…) or any other past participle ("inaugurated").
  // "what turnout did the organisers claim": who claims a figure is its source, not the deed counted.
  const deeds = a.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && !counted.includes(t.key) && (DEED_FAMILIES.has(t.key) || /ed$/.test(t.fold)) && t.key !== '@say' && t.key !== '@organise');
  const armedAsked = !!counted.length && ARMED_NOUNS.test(a.terms.find((t) => t.key === counted.at(-1))?.fold ?? '');
  const harmAsked = deeds.some((d) => d.key !== '@attend' && MEASURE_FAMILIES.has(d.key));
  // Names that qualify the noun counted, written capitalised before it ("Kurdish prisoners", "Afghan citizens").
  const qualifiers = counted.slice(0, -1).filter((k) => a.terms.some((t) => t.sort === 'name' && t.key === k && /^\p{Lu}/u.test(t.text)));
  // "how many protesters were among those executed", "how many of the dead were children": a part is asked.
  const partAsked2 = counted.length > 0 && !genericPeople && /\bamong\s+(?:those|the|them)\b|\bhow many of (?:the|those|them)\b/i.test(a.question);
  // Things counted ("hospitals", "schools"), not people nor a toll, and the deeds the question says were done to them.
  // (The noun counted is the last of its words: "Kurdish prisoners" counts prisoners, who are people.)
  const head = a.terms.find((t) => t.key === counted.at(-1));
  const thingsAsked =
    !!head && head.sort === 'word' && !PEOPLE_KEYS.has(head.key) && !MEASURE_FAMILIES.has(head.key) && !DEED_FAMILIES.has(head.key) && !/(?:ians|ans|ers|ors|ists|ees|men|ren|ple|ice|aff)$/.test(head.fold);
  const doneTo = deedsDoneTo(a);
  const askedDays = daysAsked(a.question);
  const moreAsked = /\bhow many (?:more|further|additional|extra)\b/i.test(a.question);
  // (A change asked, "by how much", is read by `changeCandidates` before.)
  const amountAsked = /\bhow much\b/i.test(a.question);
  const askedMonths = askedDays.length ? [] : monthsAsked(a.question);
  // "By how much did executions rise?": only the change a sentence tells answers ("rose by 43 per cent").
  if (asksChange(a.question)) return changeCandidates(ctx, w);
  const out: Candidate[] = [];
  // (A vote's turnout is told as a share, which no count of people or things is: see `voteTurnoutShares`.)
  if (asksVoteTurnout(a.question)) out.push(...voteTurnoutShares(a, w));
  const askedSource = sourceAskedFor(a.question);
  const askedAcronym = acronymAskedFor(a.question);
  const amounts = findAmounts(text);
  const claimWords = a.claimant?.length ? a.claimant.flatMap((n) => fold(n).split(' ')) : (askedSource ?? []);
  const claimantHere = claimWords.length > 0 && claimWords.every((w) => tokens.some((t) => t.fold === w));
  const sayAsked = a.terms.some((t) => t.key === '@say');
  const sayers = new Set(amounts.map((_, k) => k).filter((k) => countsSayers(text, amounts, k, counted, sayAsked)));
  const clauseOf = placeClauses(a, text, amounts.filter((_, k) => !sayers.has(k)));
  const colon = text.indexOf(':');
  const breakdownFrom = colon > 0 && amounts.some((x) => x.end < colon) && amounts.some((x) => x.start > colon) ? colon : -1;
  let lastDeedFit = 0;
  const listedAt = new Map<Candidate, number>();
  const bodyOfMembers = MEMBERS_OF_BODY_ASKED.exec(a.question)?.[1];
  const bodyAsked = bodyOfMembers && capitalWords(bodyOfMembers).length ? capitalWords(bodyOfMembers) : undefined;
  // The last count and how well its noun and deed fit ("450 executions … and over 1,850 in …").
  let lastCount: { end: number; nounFit: number; deedFit: number } | undefined;
  const crowdAsked = asksPeople && deeds.some((d) => d.key === '@rally' || d.key === '@attend');
  const bareGatheringCount = !counted.length && !deeds.length && !HARM_WORDS.test(a.question) && a.terms.some((t) => t.key === '@rally');
  const announcedAsked = ANNOUNCED_ASKED.test(a.question);
  const placeAsked = a.terms.some((t) => t.locative && !COUNTRIES.has(t.fold));
  const tellsOfGathering = tokens.some((t) => t.key === '@rally' || t.key === '@attend' || t.key === '@protester' || /^(?:met|meet|joined|assembled|turned)$/.test(t.fold));
  // "how many abstained?", "how many votes against?": a side of a vote is asked, which only a number bound to it counts.
  const sideAsked = voteSideAsked(a.question);
  for (let k = 0; k < amounts.length; k++) {
    const am = amounts[k]!;
    if (am.value !== undefined && a.numbers.includes(am.value)) continue;
    // ("… left dead by the two massacres …?": an amount in words the question writes is context too.)
    if (am.value !== undefined && /^\p{L}+$/u.test(am.text) && new RegExp(`(?<![\\p{L}])${escapeRe(am.text)}(?![\\p{L}])`, 'iu').test(a.question)) continue;
    if (am.value === undefined && am.lower === undefined) continue;
    if (sayers.has(k)) continue;
    // "how much explosive did they carry": an amount in a unit of measure or money ("500 grams"), never a bare count
    // of things or people ("the two suspects").
    const unit = amountAsked ? UNIT_AFTER.exec(text.slice(am.numberEnd, am.numberEnd + 24))?.[0].trim() : undefined;
    if (amountAsked && !unit && !CURRENCY_BEFORE.test(text.slice(Math.max(0, am.start - 4), am.numberStart + 1))) continue;
    // "Scores of 122 mm shells struck the base", "craters 2 metres deep": a size or weight, never a count of the things
    // it measures (unless the question asks in that unit, "how many kilometres long").
    const size = MEASURE_AFTER.exec(text.slice(am.numberEnd, am.numberEnd + 16))?.[1];
    if (size && !amountAsked && !unitFamily(size).test(a.question)) continue;
    // "Banafshesh Cheraghi, 28, marched …": an age between commas after a name, not a count.
    if (am.value !== undefined && am.value < 120 && /\p{Lu}[\p{L}'’-]+,\s*$/u.test(text.slice(Math.max(0, am.start - 40), am.start)) && /^\s*,/.test(text.slice(am.end))) continue;
    // "France 24: Why has …", "Channel 4: …": a number between a capitalised name and a colon is the name's own.
    if (/\p{Lu}[\p{L}’'-]*\s+$/u.test(text.slice(Math.max(0, am.start - 30), am.start)) && /^\s*:/.test(text.slice(am.end))) continue;
    // "um 12.30 Uhr", "at 10:30 a.m.", "at 3 pm": an hour of the day, not a count. (A bare "am" only after an hour's
    // number: "3000 am Kesseler Tor" is a count.)
    const hourWritten = /^\d{1,2}(?:[.:]\d{2})?$/.test(text.slice(am.numberStart, am.numberEnd));
    const nextWords = text.slice(am.end, am.end + 12);
    if (/^\s*(?:uhr|o['’]clock|a\.\s?m\.|p\.\s?m\.)/i.test(nextWords) || (hourWritten && /^\s*(?:am|pm|gmt|cet|cest|bst)(?![\p{L}])/iu.test(nextWords))) continue;
    if (hourWritten && /[.:]/.test(text.slice(am.numberStart, am.numberEnd)) && /\b(?:um|at|à|ab|until|bis|from|von)\s+$/i.test(text.slice(Math.max(0, am.start - 8), am.start))) continue;
    // "fixé à 14 h", "à 11 h 30", "vers 15h", "17h00", "à 16 heures": a French hour of the day, not a count (unless
    // hours are what is asked).
    if (hourWritten && Number(text.slice(am.numberStart, am.numberEnd)) <= 24 && /^\s*h(?:eures?)?(?:\s*\d{2})?(?![\p{L}\d])/iu.test(nextWords) && !/\b(?:hours?|heures?)\b/i.test(a.question)) continue;
    // "der 26. Jahrestag", "am 3. Februar": a German ordinal (a number with its point after an article), not a count.
    if (/^\.(?!\d)/.test(text.slice(am.end, am.end + 2)) && /\b(?:der|die|das|dem|den|des|am|im|zum|zur|vom)\s+$/i.test(text.slice(Math.max(0, am.start - 8), am.start))) continue;
    // "how many were killed" against "the diplomat and three others sought to kill the leaders": those who meant the
    // deed are counted, no one it was done to.
    if (harmAsked && meantDeedAfter(text.slice(am.numberEnd))) continue;
    // "how many were freed" against "they urged the release of two stewards": those whose freedom is demanded are still
    // held, not any who were let go.
    if (deeds.some((d) => d.key === '@release') && RELEASE_SOUGHT_BEFORE.test(text.slice(Math.max(0, am.start - 80), am.start))) continue;
    // "has published the identities of 97 of those killed", "a publié l'identité de 88 des personnes tuées": the count of
    // those a report names is a part of the dead, never their number (unless those named are asked).
    if (IDENTIFIED_PART_BEFORE.test(text.slice(Math.max(0, am.start - 40), am.start)) && PART_OF_AFTER.test(text.slice(am.numberEnd, am.numberEnd + 12)) && !/\b(?:identi\w*|nam(?:e|es|ed)|noms?|nommé\w*)\b/iu.test(a.question)) continue;
    // "one family in three": a ratio, not a count.
    if (/\b(?:one|1)\s+(?:[\p{L}-]+\s+)?in\s+$/iu.test(text.slice(Math.max(0, am.start - 30), am.start))) continue;
    // "we fear for these thousands of prisoners": a vague amount pointed back to is a count told before, no new one.
    if (amountPointedBack(text.slice(Math.max(0, am.start - 10), am.start), text.slice(am.numberStart, am.end))) continue;
    // "how many countries abstained" against "the 31 states in favour (nine were against …)": another side.
    if (sideAsked && amountOfAnotherVoteSide(text, amounts, k, sideAsked)) continue;
    const from = tokens.findIndex((t) => t.end > am.numberStart);
    if (from < 0) continue;
    let to = tokens.findIndex((t) => t.start >= am.numberEnd);
    if (to < 0) to = tokens.length;
    // "between 2,800 and 3,800", "3,000 to 4,000", "3,000-4,000": one range, told whole (its first number alone is
    // no figure the report gives).
    let phraseStart = am.start;
    let phraseEnd = am.end;
    const next = amounts[k + 1];
    const joiner = next ? text.slice(am.end, next.start) : '';
    const opener = /\b(?:between|from|entre|zwischen)\s+$/i.exec(text.slice(Math.max(0, am.start - 10), am.start));
    // ("nearly 200 to 225 people": a qualifier before the first of two close numbers qualifies the whole range.)
    const bareRange =
      !opener &&
      next?.qualifier === 'exact' &&
      am.value !== undefined &&
      next.value !== undefined &&
      next.value > am.value &&
      /^\s*(?:to|-|–)\s*$/.test(joiner) &&
      (am.qualifier === 'exact' || next.value <= am.value * 2);
    if (next && ((opener && /^\s*(?:and|to|-|–|et|bis|und)\s*$/i.test(joiner)) || bareRange)) {
      if (opener) phraseStart = am.start - opener[0].length;
      phraseEnd = next.end;
      to = tokens.findIndex((t) => t.start >= next.numberEnd);
      if (to < 0) to = tokens.length;
      k++;
    }
    // The noun counted: within the next few words ("3000 Iranian mujahedeens", "220 of the recorded deaths").
    // Not past a comma: "730 casualties, including 142 children" counts casualties, not children.
    let after = tokens.slice(to, to + 5);
    // Nor past a relative pronoun or a quotation mark: "five friends that said “women, life”" counts friends.
    const cut = after.findIndex((t, i) => i > 0 && (/[,;:()“”"«»]/.test(text.slice((after[i - 1] as Token).end, t.start)) || /^(?:that|who|which|whom|whose)$/.test(t.fold)));
    if (cut > 0) after = after.slice(0, cut);
    // Nor past another number: "60 pits across eight provinces" counts pits; the provinces are the eight's.
    const nextAmount = amounts.find((x) => x.start >= phraseEnd);
    if (nextAmount) after = after.filter((t) => t.start < nextAmount.start);
    let nounAt = -1;
    let nounFit = 0;
    // "how many rallies …" against "50,000 people gathered": the number counts the people first named after it, not
    // the gathering a verb of the asked word's family tells.
    let peopleCounted = false;
    after.forEach((t, i) => {
      if (nounAt >= 0 || peopleCounted) return;
      if (gatheringsAsked && !counted.includes(t.key) && isPeopleNoun(t)) {
        peopleCounted = true;
        return;
      }
      if (counted.includes(t.key) || (asksPeople && isPeopleNoun(t))) {
        nounAt = i;
        // "how many women": other people counted ("214 members of the security forces") are not the women asked.
        // (People in general, asked the victims of a group, "how many civilians were killed" against "48,210 people":
        // the total the group is a part of, which the group's own count in the report, if any, answers before. At a
        // gathering, "2,500 people took part" counts the exiles asked who marched.)
        nounFit = counted.includes(t.key) ? 1 : partAsked ? 0 : t.key === '@people' && specificAsked && harmAsked ? 0.45 : 0.8;
        // "75 citizen women": the last of two people nouns is the one counted; women or children are a part of the
        // civilians asked about, not all of them.
        const head = after[i + 1];
        if (head && isPeopleNoun(head) && /^\s+$/.test(text.slice(t.end, head.start))) {
          nounAt = i + 1;
          if (counted.includes(head.key)) nounFit = 1;
          else if (PART_KEYS.has(head.key) && counted.length && !genericPeople) nounFit = 0.5;
        } else if (PART_KEYS.has(t.key) && !counted.includes(t.key) && counted.length && !genericPeople) nounFit = partAsked ? 0.2 : 0.5;
      }
    });
    // "900 former political prisoners" asked "how many former political prisoners": the words asked run on to the noun
    // they qualify, which the count is told with (not "900 former").
    // ("900 former political prisoners" asked "how many former prisoners": over a word not asked, too.)
    if (nounAt >= 0 && !isPeopleNoun(after[nounAt]!)) {
      for (let j = nounAt + 1; j < after.length && j <= nounAt + 2 && /^\s+$/.test(text.slice(after[j - 1]!.end, after[j]!.start)) && /^\p{Ll}/u.test(after[j]!.raw); j++) {
        if (counted.includes(after[j]!.key)) nounAt = j;
      }
    }
    // "how many women were executed" against "eight protesters were executed": other people, counted with their own
    // noun, are no count of the women or children among them.
    if (partAsked && nounAt >= 0 && nounFit === 0) continue;
    // "how many soldiers were killed" against "killed 35 people": armed men are a group a count of people at large
    // (or of other people) does not name.
    if (armedAsked && nounAt < 0 && after.slice(0, 2).some(isPeopleNoun)) continue;
    // "how many officials were killed" against "the toll of 900 is higher than …": officials or armed men are no part a
    // toll of everyone names; a sentence that never names them counts none of them.
    if ((armedAsked || counted.includes('@official')) && nounAt < 0 && !tokens.some((t) => counted.includes(t.key))) continue;
    // ("…, how many?" of a gathering against "the three words that have become its slogan": a number with a plural
    // noun of its own that names no people counts those things, not the people there.)
    const thing = after[0];
    if (bareGatheringCount && nounAt < 0 && thing && !thing.cap && /[^s]s$/.test(thing.fold) && !isPeopleNoun(thing) && !DEED_FAMILIES.has(thing.key) && !MEASURE_FAMILIES.has(thing.key)) continue;
    // The counted noun before the number: "the death toll … had risen to 28", "killings … Aleppo (31,932)",
    // "put the number between 2,800 and 3,800", "the Baluch … 29 percent or 138 people".
    if (nounAt < 0) {
      const before = tokens.slice(0, from);
      let lastCounted = before.map((t) => counted.includes(t.key)).lastIndexOf(true);
      // "370,000 men, women and children …, including 100,000 who left": a noun in the list an earlier number counts
      // is that number's, not this one's.
      // ("9,400 children and 8,100 women, as well as 6,200 who …": the number the noun follows may stand further back.)
      const nounStart = lastCounted >= 0 ? (before[lastCounted] as Token).start : -1;
      const prev = nounStart >= 0 ? amounts.slice(0, k).findLast((x) => x.end <= nounStart) : undefined;
      const earlier = lastCounted >= 0 && prev ? text.slice(prev.end, nounStart) : undefined;
      // (Not when the number stands alone in a clause of its own that refers back to them: "in Kessel some hundreds
      // of people gathered, in Varn there were about 500", "… Menschen, in Varn waren es 500", "… il y en avait 500".)
      const elided = ELIDED_COUNT_BEFORE.test(text.slice(Math.max(0, am.start - 30), am.start));
      if (earlier !== undefined && earlier.length <= 50 && (before[lastCounted] as Token).start > prev!.end && !/[.;:]|\b(?:were|was|have|has|had|are|is|been)\b/i.test(earlier) && !elided) lastCounted = -1;
      // "The number of executions in X surged to 901": the number of the deed asked, with what rose or fell between.
      const anaphor =
        /\b(?:the|a|their|its)\s+(?:number|figure|toll|total|count|tally)\s+(?:at|between|to|of|as|was|stood at|rose to|had risen to|reached)?\s*$/i.test(text.slice(Math.max(0, am.start - 40), am.start)) ||
        // ("its death toll for the unrest rose yesterday, Sunday, to at least 388": what rose, and when, between.)
        /\b(?:the|a|their|its)\s+(?:death\s+)?(?:toll|tally)\b[^.;:]{0,60}?\b(?:rose|risen|climbed|increased|jumped|reached|stood)\b[^.;:]{0,30}?\s(?:to|at)\s*$/i.test(text.slice(Math.max(0, am.start - 120), am.start)) ||
        // ("Police estimated the number at Lindenplatz and along Kaiserallee at around 5,000": where the crowd stood may
        // come between the number estimated and its value.)
        /\b(?:estimat\w*|put|puts|plac\w*|count\w*)\s+(?:the|a|their|its)\s+(?:number|figure|crowd|turnout|attendance|size)\b[^.;:]{0,90}?\s(?:at|to)\s*$/i.test(text.slice(Math.max(0, am.start - 140), am.start)) ||
        (crowdAsked && crowdNumberBefore(text.slice(Math.max(0, am.start - 70), am.start))) ||
        numberOfAsked(text.slice(Math.max(0, am.start - 120), am.start), [...deeds.map((d) => d.key), ...counted]);
      const peopleAfter = after.slice(0, 2).some(isPeopleNoun);
      // "Exiles took part in rallies in 14 capitals", "Menschen … in 12 Hauptstädten": a number with its own noun of
      // things right after it counts those things, not the people named before it.
      // "how many students were arrested" against "arrested over 900 others", "how many hospitals were hit" against
      // "wounded 80 civilians": a number with people of its own right after it counts them, not the noun asked.
      if (thingsAsked && peopleAfter && !anaphor && lastCounted < 0) continue;
      const ownThings = !anaphor && countsOwnThings(text, tokens, to);
      if (ownThings && (counted.length || bareGatheringCount) && asksPeople) continue;
      if (ownThings) lastCounted = -1;
      // "… hospitals, and wounded more than 8000 people": people counted right after the number are not the
      // things named before it; a people's name ("the Baluch … 138 people") is persons, and still counts.
      const counter = before[lastCounted] as Token | undefined;
      const thingBefore = !!counter && !counter.cap && !isPeopleNoun(counter) && !DEED_FAMILIES.has(counter.key) && !PEOPLE_KEYS.has(counter.key);
      if (lastCounted >= 0 && !(peopleAfter && thingBefore)) nounFit = Math.max(0.55, 0.85 - 0.02 * (from - lastCounted));
      if (anaphor) nounFit = Math.max(nounFit, 0.8);
      // ("as well as 400 who died in custody": a bare number a relative clause of persons describes counts people.)
      // (Not a part of a count before it: "240,000 …, including 60,000 who fled more than once".)
      if (asksPeople && !partAsked && lastCounted < 0 && /^\s+(?:who|whom)\b/i.test(text.slice(am.numberEnd, am.numberEnd + 8)) && !SUBSET_BEFORE.test(text.slice(Math.max(0, am.start - 90), am.start))) nounFit = Math.max(nounFit, 0.8);
      if (lastCounted >= 0 && peopleAfter && !thingBefore) nounFit = Math.max(nounFit, 0.85);
      if (nounFit === 0 && !ownThings) {
        if (counted.length === 0 || genericPeople) nounFit = 0.5;
        // ("How many women": a number near other people's nouns counts them, not the women.)
        else if (asksPeople && !partAsked && before.slice(-8).some(isPeopleNoun)) nounFit = 0.4;
      }
    }
    // The deed asked (arrested, killed, signed…) right next to the number.
    let deedFit = deeds.length ? 0 : 1;
    for (const d of deeds) {
      tokens.forEach((t, i) => {
        if (t.key !== d.key) return;
        const dist = i < from ? from - i : i - to + 1;
        // A subject and its verb can stand far apart ("3000 mujahedeens, opposing …, have inaugurated").
        deedFit = Math.max(deedFit, Math.exp(-(Math.max(dist, 1) - 1) / 8));
      });
    }
    // "This includes 72 Kurdish prisoners …", "Of these, 40 were women": a breakdown of the count the sentence before
    // gave counts under that sentence's deed.
    if (deeds.length && BREAKDOWN_OPENING.test(text)) deedFit = Math.max(deedFit, 0.7);
    // "how many Kurdish prisoners": a count of prisoners that does not say they were Kurdish is the larger total.
    if (nounAt >= 0 && qualifiers.length && !after.slice(0, nounAt + 1).some((t) => qualifiers.includes(t.key))) nounFit *= 0.6;
    // "killed 19 people …, and another 23 people …": "another" counts under the deed of the amount before it.
    if (/\b(?:another|a further)\s+$/i.test(text.slice(Math.max(0, am.start - 12), am.start))) deedFit = Math.max(deedFit, lastDeedFit);
    // "how many settlers died" against "About 4,200 settlers reside in the camp": people counted with their own noun in a
    // sentence that never names the deed asked (nor any toll) are those who live, work or wait there, not its victims.
    if (nounAt >= 0 && deedFit === 0 && harmAsked) continue;
    // "450 executions in three months and over 1,850 in the past 14 months": a bare count joined to the count before
    // it counts the same noun and deed.
    const joined = lastCount ? text.slice(lastCount.end, am.start) : '';
    // ("105 countries, and over one million viewers": an amount with a plural noun of its own counts that noun.)
    // ("412 people were executed in 2031, a 43 per cent rise compared to 288 in 2030": so does a bare count a comparison
    // sets beside the count before it, its own year told by its own clause.)
    if (nounAt < 0 && lastCount && !/[.;:]/.test(joined) && ((joined.length <= 60 && JOINED_COUNT.test(joined)) || (joined.length <= 120 && COMPARED_COUNT.test(joined))) && !ownPluralNoun(text, tokens, to)) {
      nounFit = Math.max(nounFit, lastCount.nounFit * 0.95);
      deedFit = Math.max(deedFit, lastCount.deedFit * 0.95);
    }
    // ("in just three months": a span of time is no count of the list.)
    if (!/^\s+(?:days?|weeks?|months?|years?|hours?|decades?)\b/i.test(text.slice(am.end, am.end + 12))) lastCount = { end: am.end, nounFit, deedFit };
    lastDeedFit = deedFit;
    // Counting people at a gathering: the people noun says they were there, whatever verb the report uses ("met").
    if (nounFit >= 0.8 && deeds.every((d) => d.key === '@attend' || d.key === '@rally')) deedFit = Math.max(deedFit, 0.7);
    // A breakdown ("killings … in Rural Damascus (39,393), followed by Aleppo (31,932)"): a number in brackets right
    // after a name is that name's share, of whatever the sentence counts; it answers for the name asked, no other.
    const label = from > 0 && /^\s*\(\s*$/.test(text.slice((tokens[from - 1] as Token).end, am.start)) ? (tokens[from - 1] as Token) : undefined;
    let labelAsked = !!label?.cap && (nounFit > 0 || deedFit > 0) && a.terms.some((t) => t.sort === 'name' && (t.key === label.key || t.fold === label.fold));
    // The same in words: "the deaths of at least 400 in Tehran, 320 in Kermanshah, 270 in Fars" — a bare number
    // followed by "in <Name>", in a list of such, is that name's share (in French, "50 à Varn et 14 à Kessa").
    let inLabel: Token | undefined;
    if (!label && nounAt < 0) {
      const at = tokens[to];
      const name = tokens[to + 1];
      const listed = amounts.filter((x) => /^\s+(?:in|à)\s+\p{Lu}/u.test(text.slice(x.end, x.end + 30))).length >= 2;
      if (listed && (at?.fold === 'in' || at?.raw === 'à') && name?.cap && a.terms.some((t) => t.sort === 'name' && (t.key === name.key || t.fold === name.fold))) {
        inLabel = name;
        labelAsked = nounFit > 0 || deedFit > 0;
      }
    }
    if (counted.length && nounFit === 0 && deedFit < 0.3 && !labelAsked) continue;
    // ("how many women were executed" against "612 executions": a count that names no women is everyone's.)
    if (partAsked && nounFit === 0 && !labelAsked) continue;
    // "8,000 were injured and at least 12,000 arrested": a number whose own verb is another deed counts that deed
    // (also past a few auxiliaries: "Three individuals are known to have been killed and hundreds wounded").
    const clauseEnd = (() => {
      let k = to;
      while (k < tokens.length && k < to + 8 && !/[,;:.()]/.test(text.slice((tokens[k - 1] as Token | undefined)?.end ?? am.end, (tokens[k] as Token).start))) k++;
      return k;
    })();
    // "more than 5,000 people gathered …, in response to X's detention": people a past verb of gathering has right
    // after them ("gathered", "marched") were there; they are no count of the detentions the sentence goes on to name.
    const gatheredAt = nounAt >= 0 ? tokens[to + nounAt + 1] : undefined;
    const gathered = gatheredAt?.key === '@rally' && /ed$/.test(gatheredAt.fold) && !tokens.slice(to, clauseEnd).some((t) => MEASURE_FAMILIES.has(t.key));
    const heldVerb = gathered ? undefined : heldVerbAfterParticiple(text, tokens, to, clauseEnd);
    const ownVerb = gathered ? '@attend' : (heldVerb ?? tokens.slice(to, clauseEnd).find((t) => MEASURE_FAMILIES.has(t.key))?.key);
    // (The deed so carried is the count's own, however far the participle's words put it from the number.)
    if (heldVerb && deeds.some((d) => d.key === heldVerb)) deedFit = Math.max(deedFit, 0.9);
    // "how many people marched": marching, gathering or protesting is being there, as attending is ("leaving more than
    // 200 people dead" counts the dead, not the marchers).
    const askedMeasures = new Set([...counted, ...deeds.map((d) => (d.key === '@rally' ? '@attend' : d.key))].filter((k) => MEASURE_FAMILIES.has(k)));
    if (ownVerb && askedMeasures.size && !askedMeasures.has(ownVerb)) continue;
    // "forces also killed at least another 93 people": a deed verb right before the number, with only qualifiers
    // between, is the number's own deed too; asked how many were arrested, it counts no arrests.
    const verbBefore = deedVerbJustBefore(text, tokens, from);
    // "the rally for the protesters in the capital last January, how many?": a bare count asked of a gathering (no noun,
    // no deed, no word of harm) is of those there; "at least 21 people have been killed" in its report counts victims.
    if (bareGatheringCount && ((ownVerb && ownVerb !== '@attend') || verbBefore)) continue;
    // "killing six people and wounding about 40": each number is its own verb's; asked how many were hurt, the count the
    // wounding governs answers, the one the killing governs does not.
    const askedGoverns = askedMeasures.size > 0 && amounts.some((x, j) => j !== k && governedBy(text, tokens, x, askedMeasures));
    if (verbBefore && askedMeasures.size && !askedMeasures.has(verbBefore.key) && (askedGoverns || !tokens.some((t) => askedMeasures.has(t.key)))) continue;
    // "hrana report - protests in how many cities?" against "17,451 were arrested in 155 cities": a count governed by a
    // deed the question never names, when it names another, counts that deed's places or people, not those asked.
    const deedOfPlaces = !askedMeasures.size && namedDeeds.size ? (verbBefore ?? deedVerbJustBefore(text, tokens, from, true)) : undefined;
    if (deedOfPlaces && !namedDeeds.has(deedOfPlaces.key)) continue;
    if (verbBefore && askedMeasures.has(verbBefore.key) && nounAt < 0) nounFit = Math.max(nounFit, 0.8);
    const nounWords = nounAt >= 0 ? after.slice(0, nounAt + 1) : [];
    const last = nounWords[nounWords.length - 1];
    // ("the 304 men, women and children killed": the people counted are the whole list, told whole.)
    const listEnd = last && isPeopleNoun(last) ? last.end + (PEOPLE_LIST_AFTER.exec(text.slice(last.end))?.[0].length ?? 0) : 0;
    const phrase = unit && !last ? `${text.slice(phraseStart, phraseEnd).trim()} ${unit}` : text.slice(phraseStart, last ? Math.max(listEnd, last.end, phraseEnd) : phraseEnd).trim();
    const near = proximity(ctx.index, a, tokens, from, to, (t: QuestionTerm) => counted.includes(t.key));
    // ("according to Maryam Vell?" against "Maryam Vell estimated a few thousand people attended": the words of the
    // one asked are her count, vague as it is.)
    // "How many residents did the camp house?": no deed asked of the people counted; a count of those the sentence
    // says were killed, hurt or arrested ("killed six people") is of the victims, not of the people asked.
    const victimsOnly = !askedMeasures.size && !deeds.length && !a.terms.some((t) => MEASURE_FAMILIES.has(t.key)) && !HARM_WORDS.test(a.question) && counted.some((k) => PEOPLE_KEYS.has(k) && !CROWD_KEYS_ASKED.has(k)) && !crowdAsked && ((ownVerb && ownVerb !== '@attend') || (verbBefore && verbBefore.key !== '@attend'));
    const vague = (am.qualifier === 'vague' ? (claimantHere ? 0.85 : 0.5) : 1) * (victimsOnly ? 0.4 : 1);
    // "…, including at least 40 children": a part of a larger figure answers only a question about that part.
    // Every item of the list is a part: "including 142 children and 75 women".
    let subset = SUBSET_BEFORE.test(text.slice(Math.max(0, am.start - 90), am.start)) && nounAt >= 0 && !counted.includes((after[nounAt] as Token).key) ? 0.7 : 1;
    // "what was the death toll" against "45 children were killed": women or children counted are a part of the dead,
    // never the toll asked of all of them.
    if (!partAsked && counted.length && !asksPeople && after[0] && PART_KEYS.has(after[0].key) && !counted.includes(after[0].key)) continue;
    // "17 people were killed, four of them children": a number followed by "of them" / "of whom" counts a part of the
    // total told before it, answering only a question about that part.
    const ofThem = /^\s+of\s+(?:them|whom)\b([^.;,]{0,40})/iu.exec(text.slice(am.numberEnd, am.numberEnd + 60));
    if (ofThem && /\d/.test(text.slice(Math.max(0, am.start - 160), am.start)) && !tokenize(ofThem[1] ?? '').some((t) => counted.includes(t.key))) subset = Math.min(subset, 0.4);
    // "The group's estimates include four people hanged on Sunday", "Ses chiffres incluent quatre personnes …": a count
    // a verb of inclusion opens is a part of a larger count, even of the same noun, never the total asked.
    // (Unless the part is what is asked: "This includes 61 Ostran prisoners" asked how many Ostran prisoners.)
    // (Nor "the toll included 21,305 civilians" asked how many civilians: a noun of its own, asked, other than people.)
    const partNamed = (qualifiers.length > 0 && after.slice(0, Math.max(nounAt, 0) + 1).some((t) => qualifiers.includes(t.key))) || (nounAt >= 0 && counted.includes((after[nounAt] as Token).key) && (after[nounAt] as Token).key !== '@people');
    if (!partAsked && !partNamed && INCLUDED_BEFORE.test(text.slice(Math.max(0, am.start - 40), am.start))) subset = Math.min(subset, 0.4);
    // "Among those executed were 31 women": a part of the people a sentence before counted, never their total.
    if (AMONG_THOSE_BEFORE.test(text.slice(Math.max(0, am.start - 60), am.start)) && nounAt >= 0 && !counted.includes((after[nounAt] as Token).key)) subset = Math.min(subset, 0.4);
    // "… the deaths of 412 civilians, including 97 children, as follows: 160 civilians including 30 children …": a count
    // after a colon that follows an earlier count is a part of the breakdown, weighed below the total it breaks down.
    if (breakdownFrom >= 0 && am.start > breakdownFrom) subset *= 0.85;
    let fit = vague * subset * (0.45 * (counted.length ? nounFit : Math.max(nounFit, 0.5)) + 0.35 * deedFit + 0.2 * near);
    if (labelAsked) fit = Math.max(fit, vague * (0.45 * Math.max(nounFit, 0.7) + 0.35 * Math.max(deedFit, 0.7) + 0.2));
    else if (label?.cap) fit *= 0.6;
    // "how many hospitals were hit": things counted without the deed asked ("six functioning hospitals") are not the
    // ones the deed was done to. (People are often counted apart from their deed: "200 people … were detained".)
    if (!labelAsked && thingsAsked && doneTo.length && !doneTo.some((d) => tokens.some((t) => t.key === d.key || t.parts?.includes(d.key)))) fit = Math.min(fit, 0.4);
    // "killed 19 people … outside the city of A, and another 23 people … in the town of B": asked about B, the count
    // whose own clause names B answers, not the one whose clause names A.
    // "an average of five people were executed daily": a rate is no count of the period asked, unless a rate is asked.
    if (isRate(text, am.start, am.end) !== asksRate(a.question)) fit *= 0.3;
    // "Iran hanged at least 582 people in 2022", "the total of 314 executions recorded for the whole of 2021": a count
    // its own clause dates to another year than the one asked is that year's.
    if (a.years.length === 1) {
      const asked = a.years[0] as number;
      const own = ownClauseYears(text, am.start, am.end);
      // ("So far this year, Vardia has hanged 90 prisoners": "this year" is the year the report was written or stored.)
      // (An undated report whose title names one year, "… executed in 2031, says the group", is of that year.)
      const titleYears = [...new Set((w.report.profile.article.title ?? '').match(new RegExp(YEAR_WRITTEN.source, 'g')) ?? [])];
      const reportYear = w.report.profile.article.date.year ?? (titleYears.length === 1 ? Number(titleYears[0]) : Number(w.report.profile.article.storedOn?.slice(0, 4) || NaN));
      if (!own.length && Number.isFinite(reportYear) && thisYearOf(text, am.start, am.end)) own.push(reportYear);
      if (own.length && !own.includes(asked)) fit *= 0.3;
      // "Among those executed were 31 women" in a report whose counts are all dated to 2024 or 2023: a count its
      // clause does not date is of the report's own period, one of those years, not the year asked.
      // (Not a crowd: a report's gathering is its own occasion, "500 gathered … on Saturday", whatever year the other
      // counts it recalls are dated: "one of 40 exiles killed in 2027".)
      else if (!own.length && !crowdAsked && undatedCountOfOtherYears(w.report.profile, asked)) fit *= 0.3;
      // "Among those put to death were six women" in a report on "the first half of 2023": a count of part of the
      // year is not the year's, unless a part of the year is asked.
      else if (!own.length && (!a.range || (a.range.from === `${asked}-01-01` && a.range.to === `${asked}-12-31`)) && partOfYearReport(w.report.profile, asked)) fit *= 0.3;
    }
    // "how many people marched": a count in a sentence that tells of no gathering ("added 20 Iranian officials to its
    // sanctions list") is of something else.
    if (crowdAsked && !tellsOfGathering) fit *= 0.5;
    // "how many were killed?" against "at least 106 were killed … information suggesting up to 200": an upper bound
    // alone ("up to", "jusqu'à", "bis zu") is a guess beyond the count, weighed below it unless a maximum is asked.
    if (am.qualifier === 'at-most' && !/\b(?:up to|as many as|at most|maximum|jusqu|au plus|bis zu|höchstens)\b/i.test(a.question)) fit *= 0.85;
    // "how many protesters were among those executed": a count of people in general is the whole, not the part asked.
    if (partAsked2 && nounFit < 1) fit *= 0.5;
    // "how many turned out for the Paris march" against "as 34 women in Tehran began a hunger strike": people the
    // count itself places in another town than the one asked are not that crowd.
    if (crowdAsked && placeAsked) {
      const there = /^\s+(?:[\p{Ll}-]+\s+){0,2}?(?:in|from|at)\s+(?:the\s+)?(\p{Lu}[\p{L}'’-]+)/u.exec(text.slice(am.end, am.end + 40))?.[1];
      if (there && !COUNTRIES.has(fold(there)) && !a.terms.some((t) => t.fold === fold(there))) fit *= 0.4;
    }
    // "executions in the past 14 months" against "450 executions in just three months and over 1,850 in the past
    // 14 months": the number the question states stands right after the count it asks about.
    const stated = statedAfter(a, text, amounts);
    if (stated >= 0) fit = stated === k ? Math.min(1, fit * 1.25) : fit * 0.8;
    // "in its December 2 assessment" against "… estimated 304 …, while a previous assessment, established on
    // December 2, amounted to 208 dead": the count whose own clause holds the day asked is that day's.
    // "how many more bodies were they looking for": the count told as more than one before it ("six more bodies",
    // "another six"), not the one it adds to.
    if (moreAsked && !/^\s+(?:more|further|additional|extra|other)\b/i.test(text.slice(am.end, am.end + 12)) && !/\b(?:another|a further|an additional)\s+$/i.test(text.slice(Math.max(0, am.start - 16), am.start))) fit *= 0.5;
    // ("il faut ajouter 140 autres personnes tuées …, portant le total à 2.310", "another 40 …,
    // bringing the toll to 900": a count added to a total the sentence gives is not that total.)
    if (!moreAsked && ADDED_COUNT.test(text.slice(am.end, am.end + 16)) && TOTAL_TOLD.test(text.slice(am.end))) fit *= 0.5;
    const dayClause = clauseHoldsDay(text, am.start, askedDays);
    if (dayClause === 'other') fit *= 0.5;
    else if (dayClause === 'own') fit = Math.min(1, fit * 1.2);
    const whole = wholeToldFirst(a, text, tokens);
    if (whole >= 0) fit = am.start < whole ? fit * 0.6 : Math.min(1, fit * 1.2);
    // "the February attack" against a report telling "In February, … killed six people" beside the day it reports
    // ("Saturday killed two"): the count told in the month asked is that month's, the others are of another time.
    if (askedMonths.length) {
      const told = toldInMonth(askedMonths);
      if (told.test(text)) fit = Math.min(1, fit * 1.25);
      else if (monthCountTold(w.report.profile, askedMonths, told)) fit *= 0.7;
    }
    // "rund 300 Teilnehmer … - angemeldet waren 1.000 Menschen", "5,000 had been expected": the crowd announced before
    // it, not the one that came (unless that is what is asked).
    if (!announcedAsked && ANNOUNCED_CROWD.test(clauseAround(text, am.start, am.end))) fit *= 0.4;
    // "the strike killed 10 and wounded others": a number right after a verb of another measured deed than the one asked
    // is that deed's ("killed 10"), even when no other number is the asked deed's.
    if (verbBefore && askedMeasures.size && !askedMeasures.has(verbBefore.key)) fit *= 0.3;
    const clause = clauseOf(am);
    if (clause === 'other') fit *= 0.5;
    else if (clause === 'own') fit = Math.min(1, fit * 1.2);
    // "how many members of the Kelmark Assembly" against "150 members of the Lower Chamber": members the count itself
    // gives to another named body are not those of the body asked.
    if (bodyAsked) {
      const own = MEMBERS_OF_BODY.exec(text.slice(am.numberEnd, am.numberEnd + 80))?.[1];
      if (own && !capitalWords(own).some((x) => bodyAsked.includes(x))) fit *= 0.3;
    }
    // "besides X, how many other people died?": a count told as others ("four other people", "another 23", "12 more")
    // answers; the total the others are added to weighs less.
    if (OTHERS_ASKED.test(a.question)) fit *= OTHERS_BEFORE.test(text.slice(Math.max(0, am.start - 12), am.start)) || OTHERS_AFTER.test(text.slice(am.numberEnd, am.numberEnd + 24)) ? 1.2 : 0.7;
    const c: Candidate = { type: 'count', text: phrase, window: w, sentences: [w.si], fit };
    listedAt.set(c, k);
    const shareOf = label ?? inLabel;
    if (labelAsked && shareOf) c.share = shareOf.raw;
    const value = am.value ?? am.lower;
    if (value !== undefined) c.value = value;
    // A body credited just before the count, in its own clause ("…, while the Monitor reported 940 arrests", "with police
    // estimating the number … at about 700"), else the one its clause or the sentence credits.
    // (A headline credits its figure after a dash at its end: "Over 90,000 killed in the war so far — VOHR".)
    const claim = claimantJustBefore(text.slice(0, am.start)) ?? clauseClaimant(text, am.start) ?? HEADLINE_CREDIT.exec(text.slice(am.end))?.[1];
    if (claim) c.attribution = claim;
    // ("It read: “… the deaths of 50 members …”" after "The new Kessa Ministry report …": a body the extraction credits
    // the figure to from the sentences around it, when the sentence itself credits no one.)
    else {
      const credited = creditedFigure(ctx.index, w.report.profile.article.id, w.si, (w.report.profile.sentences[w.si]?.start ?? 0) + am.start);
      if (credited) c.attribution = credited;
    }
    // "…, according to the organisers?": a count the sentence credits to someone else (the police) is not theirs.
    // (At least half its words: "the UN relief office" is not "the Coastal Medical Relief Network".)
    // (Word by word, or by word family across languages: "the Iranian authorities" and "les autorités iraniennes".)
    if (claim && askedSource && askedSource.filter((w) => fold(claim).split(' ').includes(w) || tokenize(claim).some((t) => t.key === keyOf(w))).length * 2 < askedSource.length) c.fit *= 0.3;
    // "…, according to the police?" against "More than 500 protestors": a crowd count its sentence credits to no one,
    // in a sentence that never names the police (or the organisers) asked, in any language, is not theirs.
    // ("… 118 people have been arrested … . This was announced by the police spokesman, …": the sentence after a figure
    // that opens by saying who announced it names its source.)
    const announcedNext = ANNOUNCED_NEXT.test(w.report.profile.sentences[w.si + 1]?.text ?? '') ? (w.report.profile.sentences[w.si + 1]?.text ?? '') : '';
    if (!claim && announcedNext) {
      c.sentences = [w.si, w.si + 1];
      const by = /\bby\s+([^,.;:()]{3,80})/i.exec(announcedNext)?.[1]?.trim();
      if (by) c.attribution = by;
    }
    if (!claim && askedSource && crowdSourceUnnamed(askedSource, `${text} ${announcedNext}`)) c.fit *= 0.5;
    // "according to the UN": a claim by another named body ("the Syrian Observatory …") is not the UN's.
    if (claim && askedAcronym && claimIsAcronym(claim, askedAcronym) === false) c.fit *= 0.3;
    out.push(c);
  }
  weighListedKinds(a, text, amounts, listedAt);
  // "sentenced … to 15 years in prison": a span of time is no amount the figure reader keeps; asked how many years
  // (or months) a term was, the span is the count.
  if (counted.some((k) => TIME_UNITS.has(k))) {
    for (const m of text.matchAll(/\b(\d{1,3})\s+(years?|months?|weeks?|days?)\b/gi)) {
      const unit = tokenize(m[2] as string)[0];
      const value = Number(m[1]);
      if (!unit || !counted.includes(unit.key) || a.numbers.includes(value) || out.some((c) => c.value === value)) continue;
      const from = tokens.findIndex((t) => t.end > (m.index ?? 0));
      const near = from >= 0 ? proximity(ctx.index, a, tokens, from, from + 2, (t: QuestionTerm) => counted.includes(t.key)) : 0;
      out.push({ type: 'count', text: m[0], window: w, sentences: [w.si], fit: 0.45 + 0.35 * (deeds.length ? 0.5 : 1) + 0.2 * near, value });
    }
  }
  // "a 389-seat conference room", "a 40-vehicle convoy": the number joined to the noun asked counts it.
  for (const m of text.matchAll(/\b(\d{1,3}(?:,\d{3})*|\d+)-(\p{L}+)\b/gu)) {
    const noun = tokenize(m[2] as string)[0];
    if (!noun || !counted.includes(noun.key)) continue;
    const value = Number((m[1] as string).replace(/,/g, ''));
    if (a.numbers.includes(value) || out.some((c) => c.value === value)) continue;
    const from = tokens.findIndex((t) => t.end > (m.index ?? 0));
    const near = from >= 0 ? proximity(ctx.index, a, tokens, from, from + 1, (t: QuestionTerm) => counted.includes(t.key)) : 0;
    out.push({ type: 'count', text: m[0], window: w, sentences: [w.si], fit: 0.45 + 0.35 * (deeds.length ? 0.5 : 1) + 0.2 * near, value });
  }
  return out;
}

/** Members of a named body ("members of the Kelmark Assembly"): the body's name. */
const MEMBERS_OF_BODY = /^\s*(?:members|deputies|representatives|delegates)\s+(?:of|from|in)\s+(?:the\s+)?((?:\p{Lu}[\p{L}'’-]*\s*(?:of\s+(?:the\s+)?(?=\p{Lu}))?)+)/u;

const MEMBERS_OF_BODY_ASKED = new RegExp(MEMBERS_OF_BODY.source.replace('^\\s*', '\\b'), 'u');

/** The capitalised words of a name, in lower case, without the words every chamber's name shares. */
function capitalWords(name: string): string[] {
  return (name.match(/\p{Lu}[\p{L}'’-]*/gu) ?? []).map((x) => x.toLowerCase()).filter((x) => !/^(?:the|house|chamber|of)$/.test(x));
}

/** The words between two amounts of a list: items, each closed by a comma or "and", up to the next amount. */
const LIST_BETWEEN = /^(?:[^,;:.]*?(?:,\s*(?:and\s+)?|\s+and\s+))+(?:(?:a|an|the|some|about|over|nearly|almost|at\s+least|more\s+than)\s+)?$/i;

/** Words of a question too common to tell one listed kind of thing from another. */
const LIST_FILLER = /^(?:how|many|much|the|a|an|of|in|on|at|from|to|for|by|and|or|did|do|does|were|was|are|is|has|have|had|been|be|there|who|that|which|what|among|it|its|their|they|them|all|total|number|according)$/;

/** What an amount of a list counts in its own words: up to the next comma, "and" or amount ("37 subcommittee chairs"). */
function listedKindWords(text: string, amounts: readonly FoundAmount[], k: number): Set<string> {
  const am = amounts[k]!;
  const stop = amounts[k + 1]?.start ?? text.length;
  const own = text.slice(am.numberEnd, stop).split(/[,;:()]|\s(?:and|or|while|whereas|but)\s/i)[0] ?? '';
  // (Up to its verb: "… and 12 nurses are counted among those who died in …" — the words the list's items share after
  // the last of them are no kind of that one.)
  const verb = /\s(?:are|were|is|was|have|has|had|been|be|will|would|who|which|that|whom)\b/i.exec(own);
  return new Set(tokenize(verb ? own.slice(0, verb.index) : own).map((t) => t.key));
}

/**
 * "14 committee chairs, 37 subcommittee chairs and 9 members": counts listed side by side each count their own kind;
 * asked one kind ("subcommittee chairs", "former deputy prime ministers", "members from the Lower Chamber"), the count
 * whose own words hold the most of the words asked answers, the others are weighed down.
 */
function weighListedKinds(a: QuestionAnalysis, text: string, amounts: readonly FoundAmount[], listedAt: ReadonlyMap<Candidate, number>): void {
  if (listedAt.size < 2) return;
  const asked = new Set(a.terms.filter((t) => (t.sort === 'word' || t.sort === 'name') && !LIST_FILLER.test(t.fold)).map((t) => t.key));
  if (!asked.size) return;
  // Only a list: each amount follows the one before within a few words, past a comma or "and".
  const ks = [...new Set(listedAt.values())].sort((x, y) => x - y);
  const listed = ks.every((k, i) => {
    if (i === 0) return true;
    const between = text.slice(amounts[ks[i - 1]!]!.end, amounts[k]!.start);
    // (Items up to a comma or "and" right before the next amount: "…, soit une hausse de 20% par rapport à 379" is a
    // comparison, no list.)
    return between.length <= 90 && LIST_BETWEEN.test(between);
  });
  // (Each amount with a noun of its own: "400 killed in A, 320 in B" counts one thing place by place.)
  const ownNoun = ks.every((k) => /^\s+(?:(?:former|current|other)\s+)?(?!(?:in|at|on|from|to|of|by|for|with|were|was|are|is|had|have|has|and|or|more|each)\b)\p{L}+(?<!ed)\b/iu.test(text.slice(amounts[k]!.numberEnd)));
  if (!listed || !ownNoun) return;
  const score = new Map(ks.map((k) => [k, [...listedKindWords(text, amounts, k)].filter((w) => asked.has(w)).length]));
  const best = Math.max(...score.values());
  if (best === 0) return;
  for (const [c, k] of listedAt) if ((score.get(k) ?? 0) < best) c.fit *= 0.4;
}

/** Words that end a noun phrase read backwards from an amount ("and", "of", "were"). */
const FUNCTION_WORDS = /^(?:and|or|but|of|in|at|on|to|for|from|by|with|per|percent|while|as|than|who|which|that|were|was|are|is|have|has|had)$/;

/**
 * "But two officials at the hospital in Marrow said 14 exiles were killed", "three witnesses told reporters 30 were
 * hurt": a number whose noun is the subject of a verb of saying, with the claim's own number after it, counts who
 * says, not what is said (unless it is the noun asked: "how many officials said …").
 */
function countsSayers(text: string, amounts: readonly FoundAmount[], k: number, counted: readonly string[], sayAsked: boolean): boolean {
  const am = amounts[k] as FoundAmount;
  const next = amounts[k + 1];
  // ("About 900 were killed, three officials of the ministry told the agency": the last number of its sentence, with a
  // verb of saying right after its noun, counts who told; asked how many officials were killed, it answers nothing.)
  if (!next) return !sayAsked && saidByCounted(text, am);
  const between = tokenize(text.slice(am.end, next.start));
  const sayAt = between.findIndex((t) => t.key === '@say');
  if (sayAt < 1 || sayAt > 12) return false;
  // The number's own noun stands right after it ("two officials"), not a clause ("245, and the Council claimed …").
  const noun = between[0] as Token;
  if (!/^\s+\p{Ll}/u.test(text.slice(am.end, am.end + 3)) || FUNCTION_WORDS.test(noun.fold)) return false;
  if (counted.includes(noun.key) || /^\p{Lu}/u.test(noun.raw)) return false;
  return !between.slice(0, sayAt).some((t) => DEED_FAMILIES.has(t.key) || /^(?:were|was|are|is|have|has|had)$/.test(t.fold));
}

/** Whether the people an amount counts say or tell something right after their noun ("three officials of X told …"). */
function saidByCounted(text: string, am: FoundAmount): boolean {
  if (!/^\s+\p{Ll}/u.test(text.slice(am.end, am.end + 3))) return false;
  const after = tokenize(text.slice(am.end, am.end + 100).split(/[.;:!?]/)[0] ?? '');
  const noun = after[0];
  if (!noun || FUNCTION_WORDS.test(noun.fold)) return false;
  const sayAt = after.findIndex((t) => t.key === '@say');
  if (sayAt < 1 || sayAt > 8) return false;
  // (Only the body they are of between: "three officials of the Varn Interior Ministry told …".)
  return after.slice(1, sayAt).every((t, i) => (i === 0 ? /^(?:of|from|at)$/.test(t.fold) : /^\p{Lu}/u.test(t.raw) || /^(?:the|of|for|and)$/.test(t.fold)));
}

/**
 * The police and the organisers as reports name them, in English, French and German (a police department written
 * by its initials ending in "PD", "the Met"; "organisation" alone is any body, not the organisers).
 */
// (Not the police a report tells of otherwise: "died in police custody", "the morality police", "a police station".)
const POLICE_WORDS = /\b(?<!(?:morality|secret|religious|riot|moral)\s)(?:police|polizei)(?!\s+(?:custody|station|cells?|van|car|vehicles?|brutality|violence|headquarters))\b|\bpolizei(?:angaben|sprecher(?:in)?|schätzung(?:en)?)\b|\b(?:pr[ée]fecture|constabulary)\b|\b\p{Lu}{1,4}PD\b|\bthe Met\b/iu;
const ORGANISER_WORDS = /\b(?:organi[sz](?:ers?|ateurs?)|veranstalter\p{L}*|organisat(?:or|eur)\p{L}*)\b/iu;

/** Words telling a crowd announced or expected beforehand, in English and German ("registered", "angemeldet"). */
const ANNOUNCED_CROWD = /\b(?:registered|expected|announced|anticipated|angemeldet|erwartet|angekündigt)\b/i;
/** The same words in any form, as a question asks them ("how many did they expect", "announce", "register"). */
const ANNOUNCED_ASKED = /\b(?:regist\w*|expect\w*|announc\w*|anticipat\w*|anmeld\w*|angemeldet|erwart\w*|angekündigt)\b/i;

/**
 * Whether a count is dated "this year": in its own clause ("hanged 90 so far this year"), or by an opening
 * "(So far) this year," before it, with no other number between.
 */
function thisYearOf(text: string, start: number, end: number): boolean {
  // (And French "cette année", "depuis le début de l'année".)
  if (/\bthis year\b|(?<!\p{L})cette année(?!\p{L})/iu.test(clauseAround(text, start, end))) return true;
  const before = text.slice(0, start);
  return /^\s*(?:so far\s+|earlier\s+|already\s+)?this year\s*,/i.test(before) && !/\d/.test(before);
}

/** The clause of a sentence around an amount: from the last break before it (a comma, a dash, a semicolon) to the next. */
function clauseAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from = Math.max(before.lastIndexOf(','), before.lastIndexOf(';'), before.lastIndexOf(' - '), before.lastIndexOf(' – '));
  const rest = text.slice(end);
  const stop = rest.search(/[,;]| [-–] /);
  return text.slice(from + 1, stop < 0 ? text.length : end + stop);
}

/** A sentence opening by telling who gave the figure before it: "This was announced by …", "The toll was given by …". */
const ANNOUNCED_NEXT = /^\s*(?:this|that|the\s+(?:figure|toll|number|count|tally))\s+(?:was|were|has\s+been|had\s+been)\s+(?:announced|reported|given|confirmed|disclosed|stated|released|revealed)\s+by\b/i;

/** Whether the police or the organisers are the source asked and a sentence names neither in its own words. */
export function crowdSourceUnnamed(asked: readonly string[], text: string): boolean {
  if (asked.includes('police')) return !POLICE_WORDS.test(text);
  if (asked.some((w) => /^organi[sz]ers?$/.test(w))) return !ORGANISER_WORDS.test(text);
  return false;
}

/**
 * "Organizers put the number of participants at 3,000", "police estimated the number of protesters at about 700": a
 * crowd's number told after "the number of <people> at", which counts those people.
 */
function crowdNumberBefore(before: string): boolean {
  const noun = CROWD_NUMBER_BEFORE.exec(before)?.[1];
  return !!noun && CROWD_KEYS_ASKED.has(tokenize(noun)[0]?.key ?? '');
}
const CROWD_NUMBER_BEFORE = /\b(?:the|a)\s+(?:number|figure|count|total)\s+of\s+(?:the\s+)?([\p{L}-]+)\s+(?:at|to)\s+(?:(?:about|around|some|nearly|roughly|more than|over|at least)\s+)?$/iu;

/**
 * "The number of executions in X surged to ", "the number of civilians killed by … stood at more than ": text ending
 * where the number of the thing or deed asked is given, whatever its sentence says between.
 */
/** Words before a count of people a report names: "the identities of", "the names of", "l'identité de", "les noms de". */
const IDENTIFIED_PART_BEFORE = /\b(?:identit(?:y|ies)\s+of|names\s+of|identit[ée]s?\s+de|noms\s+de)\s+(?:the\s+)?$/iu;
/** A part taken of a group named after the count: "of those", "of the", "des", "d'entre eux". */
const PART_OF_AFTER = /^\s+(?:of\s+(?:those|the|them)\b|des\s|d['’]entre\b)/iu;

function numberOfAsked(before: string, keys: readonly string[]): boolean {
  const m = /\bthe\s+(?:number|total|toll|tally)\s+of\s+([\p{L}-]+)(?:\s+[\p{L}.,-]+){0,8}?\s+(?:(?:has|had|have)\s+)?(?:rose|risen|surged|climbed|jumped|soared|increased|grew|grown|reached|hit|stood at|stands at|was|is)(?:\s+to)?(?:\s+(?:more than|over|at least|about|nearly|some|around))?\s*$/iu.exec(before);
  // ("le nombre de manifestants tués dans 41 villes a dépassé les 350", "le bilan des morts s'élève à 90": the French.)
  const f = m ?? /\b(?:le|du|au)\s+(?:nombre|total|bilan)\s+(?:de|des|d['’])\s*([\p{L}-]+)(?:\s+[\p{L}\d'’.,-]+){0,12}?\s+(?:(?:a|avait|aurait)\s+)?(?:dépassé|dépasse|dépassait|atteint|atteignait|franchi|grimpé|s['’]élève|s['’]élevait|est passé|était|est)(?:\s+(?:à|les|la barre des|le cap des))?(?:\s+(?:plus de|au moins|près de|environ|quelque))?\s*$/iu.exec(before);
  const noun = f ? tokenize(f[1] as string)[0] : undefined;
  return !!noun && keys.includes(noun.key);
}

const PART_OF_YEAR = new WeakMap<ReportProfile, Set<number>>();

/**
 * Whether a report's counts are of a part of the year asked: its title or first sentence tells of "the first half of
 * 2023", "the first six months of 2023", "January to June 2023", "so far in 2023".
 */
function partOfYearReport(p: ReportProfile, asked: number): boolean {
  let years = PART_OF_YEAR.get(p);
  if (!years) {
    years = new Set();
    const re = /\b(?:(?:first|second|last)\s+(?:half|quarter|six months|three months|nine months)\s+of|(?:January|February|March|April|May|June|July|August|September|October|November)\s+to\s+(?:January|February|March|April|May|June|July|August|September|October|November)|so far in|since the beginning of)\s+((?:19|20)\d{2})\b/g;
    // (Only the report's subject, told in its title or first sentence: "In the last three months of 2030, …" further
    // down is a part of a report on the whole year.)
    for (const text of [p.article.title ?? '', p.sentences[0]?.text ?? '']) for (const m of text.matchAll(re)) years.add(Number(m[1]));
    PART_OF_YEAR.set(p, years);
  }
  return years.has(asked);
}

const COUNT_YEARS = new WeakMap<ReportProfile, Set<number>>();

/**
 * Whether a report without a date of the year asked dates its counts only to other years ("surged to 901 in 2024",
 * "up from 853 in 2023"), never to the year asked. A report dated the year asked whose title names only another year
 * ("Final tally of hangings in 2030", published in January 2031) is that year's tally, and counts as undated.
 */
function undatedCountOfOtherYears(p: ReportProfile, asked: number): boolean {
  const titleYears = titleCountYears(p.article.title ?? '');
  if (p.article.date.year === asked && !(titleYears.length && !titleYears.includes(asked))) return false;
  let years = COUNT_YEARS.get(p);
  if (!years) COUNT_YEARS.set(p, (years = countYearsOf(p.sentences)));
  return years.size > 0 && !years.has(asked);
}

/**
 * In a sentence that gives several counts clause by clause, each followed by its place ("19 people …, outside A,
 * and another 23 people … in B"), whether an amount's own clause names the place the question names ('own'),
 * another amount's clause does ('other'), or neither tells ('none'). A part of a figure ("including six children")
 * belongs to the clause of the figure before it and is not sorted.
 */
function placeClauses(a: QuestionAnalysis, text: string, amounts: ReturnType<typeof findAmounts>): (am: ReturnType<typeof findAmounts>[number]) => 'own' | 'other' | 'none' {
  // Only names the sentence writes as places ("in the town of B", "outside A").
  const names = a.terms.filter(
    (t) => t.sort === 'name' && !COUNTRIES.has(t.fold) && new RegExp(`\\b(?:in|at|near|outside|on)\\s+(?:the\\s+(?:city|town|village|district|neighbou?rhood|suburb|province)\\s+of\\s+)?${escapeRe(t.text)}\\b`, 'i').test(text),
  );
  // (Nor a count set beside another to compare, "… in A in 2031, up from 288 in 2030": it is of the same place.)
  const main = amounts.filter((am) => !SUBSET_BEFORE.test(text.slice(Math.max(0, am.start - 90), am.start)) && !COMPARED_COUNT.test(text.slice(Math.max(0, am.start - 60), am.start)));
  if (main.length < 2 || !names.length) return () => 'none';
  // "two officials at the hospital in A said 10 … were killed and 39 wounded": a place in the words of who says, before
  // the first count, is where the whole claim comes from, not the first count's own place.
  const lead = tokenize(text.slice(0, (main[0] as (typeof main)[number]).start));
  const saidAt = lead.findLastIndex((w) => w.key === '@say');
  if (saidAt > 0 && names.some((t) => lead.slice(0, saidAt).some((w) => w.key === t.key || w.fold === t.fold))) return () => 'none';
  // A clause begins at the last comma, semicolon or "and" before its amount (after the amount before it).
  const starts = main.map((am, i) => {
    if (i === 0) return 0;
    const from = (main[i - 1] as (typeof main)[number]).end;
    const between = text.slice(from, am.start);
    const cut = [...between.matchAll(/[,;]\s*(?:and\s+|while\s+|whereas\s+)?|\s+and\s+/g)].at(-1);
    return cut ? from + (cut.index ?? 0) : am.start;
  });
  const holds = main.map((_, i) => {
    const words = tokenize(text.slice(starts[i] as number, i + 1 < main.length ? (starts[i + 1] as number) : text.length));
    return names.some((t) => words.some((w) => w.key === t.key || w.fold === t.fold));
  });
  // Only a place told in some clauses and not others sorts them.
  if (holds.every(Boolean) || !holds.some(Boolean)) return () => 'none';
  // "Four guards were beaten and two men held at a sit-in in Lund": a place told only after the last count, the clauses
  // before it joined by a bare "and" and placing nothing, is where every count of the sentence happened.
  if (holds.findIndex(Boolean) === main.length - 1 && sharedTrailingPlace(text, starts, main.length)) return () => 'none';
  return (am) => {
    // A part of a figure is weighed as such elsewhere; its clause is its figure's.
    const i = main.findIndex((m) => m.start === am.start);
    return i < 0 ? 'none' : holds[i] ? 'own' : 'other';
  };
}

/**
 * Whether the clauses before the last count ("Four guards were beaten and …") are joined to it by a bare "and" and
 * tell no place or time of their own (no "in", "at", "near", "outside", "on", no comma): the place after the last
 * count then closes the whole sentence.
 */
function sharedTrailingPlace(text: string, starts: number[], n: number): boolean {
  for (let i = 1; i < n; i++) {
    const cut = text.slice(starts[i] as number, (starts[i] as number) + 6);
    if (!/^\s+and\s/.test(cut)) return false;
    const before = text.slice(starts[i - 1] as number, starts[i] as number);
    if (/[,;:()]/.test(before) || /\b(?:in|at|near|outside|on|across|from|inside)\b/i.test(before)) return false;
  }
  return true;
}

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** The deeds the question says were done to what it counts ("were destroyed"), read once per question. */
function deedsDoneTo(a: QuestionAnalysis): readonly QuestionTerm[] {
  let got = DONE_TO.get(a);
  if (!got) {
    got = a.terms.filter((d) => d.part === 'focus' && d.sort === 'word' && (DEED_FAMILIES.has(d.key) || /ed$/.test(d.fold) || IRREGULAR_DONE.test(d.fold)) && new RegExp(`\\b(?:were|was|been|being|got)\\s+${escapeRe(d.text)}\\b`, 'i').test(a.question));
    DONE_TO.set(a, got);
  }
  return got;
}

const DONE_TO = new WeakMap<QuestionAnalysis, readonly QuestionTerm[]>();

/** The days a question states ("in its December 2 assessment", "on 2 December"), as patterns to find in a text. */
const daysAsked = keepLast(daysAskedIn);

function daysAskedIn(question: string): readonly RegExp[] {
  const out: RegExp[] = [];
  for (const m of question.matchAll(new RegExp(`\\b(${MONTHS})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b|\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTHS})\\b`, 'gi'))) {
    const month = (m[1] ?? m[4]) as string;
    const day = (m[2] ?? m[3]) as string;
    out.push(new RegExp(`\\b${month}\\s+${day}(?:st|nd|rd|th)?(?!\\d)|(?<!\\d)${day}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}\\b`, 'i'));
  }
  return out;
}

/** The months a question names without a day ("the February 2013 attack", "in March"). */
const monthsAsked = keepLast(monthsAskedIn);

function monthsAskedIn(question: string): readonly string[] {
  const full = [...question.matchAll(new RegExp(`\\b(${MONTHS})\\b(?!\\s+\\d{1,2}\\b)`, 'g'))].map((m) => m[1] as string);
  // "camp rockets feb 2013, how many hurt?": a month cut short before a year, as chat writes it.
  const short = [...question.matchAll(/\b(jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?\s+(?=(?:19|20)\d{2}\b)/gi)].map((m) => MONTH_OF_SHORT.get((m[1] as string).toLowerCase().slice(0, 3)) as string);
  return [...new Set([...full, ...short])];
}

/** Months by their first three letters. */
const MONTH_OF_SHORT = new Map(MONTHS.split('|').map((m) => [m.slice(0, 3).toLowerCase(), m]));

/** A sentence telling its deed in one of the months: "In February, …", "on 3 March", "during March". */
const toldInMonth = (months: readonly string[]): RegExp => toldInMonthOf(months.join('|'));

const toldInMonthOf = keepLast((months: string): RegExp =>
  new RegExp(`\\b(?:[Ii]n|[Oo]n|[Dd]uring|[Ll]ast|[Tt]his|[Ss]ince|[Ee]arly|[Ll]ate|[Mm]id-?)\\s+(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?(?:${months})\\b`),
);

/** Whether a sentence of the report tells a count in one of the months (`told`: `toldInMonth` of them), read once per report. */
function monthCountTold(p: ReportProfile, months: readonly string[], told: RegExp): boolean {
  let byMonths = MONTH_COUNT_TOLD.get(p);
  if (!byMonths) MONTH_COUNT_TOLD.set(p, (byMonths = new Map()));
  const key = months.join('|');
  let got = byMonths.get(key);
  if (got === undefined) {
    got = p.sentences.some((x) => told.test(x.text) && findAmounts(x.text).length > 0);
    byMonths.set(key, got);
  }
  return got;
}

const MONTH_COUNT_TOLD = new WeakMap<ReportProfile, Map<string, boolean>>();

/**
 * In a sentence of clauses ("X estimated 304 …, while a previous assessment, established on December 2, amounted to
 * 208"), whether the clause of the amount at `at` holds a day the question states ('own'), only another clause does
 * ('other'), or the sentence does not tell ('none').
 */
function clauseHoldsDay(text: string, at: number, days: readonly RegExp[]): 'own' | 'other' | 'none' {
  if (!days.length || !days.some((d) => d.test(text))) return 'none';
  const cuts = [...text.matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+/g)].map((m) => (m.index ?? 0) + m[0].length);
  if (!cuts.length) return 'none';
  const bounds = [0, ...cuts, text.length];
  const i = bounds.findIndex((b, k) => k + 1 < bounds.length && at >= b && at < (bounds[k + 1] as number));
  const own = text.slice(bounds[i] ?? 0, bounds[i + 1] ?? text.length);
  return days.some((d) => d.test(own)) ? 'own' : 'other';
}

/** A sentence that breaks down the count before it: "This includes …", "These included …", "Of these, …", "Among them …". */
const BREAKDOWN_OPENING = /^\s*(?:(?:This|These|That|Those|They|It)\s+(?:includes?|included|comprises?|comprised)\b|(?:Of|Among)\s+(?:these|them|those)\b)/;

/**
 * "Five protesters arrested during the unrest have died in custody": a participle right after the people counted
 * says who they are; the deed an auxiliary carries later in the same clause ("have died", "were killed") is what
 * befell them, and what the number counts.
 */
function heldVerbAfterParticiple(text: string, tokens: readonly Token[], to: number, clauseEnd: number): string | undefined {
  const first = tokens.slice(to, clauseEnd).findIndex((t) => MEASURE_FAMILIES.has(t.key));
  if (first < 0) return undefined;
  const at = to + first;
  const verb = tokens[at] as Token;
  const before = tokens[at - 1];
  if (!/ed$/.test(verb.fold) || !before || !isPeopleNoun(before)) return undefined;
  for (let k = at + 1; k < tokens.length && k < at + 14; k++) {
    const t = tokens[k] as Token;
    if (/[,;:.()]/.test(text.slice((tokens[k - 1] as Token).end, t.start))) return undefined;
    if (!MEASURE_FAMILIES.has(t.key) || t.key === verb.key) continue;
    const aux = text.slice(Math.max(0, t.start - 20), t.start);
    return /\b(?:have|has|had|were|was|are|is)\s+(?:been\s+)?$/i.test(aux) ? t.key : undefined;
  }
  return undefined;
}

/** A count of others asked: "besides X, how many other …", "how many more …", "apart from X, how many …". */
const OTHERS_ASKED = /\b(?:besides|apart from|other than|in addition to|aside from)\b.*\bhow many\b|\bhow many (?:other|more|further|additional)\b/i;

/** A count told as others: "another 23", "the other three" (before it); "four other people", "12 more" (after it). */
const OTHERS_BEFORE = /\b(?:another|a further|other)\s+$/i;
const OTHERS_AFTER = /^\s+(?:other|more|further|additional)\b/i;

/** Words that may stand between a deed verb and its number: "killed at least another 93", "arrested some 40". */
const QUALIFIER_WORDS = new Set(['at', 'least', 'another', 'a', 'further', 'more', 'than', 'over', 'nearly', 'almost', 'about', 'around', 'some', 'up', 'to', 'also', 'an', 'estimated', 'roughly', 'approximately', 'all', 'only', 'just']);

/**
 * The deed verb ("killed", "arrested", "executed") that governs a number from just before it, with only qualifiers
 * between and no punctuation ("killed at least another 93 people"); undefined when none does.
 */
function deedVerbJustBefore(text: string, tokens: readonly Token[], from: number, overPlace = false): Token | undefined {
  let placed = !overPlace;
  for (let i = from - 1; i >= 0 && i >= from - 5; i--) {
    const t = tokens[i] as Token;
    const next = tokens[i + 1];
    if (next && /[,;:.()“”"«»]/.test(text.slice(t.end, next.start))) return undefined;
    if (MEASURE_FAMILIES.has(t.key) && t.key !== '@attend') return /(?:ed|ing)$/.test(t.fold) ? t : undefined;
    // "arrested in 155 cities": the places a deed was done in are counted by that deed (one such word, when asked).
    if (!placed && PLACE_PREPOSITIONS.has(t.fold)) {
      placed = true;
      continue;
    }
    if (!QUALIFIER_WORDS.has(t.fold)) return undefined;
  }
  return undefined;
}

/** Words that set a count of places after a deed ("arrested in 155 cities", "killed across 12 provinces"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'across', 'at']);

/** Whether the deed verb right before an amount ("wounding about 40") is one of the deeds asked. */
function governedBy(text: string, tokens: readonly Token[], am: FoundAmount, asked: ReadonlySet<string>): boolean {
  const from = tokens.findIndex((t) => t.end > am.numberStart);
  const verb = from >= 0 ? deedVerbJustBefore(text, tokens, from) : undefined;
  return !!verb && asked.has(verb.key);
}

/** Whether the word right after a number, with only a space between, is a plural noun it counts ("viewers", "Länder"). */
function ownPluralNoun(text: string, tokens: Token[], to: number): boolean {
  const t = tokens[to];
  if (!t || to === 0 || !/^\s+$/.test(text.slice((tokens[to - 1] as Token).end, t.start))) return false;
  return countsOwnThings(text, tokens, to) || (/^\p{Ll}[\p{L}-]*[^s]s$/u.test(t.raw) && !isFunctionWord(t.fold) && !/^(?:days|weeks|months|years|hours|times|percent|pounds|dollars|euros)$/.test(t.fold));
}

/** Words setting a second count beside a first, to compare: "compared to", "up from", "an increase from the previous year's count of". */
const COMPARED_COUNT =
  /(?:\b(?:compared\s+(?:to|with)|(?:up|down)\s+from|(?:increase|rise|jump|drop|decrease|fall|decline)\s+(?:from|on)(?:\s+(?:the\s+)?(?:previous|preceding|prior)\s+year['’]s\s+(?:count|total|figure|tally|number)\s+of)?)|(?<!\p{L})(?:par\s+rapport\s+(?:à|aux)|comparé\s+(?:à|aux)|contre))\s+(?:(?:about|around|over|more than|nearly|almost|some|at least|environ|près de|au moins)\s+)?$/iu;

/** The words between two counts of one list ("… in just three months and over"): the second counts the same. */
const JOINED_COUNT = /\b(?:and|or|while|whereas|against)\s+(?:(?:about|around|over|more than|nearly|almost|some|at least)\s+)?$/i;

/**
 * The amount (its position in `amounts`) whose next words state a number the question states ("over 1,850 in the
 * past 14 months" for "in the past 14 months"), when exactly one does; else -1.
 */
function statedAfter(a: QuestionAnalysis, text: string, amounts: readonly FoundAmount[]): number {
  if (!a.numbers.length || amounts.length < 2) return -1;
  const isStated = (x: FoundAmount) => x.value !== undefined && a.numbers.includes(x.value);
  const hits = amounts.flatMap((am, i) => {
    if (isStated(am)) return [];
    // (Up to the next count that is not the stated number itself.)
    const next = amounts.slice(i + 1).find((x) => !isStated(x));
    const span = text.slice(am.end, Math.min(am.end + 40, next ? next.start : text.length));
    return [...span.matchAll(/\b\d[\d,]*\b/g)].some((m) => a.numbers.includes(Number(m[0].replace(/,/g, '')))) ? [i] : [];
  });
  return hits.length === 1 ? (hits[0] as number) : -1;
}

/**
 * Who a count is credited to: the body its own clause names ("X has put the number at 245, and Y claimed that more
 * than 900 …": 245 is X's, 900 is Y's), else the speaker of a say-verb just before it, else the body the sentence
 * names when it names only one.
 */
function clauseClaimant(text: string, at: number): string | undefined {
  const cuts = [...text.matchAll(/;\s+|,\s+(?:and|but|while|whereas)\s+|\s+(?:while|whereas)\s+/g)].map((m) => ({ from: m.index ?? 0, to: (m.index ?? 0) + m[0].length }));
  // (The speaker of a say-verb right before the count outranks a body the sentence credits earlier: "the site
  // reported that X … said that more than 300 …" is X's count.)
  if (!cuts.length) return sayerBefore(text, at) ?? claimantIn(text);
  const bounds = [0, ...cuts.map((c) => c.to), text.length];
  const clauses = bounds.slice(0, -1).map((from, i) => text.slice(from, bounds[i + 1]));
  const i = bounds.findIndex((b, k) => k + 1 < bounds.length && at >= b && at < (bounds[k + 1] as number));
  const own = clauses[i] ?? text;
  const mine = claimantIn(own) ?? sayerBefore(text, at);
  if (mine) return mine;
  const named = clauses.map((c) => claimantIn(c));
  const only = named.filter(Boolean).length === 1 ? named.findIndex(Boolean) : -1;
  // ("Nine were killed, the agency claimed, but the ministry said no one was targeted": the one body named in a clause
  // set against the count's, after it, claims something else.)
  if (only > i && /\b(?:but|while|whereas)\b/.test(text.slice(cuts[only - 1]?.from ?? 0, cuts[only - 1]?.to ?? 0))) return undefined;
  return only >= 0 ? claimantIn(text) : undefined;
}

/** "Berlin police said about 8,000…": the speaker of a say-verb just before a number. */
function sayerBefore(text: string, at: number): string | undefined {
  const before = text.slice(Math.max(0, at - 80), at);
  const m = /((?:[A-Z][\p{L}'’.-]*\s+){0,4}[\p{L}'’.-]+)\s+(?:said|says|reported|estimated|counted|claimed|put the number at)\s+(?:that\s+)?(?:there (?:were|have been)\s+)?(?:about|around|some|nearly|more than|over|at least)?\s*$/u.exec(before);
  const who = m?.[1]?.trim();
  // "He said 13 …": a pronoun names no source (the report itself stands as the source).
  if (!who || /^(?:he|she|they|it|we|i|you)$/i.test(who)) return undefined;
  // "It is said that 12 …", "it was reported that …": a passive saying names no one (not a body called "It is").
  if (/(?:^|\s)(?:is|was|are|were|been|be|being)$/i.test(who)) return undefined;
  // "X was the commander of the Revolutionary Guard and said that …": the verb is X's, not the Guard's.
  if (/\s(?:and|or)$/.test(who)) {
    const subject = /(?:^|\bthat\s+|[,;]\s+)((?:\p{Lu}[\p{L}'’.-]*\s+){1,5})(?:was|is|had been|has been)\s[^.;]*$/u.exec(text.slice(0, at))?.[1]?.trim();
    return subject && !/^(?:He|She|They|It|We|I|You|The|This|That)$/.test(subject) ? subject : undefined;
  }
  const words = tokenize(who);
  if (!words.some((t) => t.cap) && !/police|organi[sz]ers|officials|activists|authorities/.test(who)) return undefined;
  return who.replace(/^(?:The|the)\s+/, 'the ');
}

/** A change told with its verb or its comparison: "rose by …", "a 14% increase", "… compared with the previous year". */
const CHANGE_WORDS = /\b(?:r(?:ise|ises|ose|isen|ising)|increas\w*|decreas\w*|f(?:all|alls|ell|allen|alling)|drop(?:s|ped|ping)?|declin\w*|jump(?:s|ed)?|surg\w*|soar\w*|climb\w*|gr(?:ew|own|owth)|went up|gone up|went down|compared|previous year|year before)\b/i;

/**
 * The change a sentence tells of a count, asked "by how much" or "by what percentage": a share ("43 per cent", "14%")
 * or an amount after "by" ("rose by 124"), in a sentence telling a change and no other year than the one asked.
 */
function changeCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  const text = sentenceText(w);
  if (!changeTold(a, w)) return [];
  const out: Candidate[] = [];
  for (const m of text.matchAll(/\b(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)/gi)) {
    const value = Number((m[1] as string).replace(',', '.'));
    if (a.numbers.includes(value)) continue;
    out.push({ type: 'count', text: `${m[1]} per cent`, window: w, sentences: [w.si], fit: 0.8, value });
  }
  if (!/\bpercent(?:age)?\b/i.test(a.question)) {
    for (const am of findAmounts(text)) {
      if (am.value === undefined || a.numbers.includes(am.value) || !/\bby\s+$/i.test(text.slice(Math.max(0, am.start - 4), am.start))) continue;
      out.push({ type: 'count', text: am.text, window: w, sentences: [w.si], fit: 0.7, value: am.value });
    }
  }
  return out;
}

/** A sentence telling how many took part in a vote: "turnout", "participation", "voters … took part", "cast ballots". */
const TURNOUT_TOLD = /\b(?:turnout|turn-out|participation|turned out|took part|cast (?:their )?(?:ballots?|votes?)|eligible voters|of voters|voter)\b/i;

/**
 * The shares a sentence gives as a vote's turnout ("38.4 percent of eligible voters took part", "the turnout was 57%"),
 * asked a vote's turnout; none from a sentence that tells no turnout ("won 62 percent of the votes") or names only
 * another year than the one asked.
 */
function voteTurnoutShares(a: QuestionAnalysis, w: EvidenceWindow): Candidate[] {
  const text = sentenceText(w);
  if (!TURNOUT_TOLD.test(text)) return [];
  // (A year after "since" or "than" dates a vote compared with, not the one told: "the lowest since the 1990
  // charter", "five points below than in the 2027 vote".)
  // (The year asked named only so, "two points below than the 2027 vote", tells that the share is another vote's.)
  const years: number[] = [];
  const compared: number[] = [];
  for (const m of text.matchAll(/\b(?:19|20)\d{2}\b/g)) (/\b(?:since|than)\s+(?:in\s+)?(?:the\s+)?$/i.test(text.slice(Math.max(0, (m.index ?? 0) - 16), m.index)) ? compared : years).push(Number(m[0]));
  if (a.years.length && years.length && !years.some((y) => a.years.includes(y))) return [];
  if (a.years.length && !years.length && compared.some((y) => a.years.includes(y))) return [];
  // (A vote's turnout is reported within days of it: a sentence naming no year, in a report of another year than the
  // one asked, tells of another vote.)
  const published = reportDate(w.report.profile)?.year;
  const fit = a.years.length && !years.length && published !== undefined && !a.years.includes(published) ? 0.4 : 0.8;
  const out: Candidate[] = [];
  for (const m of text.matchAll(/\b(\d+(?:[.,]\d+)?)\s*(?:%|per\s*cent\b|percent\b)/gi)) {
    const value = Number((m[1] as string).replace(',', '.'));
    if (a.numbers.includes(value)) continue;
    out.push({ type: 'count', text: m[0], window: w, sentences: [w.si], fit, value });
  }
  return out;
}

const CHANGE_KEYS = new Set(['rise', 'fall', 'percent', 'much', 'go', 'up'].map(keyOf));

/**
 * Whether a sentence tells the change asked: a change ("rose", "a 14% increase", "compared with the previous year") of
 * every thing the question names as changing ("arrests" asked: a rise in executions is no answer), in no other year
 * than the one asked ("a 20 per cent rise in 2029" asked of 2031).
 */
export function changeTold(a: QuestionAnalysis, w: EvidenceWindow): boolean {
  const text = sentenceText(w);
  if (!CHANGE_WORDS.test(text)) return false;
  const years = (text.match(/\b(?:19|20)\d{2}\b/g) ?? []).map(Number);
  if (a.years.length === 1 && years.length && !years.includes(a.years[0] as number)) return false;
  return a.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && !CHANGE_KEYS.has(t.key)).every((t) => w.tokens.some((x) => x.key === t.key || x.parts?.includes(t.key)));
}

/**
 * The body the archive's figure at `at` (an offset of the report's text, in sentence `si`) is credited to, when it is
 * credited to someone other than the report's publisher.
 */
function creditedFigure(index: ArchiveIndex, articleId: string, si: number, at: number): string | undefined {
  const f = figuresBySentence(index).get(`${articleId}#${si}`)?.find((x) => x.source.start <= at + 12 && x.source.end >= at);
  // ("the same sources" points back to a credit the sentence does not give.)
  if (!f?.claimant || /^(?:the\s+)?(?:same|said|aforementioned|above|these|those|such)\b/i.test(f.claimant)) return undefined;
  return f.claimant === index.article(articleId)?.publisher ? undefined : f.claimant;
}

/** The archive's figures by the sentence they stand in (`articleId#sentence`), built once per index (see `warmIndex`). */
export function figuresBySentence(index: ArchiveIndex): ReadonlyMap<string, Figure[]> {
  return groupOnce(index, 'reader-figures-by-sentence', index.data.figures, (f) => [`${f.source.articleId}#${f.source.sentence}`]);
}
