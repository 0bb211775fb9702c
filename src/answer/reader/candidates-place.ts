/**
 * Place candidates: the phrase after a locative preposition ("in front of the Storting", "at the Haqqani metro
 * station in Tehran", "près du centre Pompidou", "auf dem Marienplatz"), or a phrase built around a place noun
 * ("Rural Damascus province", "the military air base of Abu Duhur", "Paris’s 17th arrondissement",
 * "Place de la Nation"). A place the question already names ("where in Berlin") is not the answer; a name the text
 * treats as a person is not a place; when several places are asked ("which squares") they are listed together.
 */
import { otherHappeningOpenerEnd } from '../../extract/happening-opener.ts';
import type { QuestionTerm } from '../../domain/types.ts';
import type { QuestionAnalysis } from '../../understand/analyse-question.ts';
import { escapeRe, fold } from '../../understand/text.ts';
import { COUNTRIES, CROWD_KEYS, isFunctionWord, tokenize, type Token } from '../../understand/vocabulary.ts';
import { proximity, type EvidenceWindow } from './evidence-windows.ts';
import { inQuestion, sentenceText, type Candidate, type ExtractContext } from './candidate.ts';
import { judgeSpan, nameSpans, nameWord, ORG_WORDS, PLACE_WORDS, TITLES } from './spans.ts';

/** A journey back from somewhere told before a place: "travelling back from a meeting with … at a café in". */
const BACK_FROM_BEFORE = /\b(?:travel+ing|travel+ed|returning|returned|coming|came|driving|drove|flying|flew|heading|headed|on\s+(?:his|her|their)\s+way)\s+(?:back\s+|home\s+)?from\b[^.;:“”"]{0,70}$/i;
/** "where was X arrested / detained / seized?" */
const ARREST_ASKED = /\b(?:arrested|detained|seized|captured|apprehended)\b/i;
/** A person held somewhere, told as a participle after a noun ("an envoy detained in", "a man held at"), not as a deed. */
const HELD_IN_BEFORE = /\b(?<!\b(?:was|were|been|being|is|are|get|got)\s+)(?:detained|held|jailed|imprisoned|incarcerated)\s+(?:in|at)\s+(?:the\s+)?$/i;
import { FIRST_NAMES } from '../../extract/first-names.ts';

// ("au pied de l’Orlanum", "devant l’Hôtel de ville", "sur la Grand-Place": a French preposition and its article.)
const PREP =
  /\b(?:(?:in front of|outside|near|at|in|inside|on|to|towards|toward|from|between|across|close to|based in|held in|located in|devant|près du|près de|pres du|pres de|au pied du|au|aux|à|dans|sur|vers|via|jusqu[’']à|jusqu[’']au|auf dem|auf der|am|im|vor dem|vor der|vor das|vor den|vor die|bei|zum|zur|vom)\s+|(?:au pied de|devant|près de|pres de|à|dans|sur|vers)\s+(?:l['’]|la\s+))$/i;
/** A page's line of metadata: "Published: …", "Updated: …". */
const METADATA_LINE = /^\s*(?:Published|Updated|Last updated|Posted|Date)\s*:/i;

/** "Where in Velm …": a place inside a named one is asked. */
const WHERE_IN_ASKED = /^\s*where\s+in\s+\p{L}/iu;

/** Nouns of an area wider than a town (folded). */
const REGION_NOUNS = /^(?:province|provinces|region|regions|county|governorate|oblast|canton|prefecture)$/;
/** A chant's formula before its target ("Death to the …", "Victory to …"). */
const CHANT_TARGET_BEFORE = /\b(?:death|victory|glory|shame|power)\s+to\s+(?:the\s+)?$/i;
/** A sentence telling where something is based ("a group based in Geneva", "the Geneva-based monitor"). */
const BASE_TOLD = /\b(?:based|headquartered)\s+in\b|-(?:based|headquartered)\b|(?<![\p{L}])(?:bas|install)[ée]e?s?\s+(?:à|en|au)(?![\p{L}])/iu;
/** "-based" right after a town ("the Kessa-based union"): the town is a body's base. */
const BASE_AFTER = /^-(?:based|headquartered)\b/;

/** Whether a question asks where a body is based ("where is the Monitor based?", "… headquartered"). */
export function baseAsked(a: QuestionAnalysis): boolean {
  // ("Où est basée l'ONG …": the French participle asks it too.)
  return a.terms.some((t) => /^(?:based|headquartered|basee?s?|installee?s?)$/.test(t.fold));
}

/** Words after a place's name that make it the name of a war, a deal or talks ("the Iran-Iraq war"), no place told. */
const NOT_A_PLACE_AFTER = /^[\s-]+(?:war|wars|conflict|deal|talks|agreement|accords?|relations|ceasefire|truce)\b/i;
const PRESS = /\b(?:reporters|journalists|press|media|news (?:conference|briefing)|briefing)\b/i;
const REMOTE = /\b(?:video|videolink|link|satellite|remotely|live|screen|telephone|phone|message)\b/i;

/** Institutions whose building is the venue ("outside the French National Assembly", "in front of the Storting"). */
const VENUE_WORDS = new Set(['assembly', 'parliament', 'senate', 'bundestag', 'congress', 'capitol', 'storting', 'riksdag', 'ministry', 'embassy', 'consulate', 'townhall', 'mairie', 'hotel', 'gallery', 'museum', 'theatre', 'theater', 'auditorium', 'rotunda', 'foyer', 'library', 'cathedral', 'church', 'mosque', 'arena']);

const DETERMINERS = new Set(['the', 'a', 'le', 'la', 'les', 'l', 'dem', 'der', 'den', 'das', 'its', 'their']);
/** Lowercase words a place phrase may hold between its names ("the military air base of Abu Duhur"). */
const INNER = new Set(['of', 'de', 'du', 'des', 'la', 'le', 'l', 'd', 'the', 'di', 'dei', 'del', 'della', 'delle', 'degli', 'da', 'dos', 'das', 'van', 'von', 'der', 'al', 'el', 'metro', 'air', 'military', 'main', 'central', 'old', 'new', 'national', 'sur', 'sous', 'en', 'am', 'an', 'upon']);
/** Lower-case words of direction inside a place phrase ("the western countryside of Aleppo"); "Middle Eastern" is a name's. */
const DIRECTIONS = new Set(['western', 'eastern', 'northern', 'southern', 'rural']);

function inner(t: Token): boolean {
  return INNER.has(t.fold) || (!t.cap && DIRECTIONS.has(t.fold));
}

/** German and Dutch place names end with their place noun ("Marienplatz", "Hauptbahnhof", "Dam-straat"). */
const PLACE_SUFFIX = /(?:platz|strasse|straße|gasse|allee|brucke|bahnhof|markt|straat|plein)$|\p{L}{4}(?:wiese|anger|ufer|garten|damm|park)$/u;

/** Parts of a region ("the western countryside of Aleppo", "the southern suburbs of Damascus"). */
const REGION_PARTS = new Set(['countryside', 'outskirts', 'suburbs', 'suburb', 'neighbourhood', 'neighborhood', 'neighbourhoods', 'neighborhoods', 'environs']);

function isPlaceWord(t: Token): boolean {
  return PLACE_WORDS.has(t.fold) || PLACE_WORDS.has(t.fold.replace(/s$/, '')) || VENUE_WORDS.has(t.fold) || REGION_PARTS.has(t.fold) || (t.cap && PLACE_SUFFIX.test(t.fold));
}

/** Whether two neighbouring tokens are written as one word ("Auvers-sur-Oise", "Yonge-Dundas"). */
function joined(text: string, a: Token, b: Token): boolean {
  return /^[-‐]$/.test(text.slice(a.end, b.start));
}

interface Phrase {
  from: number;
  to: number;
}

/** Whether a name word written with a capital follows token `j` in the same stretch of words. */
function nameFollows(tokens: Token[], j: number): boolean {
  const next = tokens[j + 1];
  return !!next && next.cap && next.value === undefined && nameWord(next);
}

/** Extends a phrase to the right over name words, inner words, hyphen-joined parts and a possessive "’s". */
function extendRight(text: string, tokens: Token[], from: number, limit = 8): Phrase | undefined {
  let j = from;
  let hasName = false;
  let hasPlace = false;
  while (j < tokens.length && j - from < limit) {
    const x = tokens[j] as Token;
    if (j > from) {
      const prev = tokens[j - 1] as Token;
      const gap = text.slice(prev.end, x.start);
      if (joined(text, prev, x)) {
        j++;
        continue;
      }
      // "Paris’s 17th arrondissement" keeps its possessive; other punctuation ends the phrase.
      if (/[,;:.()!?“”"«»—–]/.test(gap) && !/^[’']s?\s*$/.test(gap)) break;
    }
    // "from The Hague": a capital "The" opening the phrase in mid-sentence is the name's own.
    const nameArticle = j === from && x.fold === 'the' && x.cap && /\p{Ll}/u.test(text.slice(Math.max(0, x.start - 3), x.start)) && nameFollows(tokens, j);
    if (x.cap && !nameWord(x) && !nameArticle) break;
    if (x.cap && x.value === undefined && !nameArticle) hasName = true;
    else if (isPlaceWord(x)) hasPlace = true;
    else if (x.value !== undefined && j + 1 < tokens.length && isPlaceWord(tokens[j + 1] as Token)) {
      // "17th arrondissement", "Camp 3".
    } else if (x.fold === 's' || inner(x)) {
      if (j + 1 >= tokens.length) break;
    } else if (!x.cap) break;
    j++;
  }
  while (j > from && inner(tokens[j - 1] as Token)) j--;
  return j > from && (hasName || hasPlace) ? { from, to: j } : undefined;
}

/** Place phrases of one sentence: after a locative preposition, and around every place noun. */
function placePhrases(text: string, tokens: Token[]): Phrase[] {
  const out: Phrase[] = [];
  const covered = (i: number) => out.some((p) => i >= p.from && i < p.to);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const before = text.slice(Math.max(0, t.start - 16), t.start);
    // "gathered at midday by Marble Arch": after a verb of gathering, "by" places rather than names a doer.
    const gatheredBy = /\bby\s+$/i.test(before) && /\b(?:gathered|met|assembled|massed|converged|stood|waited|rallied|queued)\b(?:\s+\S+){0,3}\s+by\s+$/i.test(text.slice(Math.max(0, t.start - 60), t.start));
    if (!PREP.test(before) && !/\b[dD][’']$/.test(before) && !gatheredBy) continue;
    // "According to Oslo Police …" names a source, not a place.
    if (/\baccording\s+to\s+$/i.test(before)) continue;
    // "a policy based on Human Rights", "focused on Civil Liberties": what something rests on or is about, no place.
    if (/\b(?:based|focus(?:s)?ed|cent(?:er|re)d|built|founded|relying|depending|insisting|reporting|commenting|speaking)\s+on\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, t.start - 30), t.start))) continue;
    let j = i;
    while (j < tokens.length && DETERMINERS.has((tokens[j] as Token).fold) && !(tokens[j] as Token).cap) j++;
    // ("dans la ville de Korvane", "à la commune d'Orvel": the name after a French noun of a town is the place.)
    const townNoun = /^(?:ville|commune|localite|cite|bourg)$/.test(tokens[j]?.fold ?? '') && /^(?:de|d)$/.test(tokens[j + 1]?.fold ?? '') && !!tokens[j + 2]?.cap && !COUNTRIES.has(tokens[j + 2]!.fold);
    const named = extendRight(text, tokens, townNoun ? j + 2 : j);
    const ph = named && townNoun ? { ...named, from: j } : named;
    if (ph) {
      out.push(ph);
      i = ph.to - 1;
    }
  }
  // A place noun with the name around it, wherever it stands ("Place de la Republique", "the municipality of
  // Paris’s 17th arrondissement", "Rural Damascus province").
  tokens.forEach((t, i) => {
    if (!isPlaceWord(t) || covered(i)) return;
    let from = i;
    while (from > 0 && i - from < 5) {
      const p = tokens[from - 1] as Token;
      // (A clock time before the noun is no part of its name: "à 11 h 30 place Jean Rey".)
      const clock = p.value !== undefined && /(?:\d\s*h|:)\s*$/i.test(text.slice(Math.max(0, p.start - 6), p.start));
      const ok = (p.cap && nameWord(p)) || inner(p) || p.fold === 's' || (p.value !== undefined && !clock) || joined(text, p, tokens[from] as Token);
      if (!ok || /[,;:.()“”"—–]/.test(text.slice(p.end, (tokens[from] as Token).start))) break;
      from--;
    }
    while (from < i && inner(tokens[from] as Token)) from++;
    const ph = extendRight(text, tokens, from);
    if (ph && ph.to > i && ph.to - ph.from >= 2) out.push(ph);
  });
  return out;
}

/**
 * An office and its "of" / "to" right before a phrase ("deputy spokesperson of the", "Ambassador to"), one holder or
 * several ("with members of the German parliament also present": the body they belong to, not where they were).
 */
const OFFICE_OF = /\b(?:spokes(?:man|woman|person)s?|spokesmen|spokeswomen|ambassadors?|members?|ministers?|secretar(?:y|ies)|directors?|heads?|chair(?:man|woman|person)?s?|chairmen|presidents?|deput(?:y|ies)|officials?|representatives?|envoys?|advis[eo]rs?|officers?|leaders?|founders?|mayors?|governors?|senators?|councill?ors?|MPs?|maires?|adjoint(?:e|s|es)?|député(?:e|s|es)?|sénat(?:eur|rice)s?|conseill(?:er|ère)s?|gouverneurs?|ministres?|présidente?s?)\s+(?:(?:of|to|for)\s+(?:the\s+)?|(?:du|des|de\s+la|de\s+l['’]|de|d['’])\s*)(?:\d+(?:e|er|ème|eme|st|nd|rd|th)\s+)?$/i;

/** Words that open a new clause after a comma ("…, also the shells targeted …", "…, while …"). */
const CLAUSE_OPENERS = new Set(['also', 'while', 'whereas', 'but', 'meanwhile', 'and']);

/** A verb of leaving right before a place ("escaped the village of", "fleeing", "driven out of"): the place left. */
const LEFT_PLACE_BEFORE =
  /\b(?:escap(?:ed|es|ing)|fle(?:d|es|eing)|left|leaving|leaves|abandon(?:ed|ing)|evacuated|(?:driven|forced|chased)\s+out\s+of|displaced\s+from)\s+(?:from\s+)?(?:the\s+)?(?:(?:village|town|city|province|district|region|area|camp|neighbou?rhood)\s+of\s+)?$/i;

/** The clause of a sentence holding tokens [from, to): up to a semicolon, or a comma before a clause opener. */
function clauseAround(text: string, tokens: Token[], from: number, to: number): { from: number; to: number } {
  const breakBefore = (i: number) => {
    const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
    return /;/.test(gap) || (/,/.test(gap) && CLAUSE_OPENERS.has((tokens[i] as Token).fold));
  };
  let start = from;
  while (start > 0 && !breakBefore(start)) start--;
  let end = to;
  while (end < tokens.length && !breakBefore(end)) end++;
  return { from: start, to: end };
}

/**
 * Whether a clause puts what it tells in another town ("and at The Hague, where …", "in central Paris") than the one
 * asked, which the report names as a place elsewhere ("in Korvik, where …").
 */
function otherTownsClause(terms: readonly QuestionTerm[], report: readonly string[], text: string, tokens: Token[], clause: { from: number; to: number }, self?: { from: number; to: number }): boolean {
  if (clause.to <= clause.from) return false;
  const start = (tokens[clause.from] as Token).start;
  const end = (tokens[clause.to - 1] as Token).end;
  // (A sentence that does not name the asked town at all is read whole: "In Brenn, X …, also held a rally across from …".)
  const asked = terms.filter((t) => t.sort === 'name' && !COUNTRIES.has(t.fold));
  const whole = self ? text.slice(0, self.from) + ' '.repeat(self.to - self.from) + text.slice(self.to) : text;
  const textWords = fold(text).split(' ');
  const own = asked.some((t) => textWords.includes(t.fold)) ? whole.slice(start, end) : whole;
  const ownWords = fold(own).split(' ');
  if (asked.some((t) => ownWords.includes(t.fold))) return false;
  // (The report must write the asked town as a place somewhere: "in X", "at X".)
  const placedAsked = asked.map((t) => new RegExp(`(?<![\\p{L}])(?:in|at|à|dans)\\s+(?:the\\s+)?${escapeRe(t.text)}(?![\\p{L}])`, 'iu'));
  if (!placedAsked.some((re) => report.some((x) => re.test(x)))) return false;
  for (const m of own.matchAll(/(?<![\p{L}])(?:[Ii]n|[Aa]t|[Àà]|[Dd]ans)\s+(?:The\s+|(?:central|downtown|northern|southern|eastern|western)\s+)?(\p{Lu}[\p{L}'’-]+)(?![\p{L}'’-])(?!\s+\p{Lu})/gu)) {
    const town = fold(m[1] as string);
    if (!COUNTRIES.has(town) && !MONTHS.has(town) && !PLACE_WORDS.has(town)) return true;
  }
  return false;
}

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

/** "where was the statement issued from", "released in": where a statement, release or report came from. */
const ISSUED_FROM = /\b(?:issued|released|published|sent|put out|filed|dated)\s+(?:from|in)\b|\bfrom where\b[^?]*\b(?:statement|release|report)\b/i;

/** Whether the question asks where a statement was issued from, read once per question (the last one asked). */
let lastIssued: { question: string; asked: boolean } | undefined;
function issuedFromAsked(question: string): boolean {
  if (lastIssued?.question !== question) lastIssued = { question, asked: ISSUED_FROM.test(question) };
  return lastIssued.asked;
}

/** A dateline opening a sentence: "Velden, 3 May 2014 -", "Velden, May 3, 2014 –". */
const DATELINE_TOWN = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(?:\d{1,2}\s+\p{Lu}\p{Ll}+|\p{Lu}\p{Ll}+\s+\d{1,2},?)\s+\d{4}\s*[-–—]/u;

/** A town and its country opening a sentence, before a dash: "Lund, Sweden – …". */
const TOWN_COUNTRY_OPENING = /^\s*(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?),\s+(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?)\s*[-–—]\s+/u;

/** Group nouns after a name (an acronym in brackets may stand between): the name is a body's, not a place. */
const GROUP_AFTER = /^\s*(?:\([\p{Lu}\d-]{2,8}\)\s*)?(?:militants?|fighters?|jihadists?|rebels?|insurgents?|gunmen|members?|forces|troops|militias?|operatives|supporters)\b/u;

/** Keys of the words that name a gathering, and verbs that tell of one without naming it. */
const GATHERING_KEYS = new Set(['@rally', '@conference', '@speak']);
const GATHERING_VERBS = new Set(['held', 'converged', 'convened', 'assembled', 'met', 'hosted', 'emceed', 'staged']);
const TOWN_WORDS = new Set(['town', 'city', 'village', 'ville', 'stadt', 'commune', 'municipality', 'towns', 'cities']);
const SQUARE_WORDS = new Set(['square', 'place', 'platz', 'plaza', 'piazza', 'plein']);

/** Whether a word of a phrase is the place noun asked for ("station" for "which metro station", "city" for "which town"). */
function sameHead(word: string, head: string): boolean {
  const a = word.replace(/s$/, '');
  const b = head.replace(/s$/, '');
  return a === b || (TOWN_WORDS.has(a) && TOWN_WORDS.has(b)) || (SQUARE_WORDS.has(a) && SQUARE_WORDS.has(b)) || (SQUARE_WORDS.has(b) && PLACE_SUFFIX.test(word));
}

/** Nouns of streets and squares, which are often named after a person. */
const STREET_NOUNS = /^(?:boulevard|avenue|rue|place|platz|plaza|piazza|street|square|quai|quay|bridge|pont|strasse|straße|allee)$/;

/** The same nouns as French writes them in lower case before the name. */
const FRENCH_STREET_NOUNS = /^(?:rue|place|avenue|boulevard|quai|pont|allée|allee|esplanade|parvis)$/;

/** Words a body's name may hold between its capitalised words ("Association to Defend Freedom & Rights in …"). */
const BODY_NAME_GLUE = new Set(['to', 'for', 'of', 'in', 'and', 'the', 'against', 'on']);

/** Whether the capitalised run a phrase starts in, read back over its glue words, is headed by a body's noun. */
function insideBodyName(text: string, tokens: Token[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 8; k--) {
    const t = tokens[k] as Token;
    const gap = text.slice(t.end, (tokens[k + 1] as Token).start);
    if (!/^\s*(?:&\s*)?$/.test(gap)) return false;
    // (The body's noun must go on into its name, "Association to Defend …", "Committee for …": "Morality Police in
    // Tehran" is a body and a place.)
    if (t.cap && ORG_WORDS.has(t.fold) && k < from - 1 && /^(?:to|for|of|against)$/.test((tokens[k + 1] as Token).fold)) return true;
    if (!t.cap && !BODY_NAME_GLUE.has(t.fold)) return false;
  }
  return false;
}

/** Nouns that head a body's name and never a venue's ("Union of …", "Committee for …"). */
const BODY_HEADS = new Set(['union', 'unions', 'association', 'coalition', 'committee', 'federation', 'league', 'alliance', 'society', 'network', 'movement', 'campaign', 'syndicate', 'collective', 'initiative', 'foundation', 'friends']);

/** Nouns that end a body's name and never a venue's ("State Department", "Border Police", "Interior Ministry" is a venue). */
const BODY_ENDS = /^(?:department|police|forces|force|army|guards|agency|bureau|administration|government|regime|corps|service|services)$/;

/** Nouns of a form of state, and words of the creed or order such a state is named by ("Clerical Republic"). */
const STATE_FORMS = new Set(['republic', 'kingdom', 'emirate', 'caliphate', 'empire', 'regime', 'dictatorship', 'theocracy', 'monarchy']);
const CREEDS = new Set(['islamic', 'democratic', 'socialist', 'federal', 'popular', 'secular', 'revolutionary', 'theocratic', 'free', 'people', 'peoples', 'clerical', 'religious']);

/** People a sentence may name by their place ("Residents of", "Members of", "Supporters of"). */
const PEOPLE_OF = /^(?:residents|inhabitants|members|supporters|people|citizens|families|relatives|villagers|dwellers|natives|refugees|exiles)$/;

/** Place candidates of one window. */
/** "which city's criminal court", "what town's mayor": the place is asked as the owner of these words (their keys). */
function ownedAsked(question: string): string[] {
  const m = /\b(?:which|what)\s+(?:city|town|country|province|region)['’]s\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/iu.exec(question);
  if (!m) return [];
  return tokenize([m[1], m[2]].filter(Boolean).join(' ')).filter((t) => !isFunctionWord(t.fold) && t.fold.length >= 4).map((t) => t.key);
}

/** "where (exactly) is X located / situated / based": X, the thing whose own place is asked. */
const LOCATED_ASKED = /\bwhere\s+(?:exactly\s+)?(?:is|are|was|were)\s+(?:the\s+)?(.{2,60}?)\s+(?:located|situated|found|sited)\b/i;

/** Posts whose holder serves a place, written before "of" and the place ("Mayor of …", "Governor of …"). */
const PLACE_OFFICES = new Set(['mayor', 'mayors', 'governor', 'governors', 'prefect', 'prefects', 'maire', 'maires', 'prefet', 'burgermeister', 'burgermeisterin']);

/**
 * The ordinal part of a town after the town's possessive ("Karsten’s 9th district", "Paris’s 17th arrondissement"), when
 * every name before the possessive is one the question gives: the part is what is asked.
 */
function partOfTheTownAsked(a: ExtractContext['analysis'], text: string, tokens: Token[], ph: Phrase): Phrase | undefined {
  for (let k = ph.from; k + 2 < ph.to; k++) {
    const x = tokens[k] as Token;
    const next = tokens[k + 1] as Token;
    if (!x.cap || !(next.fold === 's' ? /^[’']$/.test(text.slice(x.end, next.start)) : /^[’']s?\s/.test(text.slice(x.end, next.start + 1)))) continue;
    const from = next.fold === 's' ? k + 2 : k + 1;
    const owner = tokens.slice(ph.from, k + 1).filter((t) => t.cap).map((t) => t.fold);
    const part = tokens.slice(from, ph.to);
    if (owner.length && inQuestion(a, owner) && ordinalPlace(part)) return { from, to: ph.to };
  }
  return undefined;
}

/** "9th district", "4th ward": an ordinal before a place noun names a part of a town. */
function ordinalPlace(words: Token[]): boolean {
  return words.length === 2 && /^\d+(?:st|nd|rd|th|e|er|eme|ème)$/.test(words[0]!.raw) && isPlaceWord(words[1]!);
}

export function placeCandidates(ctx: ExtractContext, w: EvidenceWindow): Candidate[] {
  const a = ctx.analysis;
  const text = sentenceText(w);
  // "Published: 9 June 2030 | Harbour Wire": a page's line of metadata places nothing.
  if (METADATA_LINE.test(text)) return [];
  const tokens = w.tokens;
  const heads = a.placeHead ?? [];
  const townAsked = heads.some((h) => TOWN_WORDS.has(h));
  // "Where in Berlin …": a bare town is less than the venue asked for; a country named ("arrests in Iran") asks no venue in it.
  const inNamedPlace = a.terms.some((t) => t.locative && !COUNTRIES.has(t.fold));
  const spans = nameSpans(tokens, text);
  const out: Candidate[] = [];
  const seen = new Set<string>();
  const phrases = placePhrases(text, tokens);
  // "Where was the rally held?": a place in a sentence that tells of no gathering (where members were killed, where
  // a speaker once stood) is less likely where the rally was than one told with it.
  const gatheringAsked = a.terms.some((t) => GATHERING_KEYS.has(t.key));
  const owned = ownedAsked(a.question);
  // "where exactly is Velo 2 located?": the names of the thing whose place is asked (not "where was the vigil held").
  const locatedAsked = tokenize(LOCATED_ASKED.exec(a.question)?.[1] ?? '').map((t) => t.fold);
  // ("the criminal court of A": the town after the thing asked and "of" is a place, with no preposition of place.)
  for (let i = 0; owned.length && i + 2 < tokens.length; i++) {
    const at = tokens[i + 2] as Token;
    if (!owned.includes((tokens[i] as Token).key) || (tokens[i + 1] as Token).fold !== 'of' || !at.cap) continue;
    const ph = extendRight(text, tokens, i + 2);
    if (ph && !phrases.some((x) => x.from === ph.from)) phrases.push(ph);
  }
  const gatheringTold = !gatheringAsked || tokens.some((t) => GATHERING_KEYS.has(t.key) || CROWD_KEYS.has(t.key) || GATHERING_VERBS.has(t.fold));
  // "Where was the aid group's statement issued from?" against "Velden, 3 May 2014 - Two clinics in …": the town of
  // the dateline the statement opens with is where it was issued; the places it tells of are not.
  const issuedAsked = issuedFromAsked(a.question);
  // "Where is the Monitor based?": the place a body is based in ("a group based in Geneva", "the Geneva-based group").
  const basedAsked = baseAsked(a);
  // "the Kessa-based union": asked where a body is based, the town written before "-based" is a place of the sentence,
  // though no word of place comes before it ("the New York-based group": the capitalised words before it, all of them).
  for (let i = 0; basedAsked && i < tokens.length; i++) {
    if (!(tokens[i] as Token).cap || !BASE_AFTER.test(text.slice((tokens[i] as Token).end))) continue;
    let from = i;
    while (from > 0 && (tokens[from - 1] as Token).cap && !isFunctionWord((tokens[from - 1] as Token).fold) && text.slice((tokens[from - 1] as Token).end, (tokens[from] as Token).start) === ' ') from--;
    if (!phrases.some((x) => x.from <= from && x.to > i)) phrases.push({ from, to: i + 1 });
  }
  if (issuedAsked) {
    const dated = DATELINE_TOWN.exec(text);
    if (dated && !inQuestion(a, [fold(dated[1] as string)])) out.push({ type: 'place', text: dated[1] as string, window: w, sentences: [w.si], fit: 0.95, focus: 1 });
  }
  // "Where did the assembly host the hearing?" against "Lund, Sweden – On May 4, 2031, the assembly hosted a hearing on
  // …": a town and its country opening the very sentence that tells the gathering, no other town placed in it, is
  // where it was held.
  const opened = gatheringAsked && a.expects === 'place' ? TOWN_COUNTRY_OPENING.exec(text) : null;
  if (opened && COUNTRIES.has(fold(opened[2] as string)) && !inQuestion(a, [fold(opened[1] as string)]) && tokens.some((t) => GATHERING_KEYS.has(t.key) || GATHERING_VERBS.has(t.fold)) && !/\b(?:in|at|near|outside|inside)\s+(?:the\s+)?\p{Lu}/u.test(text.slice(opened[0].length))) {
    out.push({ type: 'place', text: opened[1] as string, window: w, sentences: [w.si], fit: 0.85 });
  }
  // "Coinciding with the gathering … at the Headquarters in Auvers, a rally … took place in Vauban Square": asked where
  // a gathering was, a place in an opening clause telling of another happening is that one's, when the sentence tells
  // of a gathering after the clause.
  const openerEnd = gatheringAsked ? otherHappeningOpenerEnd(text) : 0;
  // (Unless the question asks of that happening: words of it, "the gathering of global leaders", only the clause holds.)
  const mainKeys = new Set(tokens.filter((t) => t.start >= openerEnd).map((t) => t.key));
  const asksSetting = !!openerEnd && a.terms.some((t) => t.sort === 'word' && !GATHERING_KEYS.has(t.key) && !mainKeys.has(t.key) && tokens.some((x) => x.end <= openerEnd && x.key === t.key));
  const settingEnd = openerEnd && !asksSetting && tokens.some((t) => t.start >= openerEnd && (GATHERING_KEYS.has(t.key) || GATHERING_VERBS.has(t.fold))) ? openerEnd : 0;
  for (const found of phrases) {
    if ((tokens[found.from] as Token).start < settingEnd) continue;
    // "Residents of Kelvar-2 camp attend …": people of a place are not part of its name; the place is what follows.
    let ph = PEOPLE_OF.test(tokens[found.from]?.fold ?? '') && tokens[found.from + 1]?.fold === 'of' && found.to > found.from + 2 ? { from: found.from + 2, to: found.to } : found;
    // "the municipality of Karsten’s 9th district" when the question names Karsten ("which part of Karsten"): the part
    // after the town the question names is the answer (an ordinal district names one, "the 9th district").
    const townPart = partOfTheTownAsked(a, text, tokens, ph);
    if (townPart) ph = townPart;
    // "Mayor of the 9th district", "Governor of Velm Province": a post is a person's, never a place; nor is the place
    // it serves where anything was held (see `OFFICE_OF`).
    if ((tokens[ph.from] as Token).cap && PLACE_OFFICES.has((tokens[ph.from] as Token).fold) && /^(?:of|de|du|des|von)$/.test(tokens[ph.from + 1]?.fold ?? '')) continue;
    const words = tokens.slice(ph.from, ph.to);
    // "…, the Corvel Parliament has meddled in …": a place noun's name that no preposition places and a verb follows is
    // the body acting, not where anything was done.
    const phStart = (tokens[ph.from] as Token).start;
    // "chanting “Death to the Tyrant”", "Victory to the Workers": a chant's target is no place.
    if (CHANT_TARGET_BEFORE.test(text.slice(Math.max(0, phStart - 24), phStart))) continue;
    if (!PREP.test(text.slice(Math.max(0, phStart - 16), phStart).replace(/\bthe\s+$/i, '')) && /^\s+(?:has|have|had|is|was|were|will|would|also|itself|said|says|adopted|voted|passed|called|urged|demanded|condemned|stated|issued|approved|rejected|decided|intervened|meddled)\b/i.test(text.slice((tokens[ph.to - 1] as Token).end))) continue;
    // A person's name is not a place ("in Maryam Rajavi's presence").
    const span = spans.find((s) => s.from >= ph.from && s.to <= ph.to);
    const kind = span && !words.some(isPlaceWord) ? judgeSpan(span, tokens, text, ctx.judge) : undefined;
    // A person or a body ("on the EU list") is not a place.
    if (kind === 'person' || kind === 'organisation') continue;
    // "the Osrian State Police", "a Dornish State Department representative": a name ending in a body's own noun is
    // that body, whatever place word it holds ("State").
    const end = tokens[ph.to - 1] as Token;
    if (end.cap && BODY_ENDS.test(end.fold)) continue;
    // "in the Middle Eastern nation", "in Syrian prisons": an adjective of a place before a common noun is no place.
    const following = tokens[ph.to];
    if (following && !following.cap && /(?:ern|ian|ean|ese|ish)$/.test((tokens[ph.to - 1] as Token).fold) && /^\s+$/.test(text.slice((tokens[ph.to - 1] as Token).end, following.start))) continue;
    // "in the German capital", "the Kurdish-majority provinces": one capitalised word shaped like a people's adjective
    // between "the" and a common noun describes a place, naming none ("the Atomium monument" still names one).
    if (words.length === 1 && /(?:an|ish|ese|i|ch|ic)$/.test((words[0] as Token).fold) && following && !following.cap && following.value === undefined && !isFunctionWord(following.fold) && !isPlaceWord(words[0] as Token) && /^\s+$/.test(text.slice((words[0] as Token).end, following.start)) && /\bthe\s+$/i.test(text.slice(Math.max(0, (words[0] as Token).start - 4), (words[0] as Token).start))) continue;
    // "organised by the Association to Defend Freedom in Valdor-Norland": a phrase inside a body's name is no place.
    if (insideBodyName(text, tokens, ph.from)) continue;
    // "the Union of Harbour Workers", "the Committee for Coastal Towns": a phrase headed by a body's noun and its "of"
    // or "for" names that body, whatever place word it holds. (Not "the Court of Justice", "the University of X":
    // venues a rally stands outside.)
    if ((tokens[ph.from] as Token).cap && BODY_HEADS.has((tokens[ph.from] as Token).fold) && /^(?:of|for)$/.test(tokens[ph.from + 1]?.fold ?? '')) continue;
    // "Islamic State (IS) militants", "Popular Front fighters": a name that qualifies a group of people is a body.
    if (GROUP_AFTER.test(text.slice((tokens[ph.to - 1] as Token).end))) continue;
    // "Secretary of State Mike Pompeo": a phrase ending in a person's name is that person with an office, not a place.
    const lastPlace = words.map((x) => isPlaceWord(x)).lastIndexOf(true);
    const tail = lastPlace >= 0 ? words.slice(lastPlace + 1) : [];
    // Streets and squares are named after people ("Boulevard Albert II", "Place Charles de Gaulle"): the name right
    // after such a noun is the place's own.
    // (French writes the noun in lower case: "place Jean Rey", "rue Victor Hugo".)
    const namedAfter = lastPlace >= 0 && STREET_NOUNS.test((words[lastPlace] as Token).fold) && ((words[lastPlace] as Token).cap || FRENCH_STREET_NOUNS.test((words[lastPlace] as Token).fold));
    if (!namedAfter && tail.length >= 2 && tail.every((x) => x.cap) && (ctx.judge.knownPeople.has(tail.map((x) => x.fold).join(' ')) || FIRST_NAMES.has((tail[0] as Token).fold))) continue;
    // "Oslo Police District Operations Manager Steinar Hausvik": a title before a name is a person, whatever its nouns.
    if (words.some((x, k) => TITLES.has(x.fold) && words[k + 1]?.cap)) continue;
    // "the city of Mashhad" when the question names Mashhad: its names are the question's, not an answer.
    // ("the Velo Camp" when the question asks where Velo 2 is: the place nouns of the name add nothing asked.)
    const ownNames = words.filter((x) => x.cap && !isPlaceWord(x) && x.value === undefined);
    if (inQuestion(a, words.filter((x) => x.cap).map((x) => x.fold)) || (ownNames.length && words.some(isPlaceWord) && ownNames.every((x) => locatedAsked.includes(x.fold)))) continue;
    // "London’s Trafalgar Square" when the question names Trafalgar Square: the town in front adds nothing asked.
    const possessive = words.findIndex((x, k) => k < words.length - 1 && (x.fold === 's' || /[’']s?$/.test(text.slice(x.start, x.end)) || /^[’']s?\s/.test(text.slice(x.end, (words[k + 1] as Token).start + 1))));
    if (possessive >= 0 && inQuestion(a, words.slice(possessive + 1).filter((x) => x.cap).map((x) => x.fold))) continue;
    // "auf dem Pariser Platz in Berlin-Mitte" when the question names the Pariser Platz: the district placing the
    // question's own place adds nothing asked (asked where a march from it went, it is no goal).
    const placer = tokens[ph.from - 1];
    const placed = tokens[ph.from - 2];
    if (a.route && placer && placed && /^(?:in|im|à|en|dans)$/i.test(placer.raw) && placed.cap && !isFunctionWord(placed.fold) && inQuestion(a, [placed.fold]) && !/[,;:(]/.test(text.slice(placed.end, placer.start))) continue;
    // "the Italian city", "a Kurdish town": a nationality before a common place noun describes a place, naming none.
    const capitals = words.filter((x) => x.cap);
    // ("a former American military base": "-can" as in "American", "Moroccan".)
    if (capitals.length && capitals.every((x) => /(?:ern|ian|ean|ese|ish|can)$/.test(x.fold) && !isPlaceWord(x)) && words.some((x) => !x.cap && isPlaceWord(x))) continue;
    // A place is named: "the country’s" or "the city" alone answers nothing.
    if (!words.some((x) => x.cap && nameWord(x)) && !(townPart && ordinalPlace(words))) continue;
    // "a change of rulers in the Clerical Republic", "heading for a Secular Republic": a form of state told only by the
    // creed it holds names a regime or a goal, not a place anything was held.
    if (capitals.length && capitals.some((x) => STATE_FORMS.has(x.fold)) && capitals.every((x) => STATE_FORMS.has(x.fold) || CREEDS.has(x.fold))) continue;
    // "a cross-bench assembly of Members of the Senate came to hear …": a gathering of people told by who they are is no place.
    if (!(words[0] as Token).cap && words[1]?.fold === 'of' && PEOPLE_OF.test(words[2]?.fold ?? '')) continue;
    let to = ph.to;
    // "Namazi hospital in Shiraz", "near Manza, 30 km from Tirana": the place it lies in belongs to the answer.
    const rest = text.slice((tokens[to - 1] as Token).end);
    const chain = /^(\s*,?\s*(?:\d+\s*(?:km|kilometres|kilometers|miles)\s+from|in|near|outside)\s+)((?:\p{Lu}[\p{L}'’-]*\s?){1,3})/u.exec(rest);
    if (chain) {
      const endAt = (tokens[to - 1] as Token).end + chain[0].trimEnd().length;
      while (to < tokens.length && (tokens[to] as Token).end <= endAt) to++;
    }
    // "the western countryside of Aleppo and the northern countryside of Idlib": two parts of one answer.
    const both = /^\s+and\s+(?:the\s+)?(?:(?:western|eastern|northern|southern|central|rural)\s+)?$/;
    const second = phrases.find((x) => x.from > to && x.from <= to + 3 && both.test(text.slice((tokens[to - 1] as Token).end, (tokens[x.from] as Token).start)) && tokens.slice(x.from, x.to).some(isPlaceWord) && words.some(isPlaceWord));
    if (second) to = second.to;
    const inWider = to > ph.to;
    const first = tokens[ph.from] as Token;
    const last = tokens[to - 1] as Token;
    const lead = text.slice(Math.max(0, first.start - 40), first.start);
    // "calm will be restored in the Lowlands": where a speaker says something will come about is no place a
    // gathering asked was held ("the rally will be held in Velden" still is).
    if (gatheringAsked && /\bwill\s+(?:(?:not|never|soon|finally)\s+)?be\s+(?!(?:held|staged|hosted|organi[sz]ed|convened|gathered)\b)\p{L}+\s+(?:in|across|throughout)\s+(?:the\s+)?$/iu.test(lead)) continue;
    // German "auf dem Weg zu …" is "on the way to": the way is no place.
    if (words.length === 1 && first.fold === 'weg' && /\bauf\s+dem\s+$/i.test(lead) && /^\s+(?:zu|zum|zur|nach|in)\b/i.test(text.slice(last.end))) continue;
    // German "am Rande der X" is "on the sidelines of X": the edge of an occasion is no place (where people stood is
    // told after it, "… auf dem Lindenanger").
    if (first.fold === 'rande' && /\b(?:am|an|im)\s+$/i.test(lead)) continue;
    // "spokesperson of the State Department", "ambassador to Bahrain": the body or country an office serves.
    if (OFFICE_OF.test(lead)) continue;
    // "the Iran-Iraq war", "the Vardan talks": places naming a war, a deal or talks are no place anything is.
    if (NOT_A_PLACE_AFTER.test(text.slice(last.end, last.end + 16))) continue;
    // "describing exiles in Camp Nine and in Tallby as “one people”": where the people described are, inside what a
    // speaker calls them, is not where anything was held.
    if (/\b(?:describ(?:ing|ed|es)|hail(?:ing|ed)|prais(?:ing|ed)|salut(?:ing|ed)|label+(?:ing|ed))\b[^.;:“”"]*$/i.test(text.slice(0, first.start)) && /^[^.;:“”"]*?\bas\b/i.test(text.slice(last.end))) continue;
    // "thousands from across the United States converged on …": where people came from is not where they met.
    let origin = /\bfrom\s+(?:across\s+|all\s+over\s+|around\s+)?(?:the\s+)?$/i.test(lead) && !/\bfrom\b/i.test(a.question) ? 0.8 : 1;
    // "said a farmer who escaped the village of A last week", "families fleeing B": the place people left is where they
    // came from, not where the deed asked was done nor where they went (unless where from is asked).
    if (LEFT_PLACE_BEFORE.test(lead) && a.route !== 'start' && !/\bfrom\b/i.test(a.question)) {
      if (a.route === 'end') continue;
      origin *= 0.4;
    }
    // "march from A, through B, to C": asked where it ends, C; where it starts, A.
    // "continued in the direction of A, then B, before going on towards C": a heading is a later part of the route
    // even with no "from" told, and of several the last is where it ends; "gathered on A" is where it starts.
    // (French "vers la place B", "jusqu'à B"; German "in Richtung B".)
    const heading = /(?:\b(?:towards|toward|in the direction of|heading (?:for|to)|on to|onto|in richtung)|(?<![\p{L}])(?:vers|jusqu[’']à|jusqu[’']au))\s+(?:the\s+|la\s+|le\s+|les\s+|l[’'])?$/iu.test(lead);
    const headingOn = heading && /(?:\b(?:towards|toward|in the direction of|heading (?:for|to)|on to|onto)|(?<![\p{L}])vers)\s+(?:the\s+|la\s+|le\s+|l[’'])?\p{Lu}/iu.test(text.slice(last.end));
    // "before marching to A": a march's "to" tells where it went, with or without a "from" before it.
    // ("subsequently made their way to A" tells it too.)
    const marchedTo = /\b(?:march(?:ed|ing)?|walk(?:ed|ing)?|head(?:ed|ing)?|proceed(?:ed|ing)?|parad(?:ed|ing)|(?:made|making|make)\s+(?:their|its|our)\s+way)\s+(?:on\s+)?(?:to|towards|toward|into)\s+(?:the\s+)?$/i.test(lead);
    // Routes told in French and German: "ont défilé des Invalides au Champ-de-Mars" (from A to B), "zogen … über die
    // Brücke zum Postplatz", "wollten noch zum Kanzleramt ziehen" (to B); "zum"/"au" alone, with no march told, is none.
    const before = text.slice(0, first.start);
    const foreignTo =
      // ("zog vom A vor das B": "vor das" after a march is where it went, "vor dem B" where it stood.)
      (/(?<![\p{L}])(?:zum|zur|bis zum|bis zur|(?:bis\s+)?vor\s+(?:das|den|die))\s+$/iu.test(lead) && /\b(?:zog\p{L}*|zieh\p{L}*|gezogen|marschier\p{L}*|lief\p{L}*|laufen|demonstrationszug|protestzug)\b/iu.test(text)) ||
      /(?<![\p{L}])(?:défil\p{L}*|march\p{L}*|reli\p{L}*|parcour\p{L}*|cortège)\s[^.;]{0,60}?(?<![\p{L}])(?:des|de|du|depuis)\s[^.;]{1,50}?\s(?:au|aux|à)\s+(?:la\s+|l['’])?$/iu.test(before) ||
      // ("le cortège, qui reliait la place A à celle des B": relier A à B, B named after "à celle de".)
      /(?<![\p{L}])reli\p{L}*\s[^.;]{1,60}?\s(?:à|au|aux)\s+(?:celle|celui|celles|ceux)\s+(?:de|des|du|d['’])\s*(?:la\s+|l['’])?$/iu.test(before) ||
      // ("cheminera jusqu'à la place A", "rejoindra la place A": where the march goes.)
      /(?<![\p{L}])(?:jusqu['’]\s*(?:à|au|aux)|rejoin\p{L}*|termin\p{L}*\s+(?:sur|à|au|devant))\s+(?:la\s+|le\s+|l['’])?$/iu.test(lead) ||
      // ("reichte vom A bis zum B", "bewegte sich vom A bis zur B": "von … bis" is a route, whatever verb tells it.)
      (/(?<![\p{L}])bis\s+(?:zum|zur)\s+$/iu.test(lead) && /(?<![\p{L}])(?:vom|von\s+der)\s[^.;]{1,60}$/iu.test(before));
    const foreignFrom =
      (/(?<![\p{L}])(?:vom|von\s+der)\s+$/iu.test(lead) && /^[^.;]{0,60}?\sbis\s+(?:zum|zur)\s/iu.test(text.slice(last.end))) ||
      (/(?<![\p{L}])(?:défil\p{L}*|march\p{L}*|reli\p{L}*|parcour\p{L}*)\s+(?:des|de|du|depuis)\s+(?:la\s+|l['’])?$/iu.test(before) ||
        // ("qui reliait la place de la A à …": relier names its start first, with no "de".)
        /(?<![\p{L}])reli\p{L}*\s+(?:la|le|les|l['’])\s*(?:\p{L}+\s+(?:de|des|du)\s+(?:la\s+|l['’])?)?$/iu.test(before)) &&
      /^[^.;]{0,50}?\s(?:au|aux|à)\s+\p{L}/iu.test(text.slice(last.end));
    // "marched to A from B" tells the same route the other way round.
    // ("began at A and concluded with a short rally outside B", "ended in front of B": where it finished.)
    const endedAt = /\b(?:conclud|end|finish)(?:ed|ing|es|s)?\b(?:\s+(?:with\s+)?(?:a|an|the)(?:\s+\p{L}+){1,2})?\s+(?:at|outside|in\s+front\s+of|near|by|on)\s+(?:the\s+)?$/iu.test(text.slice(Math.max(0, first.start - 70), first.start));
    const routeTo = heading || marchedTo || foreignTo || endedAt || (/\b(?:to|towards|toward|into|ending at|ends at|end at)\s+(?:the\s+)?$/i.test(lead) && (/\bfrom\b/i.test(text.slice(0, first.start)) || /^\s+from\s/i.test(text.slice(last.end))));
    // (French "se sont rassemblées sur la place A", German "versammelten sich auf dem A": where it starts.)
    const routeFrom =
      foreignFrom ||
      (/\bfrom\s+(?:the\s+)?$/i.test(lead) && (/\bto\b/i.test(text.slice(last.end)) || /\b(?:to|towards)\s+(?:the\s+)?\p{Lu}[^.;]{0,40}\s+from\s+(?:the\s+)?$/iu.test(text.slice(0, first.start)))) ||
      /\b(?:gather(?:ed|s|ing)?|assembl(?:ed|e|es|ing)|massed|rassembl\p{L}*|réuni\p{L}*|versammel\p{L}*)\b[^.;]{0,30}\b(?:on|at|in|outside|by|sur|à|au|devant|auf|am|vor)\s+(?:the\s+|la\s+|le\s+|dem\s+|der\s+)?$|\b(?:set off|started|began)\s+(?:on|at)\s+(?:the\s+)?$/iu.test(lead) ||
      // ("le rendez-vous est donné à 15 h place A", "départ place A": the meeting point is where it starts.)
      /(?<![\p{L}])(?:rendez-vous|d[ée]part)(?![\p{L}])[^.;()]{0,40}?(?:sur|à|au|devant|de|du|depuis|place)\s+(?:la\s+|le\s+|l['’])?$/iu.test(text.slice(Math.max(0, first.start - 70), first.start)) ||
      // "gathered … by A to begin their march toward the square": the place they left from, told by what came next.
      /^[^.;]{0,20}?\b(?:to|before)\s+(?:begin|start|set off on|setting off on|beginning|starting)\s+(?:their|the|a)\s+(?:march|walk|procession)\b/i.test(text.slice(last.end));
    // "marching to A near B": a landmark after "near" places the place before it; it is not itself where they went.
    const landmark = /\b(?:near|close to|next to|beside|opposite)\s+(?:the\s+)?$/i.test(lead) && phrases.some((x) => x !== ph && x.to <= ph.from && x.to >= ph.from - 3 && /^\s+(?:near|close to|next to|beside|opposite)\s+(?:the\s+)?$/i.test(text.slice((tokens[x.to - 1] as Token).end, first.start)));
    if (landmark) origin *= 0.8;
    // "in Velden (capital of the province of Marsh), where …": a place in brackets after a name describes that name;
    // the name is where.
    if (/\p{Lu}[\p{L}'’-]*\s*\([^()]{0,60}$/u.test(text.slice(Math.max(0, first.start - 70), first.start))) origin *= 0.6;
    // "… in Canada today, one of which is in Velden (…), where the minister is to address thousands": the place a
    // "where" clause hangs on is where the deed it tells was done, when that clause holds the words asked.
    // ("… from A to Lindau, where they were passed to two men": asked where the parcels were passed to the men,
    // that clause tells the very deed of the place it hangs on, whatever else the sentence says of other places.)
    const whereClause = /^\s*(?:\([^()]{0,80}\))?\s*,?\s*where\s+([^.;]*)/i.exec(text.slice(last.end))?.[1];
    let deedThere = false;
    if (whereClause) {
      const clauseWords = new Set(tokenize(whereClause).map((x) => x.key));
      const held = a.terms.filter((t) => (t.sort === 'word' || t.sort === 'name') && clauseWords.has(t.key));
      if (held.length >= 2) origin *= 1.2;
      deedThere = held.length >= 2 && held.some((t) => t.sort === 'word');
    }
    // "a couple living in A, near B, were arrested in C": where people live is not where the deed asked was done
    // (unless where they live is asked).
    // "arrested in A, while travelling back from a meeting at a café in B": where someone was coming back from is not
    // where the deed asked was done (unless where from is asked).
    if (BACK_FROM_BEFORE.test(text.slice(Math.max(0, first.start - 90), first.start)) && !/\bfrom\b/i.test(a.question)) origin *= 0.5;
    if (/\b(?:living|lives|live|lived|residing|resident|domiciled)\s+(?:in|at)\s+(?:the\s+)?$/i.test(lead) && !/\b(?:live[sd]?|living|reside[sd]?|home)\b/i.test(a.question)) origin *= 0.5;
    // "a Kessel-based envoy detained in Tessa": where a person is held, told as what they are, is not where they were
    // arrested (a sentence telling the arrest itself, "was arrested in …", is).
    if (ARREST_ASKED.test(a.question) && HELD_IN_BEFORE.test(lead)) origin *= 0.5;
    // "a demonstration in Brenn, declaring support for the uprising in Ostra": where the cause the crowd backs is
    // told is not where the crowd was.
    if (gatheringAsked && /\b(?:support|solidarity)\s+(?:for|with|of|to)\s+[^.;:“”"]{0,60}\b(?:in|across|inside)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, first.start - 90), first.start))) origin *= 0.5;
    // "the demonstration, which closed traffic along Harbour Row between A and B": a street (or its ends) closed to
    // traffic for the crowd is not where it gathered (asked where a rally was, not its route).
    if (gatheringAsked && !a.route && /\b(?:clos(?:ed|ing|es)|shut(?:ting)?(?:\s+down)?|block(?:ed|ing|s)|halt(?:ed|ing)|stopp(?:ed|ing))\s+(?:off\s+)?(?:the\s+)?(?:traffic|roads?|streets?)\s+(?:along|on|in|at|through)\s+[^.;:,“”"]{0,60}$/i.test(text.slice(Math.max(0, first.start - 120), first.start))) origin *= 0.4;
    if (a.route === 'end') origin *= routeTo && !headingOn ? 1.25 : routeTo ? 0.9 : routeFrom ? 0.5 : 0.8;
    // "Le rassemblement débutera à 11 h 30 place A …": where a gathering is told to begin is where it starts; "le cortège
    // passera par B et C", "marching through B": a place passed on the way is neither end.
    // (Not "protests began in X": the town or country unrest began in is no route's start.)
    const begunAt = /(?:\b(?:starts?|started|begins?|began)|(?<![\p{L}])(?:début\p{L}*|commenc\p{L}*|beginn\p{L}*))\b[^.;,]{0,25}$/iu.test(lead) && !/\b(?:in|en|dans)\s+(?:the\s+)?$/i.test(lead);
    const passedBy = /(?:(?<![\p{L}])(?:passer\p{L}*|passant)\s+(?:notamment\s+|ensuite\s+)?par|\b(?:through|via|past))\b[^.;]{0,40}$/iu.test(text.slice(Math.max(0, first.start - 60), first.start));
    if (a.route && passedBy && !routeFrom && !routeTo) origin *= 0.6;
    if (a.route === 'start') origin *= routeFrom || begunAt ? 1.25 : routeTo ? 0.5 : 0.8;
    let phrase = text.slice(first.start, last.end).trim();
    const determined = /\b(?:the|le|la|les|dem|der|den|du)\s+$/i.test(text.slice(Math.max(0, first.start - 5), first.start));
    // (In "the Kessa-based union" the article is the body's, not the town's.)
    const baseWord = BASE_AFTER.test(text.slice(last.end));
    if (/\bthe\s+$/i.test(text.slice(Math.max(0, first.start - 4), first.start)) && !/^the\b/i.test(phrase) && !baseWord) phrase = `the ${phrase}`;
    if (seen.has(phrase)) continue;
    // "pressure on the Kelmarian Republic‘s ruling generals": a name cut at its possessive owns what follows, which is
    // no place; the owner is not where anything was.
    if (last.fold === 's' && /[’‘']$/.test(text.slice(Math.max(0, last.start - 1), last.start))) continue;
    // "… in Iran-June 21, 2019": a caption's place glued to its date is no place of its own.
    if (/-(?:January|February|March|April|May|June|July|August|September|October|November|December)$/.test(phrase)) continue;
    seen.add(phrase);
    // A town's bare name, placed or not ("Villepinte, near Paris" answers "which town near Paris?"), hyphens and all
    // ("Auvers-sur-Oise"); a country is no town.
    const oneCap = !words.some(isPlaceWord) && words.filter((x) => x.cap).length === 1 && !determined;
    const bareName = oneCap && !inWider;
    const hyphened = !words.some(isPlaceWord) && !determined && !/\s/.test(text.slice(first.start, (tokens[ph.to - 1] as Token).end));
    const townNamed = (oneCap || hyphened) && !(words.length === 1 && COUNTRIES.has((words[0] as Token).fold));
    let headFit: number;
    if (heads.length) headFit = words.some((x) => heads.some((h) => sameHead(x.fold, h))) ? 1 : townAsked && townNamed ? 0.9 : 0.35;
    else headFit = words.some(isPlaceWord) || determined ? 0.9 : 0.8;
    // "Where in Berlin …": a bare city or country name is less than the venue asked for; and a city the archive knows
    // as one (a dateline, an event's city) is less than a venue when no kind of place is asked.
    const bare = words.map((x) => x.fold).join(' ');
    const knownCity = bareName && ctx.judge.cities.has(bare);
    // "auf der Kundgebung": a lone capitalised word the archive never uses as a place is likely just a noun.
    // (Not where a route asked ends or starts: "zum Kanzleramt ziehen" tells a place by the march itself.)
    const routeAsked = (a.route === 'end' && routeTo && !headingOn) || (a.route === 'start' && routeFrom);
    // ("Exiles Rally in Marden to Seek Justice": after "to", capitalised words the archive never uses as a place, with
    // no place noun, are a headline's purpose, not a destination.)
    const unknownAfterTo = !bareName && /\bto\s+$/i.test(lead) && words.every((x) => x.cap || inner(x)) && !ctx.judge.places.has(bare) && !words.some(isPlaceWord);
    // ("in the Profile section of your account page": one capitalised word the archive never uses as a place, before a
    // common noun of its own, names that thing, not a place.)
    const nounAfter = tokens[to];
    const namesAThing = determined && words.length === 1 && !!nounAfter && /^\s+$/.test(text.slice(last.end, nounAfter.start)) && /^\p{Ll}{3,}$/u.test(text.slice(nounAfter.start, nounAfter.end)) && !isFunctionWord(nounAfter.fold) && !/(?:ed|ing|ly)$/.test(nounAfter.fold);
    const unknownWord = (bareName || unknownAfterTo || namesAThing) && !ctx.judge.places.has(bare) && !words.some(isPlaceWord) && !routeAsked;
    // (When a town is what is asked, "which town near Paris", a town's bare name is the answer's kind.)
    // "Where in Velm …" against "Ostra Province, where the marches began in the city of Velm": a province or region
    // holds the place asked; it is no place inside it.
    if (inNamedPlace && WHERE_IN_ASKED.test(a.question) && !heads.length && words.some((x) => REGION_NOUNS.test(x.fold))) continue;
    const specific = (inNamedPlace && bareName && !townAsked ? 0.7 : knownCity && !townAsked ? 0.8 : 1) * (unknownWord ? 0.6 : 1);
    // In a long sentence listing several places ("…, and 5 were killed in Jaramana Suburb, also the shells targeted
    // Alassad Suburb"), the words of the question count only in the place's own clause.
    const clause = clauseAround(text, tokens, ph.from, to);
    const near = proximity(ctx.index, a, tokens.slice(clause.from, clause.to), ph.from - clause.from, to - clause.from);
    const told = gatheringTold ? 1 : 0.85;
    // "…in Stockholm, where 800 gathered in the city's main square, and at The Hague, where 300 rallied outside the
    // Dutch parliament": asked of a town the report names as a place, a place in a clause that puts itself in
    // another town is that town's. (Not when a town is what is asked, "in which town is X based"; and when a kind of
    // place is asked, "which province … in Vardania", the place itself is no other town: "in Ostra province".)
    if (!townAsked && otherTownsClause(a.terms, w.report.profile.sentences.map((x) => x.text), text, tokens, clause, heads.length ? { from: first.start, to: last.end } : undefined)) origin *= 0.3;
    // "From where did X address the rally?": the place a speaker joined from ("addressed the crowd via video from
    // France"), not where the crowd was.
    if (a.speakerFrom) origin *= /\bfrom\s+(?:the\s+)?$/i.test(lead) && REMOTE.test(text) ? 1.4 : 0.5;
    // "Where did X talk to reporters?" against "X told reporters in Geneva": the place told with the press.
    if (a.pressAt) origin *= /\b(?:in|at)\s+(?:the\s+)?$/i.test(lead) && PRESS.test(text.slice(Math.max(0, first.start - 60), first.start)) ? 1.4 : 0.4;
    // "Which city's criminal court …": the town written with the thing it owns ("the criminal court of A", "A's court"),
    // not another town of the sentence or of a sentence without that thing.
    if (owned.length && !tokens.slice(Math.max(0, ph.from - 4), to + 3).some((x) => owned.includes(x.key))) origin *= 0.3;
    if (issuedAsked) origin *= 0.5;
    // (Asked where a body is based, the place told as its base is the answer; the sentence's other places are not.)
    // ("l'ONG basée à Lisbonne", "installée en Norvège": the French words of a base.)
    const base = basedAsked && (/\b(?:based|headquartered)\s+in\s+(?:the\s+)?$/i.test(lead) || /(?<![\p{L}])(?:bas|install)[ée]e?s?\s+(?:à|en|au)\s+$/iu.test(lead) || baseWord);
    if (base) origin *= 1.3;
    else if (basedAsked && BASE_TOLD.test(text)) origin *= 0.5;
    const c: Candidate = { type: 'place', text: phrase, window: w, sentences: [w.si], fit: Math.min(1, (0.7 * headFit + 0.3 * near) * specific * origin * told) };
    // A sentence telling where a route ends (or starts) states the end asked, whatever word it uses for it.
    if (routeAsked || base) c.focus = 1;
    // (Unless the place is weighed down for another reason: another town's clause, a route's other end …)
    if (deedThere && origin >= 1) {
      c.fit = Math.max(c.fit, 0.85);
      c.focus = 1;
    }
    out.push(c);
  }
  // "which squares did it go between": every place the sentence names that fits, listed.
  if (heads.some((h) => /s$/.test(h) && !/ss$/.test(h))) {
    const fitting = out.filter((c) => c.fit >= 0.5);
    if (fitting.length >= 2) {
      const items = fitting.map((c) => c.text);
      out.push({ type: 'place', text: items.join(' and '), items, window: w, sentences: [w.si], fit: Math.min(1, Math.max(...fitting.map((c) => c.fit)) + 0.1) });
    }
  }
  return out;
}
