import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe, fold } from '../understand/text.ts';
import { COUNTRIES, isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { lexiconOf } from '../understand/lexicon.ts';
import { ORG_WORDS } from './reader/spans.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** What an answer says in its own words (before any quote) and in the sentences it cites. */
function saidBy(given: Answer): string {
  return [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
}

/** A sentence opening on what the one before told: "This includes …", "Among them …", "Of these, …". */
const TOLD_BEFORE = /^\s*(?:this|these|those|they|it|of\s+(?:them|these|those)|among\s+(?:them|these|those))\b/i;

/** The sentence before each cited one that opens on it (`TOLD_BEFORE`). */
function toldBefore(index: ArchiveIndex, given: Answer): string {
  return given.citations
    .map((c) => {
      const sentences = index.sentencesOf(c.articleId);
      return TOLD_BEFORE.test(sentences[c.sentence]?.text ?? '') ? (sentences[c.sentence - 1]?.text ?? '') : '';
    })
    .join(' ');
}

/** The sentences just before and after each one an answer cites ("Marchers filled Brenn. Some 900 took part."). */
function besideCited(index: ArchiveIndex, given: Answer): string {
  return given.citations
    .flatMap((c) => {
      const sentences = index.sentencesOf(c.articleId);
      return [sentences[c.sentence - 1]?.text ?? '', sentences[c.sentence + 1]?.text ?? ''];
    })
    .join(' ');
}

/**
 * Deeds a count can be of that a report tells in their own word families: a figure of arrests counts no one
 * evacuated, one of deaths in detention no one released. (Killing is told in too many other words, "lost their
 * lives", "martyrs", to be held to its family.)
 */
const DEEDS_TOLD_APART = new Set(['@evacuate', '@release', '@flee', '@execute', '@arrest', '@injure', '@trial']);

/** Deeds a toll counts. */
const HARM_DEEDS = new Set(['@kill', '@arrest', '@injure', '@execute']);

/** "put on trial", "brought to trial", "stood trial": a trial as the deed a count asks. */
const ON_TRIAL = /\b(?:put|brought|placed|stood|stand|standing|face|faced|facing|sent|sending)\s+(?:on\s+|to\s+)?trial\b/i;

/**
 * "How many people were evacuated from Harl?" is not answered by "over 900 people from Harl were arrested", nor
 * "how many detainees were released" by "the deaths of 80 people in detention": each deed the count question asks
 * (evacuated, released, fled, executed, arrested, injured) must be told, in its own word family, by the answer or a
 * sentence it cites. A figure of another deed is declined.
 */
export function countDeedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  // ("how many were put on trial": the deed is the noun after the verb, read as context.)
  const onTrial = ON_TRIAL.test(intent.question ?? '');
  const deeds = intent.analysis.terms.filter((t) => (t.part === 'focus' || (onTrial && t.key === '@trial')) && t.sort === 'word' && DEEDS_TOLD_APART.has(t.key));
  if (!deeds.length) return given;
  // (Or by the sentence before one cited that opens on what it told: "Kell hanged 300 people last year. This includes
  // 40 Ostran prisoners.")
  const held = new Set(tokenize(`${saidBy(given)} ${toldBefore(index, given)}`).map((t) => t.key));
  const untold = deeds.filter((d) => !held.has(d.key));
  if (!untold.length) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts people ${untold.map((d) => d.text).join(' or ')}.`, suggestionsFor(intent, index));
}

/** Nouns heading a body named in lower case ("the interior ministry", "the provincial judiciary"). */
const BODY_HEADS = /^(?:ministry|ministries|council|judiciary|prosecutor|prosecutors|office|agency|court|governorate|government|authorities|officials|spokesman|spokeswoman|coroner|hospital|hospitals|morgue|directorate|department)$/;
/** A source a question names after "according to", "per" or "said by", as written, up to the end of its clause. */
// (Digits too: "according to Tarvia's judiciary in March 2031?" names the judiciary, and when it counted follows.)
export const SOURCE_PHRASE = /\b(?:according to|per|as counted by|by the count of)\s+(?:the\s+)?([\p{L}\p{N}'’ -]{3,60}?)\s*(?:[?,.;]|$)/iu;

/**
 * "How many were killed, according to Tarvia's interior ministry?": a body the question names in common words
 * (a ministry, a council, the judiciary, with the words qualifying it: "interior", "health") gives its count only in
 * an answer that writes those words; figures the answer credits to others (a rights group, an opposition outlet) are
 * not that body's. Declined.
 */
export function bodyInWordsUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const phrase = SOURCE_PHRASE.exec(intent.question ?? '')?.[1];
  if (!phrase) return given;
  const words = phrase.split(/\s+/).filter(Boolean);
  const headAt = words.findIndex((w) => BODY_HEADS.test(w));
  // (Only a body named in lower case, as BODY_HEADS is written: a capitalised name is the other checks' to match, with
  // its acronym.)
  if (headAt < 0) return given;
  const needed = words
    .slice(0, headAt + 1)
    .filter((w) => /^\p{Ll}/u.test(w) && !isFunctionWord(fold(w)) && !COUNTRIES.has(fold(w)))
    .map((w) => tokenize(w)[0]?.key ?? fold(w));
  // (Or in a sentence next to a cited one: "… 1,500 were killed. The toll came from two health ministry officials.")
  const held = new Set(tokenize(`${saidBy(given)} ${besideCited(index, given)}`).map((t) => t.key));
  if (needed.every((k) => held.has(k))) return given;
  // ("…, the ministry said" in a report that named "the health ministry" before: the body by its head noun alone.)
  const head = needed[needed.length - 1];
  const named = words.slice(0, headAt + 1).filter((w) => /^\p{Ll}/u.test(w) && !isFunctionWord(fold(w)) && !COUNTRIES.has(fold(w))).map(fold).join(' ');
  const report = ` ${fold(index.article(given.citations[0]?.articleId ?? '')?.text ?? '')} `;
  if (head !== undefined && held.has(head) && named.includes(' ') && report.includes(` ${named} `)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure is credited to the ${words.slice(0, headAt + 1).join(' ')} asked.`, suggestionsFor(intent, index));
}

/**
 * "How many were detained in Oskel, according to the monitor?" is not answered by "nearly 50 arrests in Brenn and at
 * least 12 others in Tavy": a count asked of one town comes from a sentence naming it; a sentence counting in other
 * towns, and never naming the one asked, counts theirs. Declined.
 */
export function countTownUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const lex = lexiconOf(index);
  const isPlace = (w: string) => lex.places.has(w) || lex.cities.has(w);
  // (A town the archive writes as a place, asked after "in": "arrested in Oskel".)
  const q = intent.question ?? '';
  // (Or, for a toll, one only the question marks as a place, "killed in Arvesk", that the archive writes somewhere: a
  // town a report names only in passing, "calm in Tarn and Arvesk", is no place of its lexicon. A crowd's town is
  // left to the lexicon: a rally's report writes its town in its own language.)
  const harm = intent.analysis.terms.some((t) => t.part === 'focus' && HARM_DEEDS.has(t.key));
  const written = (t: { fold: string; locative?: boolean }) => harm && !!t.locative && index.documentFrequency(t.fold).df > 0;
  const towns = intent.analysis.terms.filter((t) => t.sort === 'name' && t.fold.length >= 3 && !COUNTRIES.has(t.fold) && (isPlace(t.fold) || written(t)) && new RegExp(`(?<![\\p{L}])in\\s+(?:the\\s+)?${escapeRe(t.text)}(?![\\p{L}])`, 'iu').test(q));
  if (!towns.length) return given;
  const said = saidBy(given);
  const folded = ` ${fold(said)} `;
  if (towns.some((t) => folded.includes(` ${t.fold} `))) return given;
  // (Another town the sentences count in: a place after "in", "at", "near", no country, none the question names.)
  const asked = new Set(intent.analysis.terms.map((t) => t.fold));
  const others = [...said.matchAll(/\b(?:in|at|near)\s+(?:the\s+)?(\p{Lu}[\p{L}’'-]+)/gu)]
    .map((m) => fold(m[1] as string))
    .filter((w) => (isPlace(w) || lex.placeWords.has(w)) && !COUNTRIES.has(w) && !asked.has(w));
  if (!others.length) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The figure closest to it is of another place, not ${towns.map((t) => t.text).join(' or ')}.`, suggestionsFor(intent, index));
}

/** Nouns a body's name is headed by, that a report then writes alone for it ("the centre", "the council"). */
const BODY_HEAD_NOUNS = new Set(['centre', 'center', 'council', 'committee', 'commission', 'group', 'organisation', 'organization', 'institute', 'foundation', 'network', 'coalition', 'association', 'society', 'observatory', 'agency', 'office', 'union', 'league', 'alliance', 'movement', 'campaign', 'forum']);

/** "Who is the director of Ovel Rights Watch?", "who heads the Tarn Centre?": a post asked of a body named with capitals. */
const POST_OF_BODY = /^\s*[Ww]ho\s+(?:is|was|are|were)\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:director|chairman|chairwoman|chair|head|president|spokesman|spokeswoman|spokesperson|founder|secretary[- ]general|leader|chief)\s+(?:of|at)\s+(?:the\s+)?((?:\p{Lu}[\p{L}’'-]*\s*(?:for\s+|of\s+|and\s+)?){1,6})/u;

/**
 * "Who is the director of Ovel Rights Watch?" is not answered by "Mara Tesk, Harbour Aid's regional director": the post
 * is of the body asked, which the sentence naming the holder writes (in full, or by its initials: "ORW's director").
 * A holder of the post at another body is declined.
 */
export function postBodyUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const body = POST_OF_BODY.exec(intent.question ?? '')?.[1]?.trim().replace(/\s+(?:for|of|and)$/, '');
  if (!body) return given;
  const words = body.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w));
  // (A body, not a place: "the mayor of Arlen" is the town's; two capitalised words or a body's own word.)
  if (words.length < 2 && !words.some((w) => ORG_WORDS.has(fold(w)))) return given;
  const said = given.citations.map((c) => c.excerpt ?? '').join(' ');
  const folded = ` ${fold(said)} `;
  if (words.every((w) => folded.includes(` ${fold(w)} `))) return given;
  const initials = words.map((w) => w[0]).join('');
  if (initials.length >= 2 && new RegExp(`(?<![\\p{L}])${initials}(?![\\p{L}])`, 'u').test(said)) return given;
  // ("Ines Dahl, the director of the centre", in a report naming the Tarn Centre for Press Freedom in full: "the
  // centre" is the body named before.)
  const head = words.map((w) => fold(w)).find((w) => BODY_HEAD_NOUNS.has(w));
  if (head && new RegExp(`\\bthe ${head}\\b`).test(folded)) {
    const full = ` ${fold(given.citations.map((c) => index.article(c.articleId)?.text ?? '').join(' '))} `;
    if (full.includes(` ${words.map((w) => fold(w)).join(' ')} `) || full.includes(` ${fold(body)} `)) return given;
  }
  return notAnswered(intent, `The archive has nothing that answers this. No sentence names who holds that post at ${body}.`, suggestionsFor(intent, index));
}

/** Words opening a clause of another claim: "…, while earlier, Y reported 15", "whereas Y put it at 40". */
const OTHER_CLAUSE = /\b(?:while|whereas|but|however)\b|;/i;

/**
 * "How many died, according to Kestrel TV?" is not answered by the "eight" of "The council said eight people were
 * killed, while earlier, Kestrel TV reported 15 had died": a figure told before the clause of the source asked (past
 * "while", "whereas", "but") is the other claimant's. The answer crediting it to the source asked is declined.
 */
export function figureOfOtherClause(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || given.citations.length !== 1) return given;
  // (The source's first word of three letters or more, as written: "Kestrel" of "Kestrel TV".)
  const source = SOURCE_PHRASE.exec(intent.question ?? '')?.[1]?.split(/\s+/).find((w) => w.length >= 3 && !isFunctionWord(fold(w)))?.toLowerCase();
  const number = /^(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)\s+)?([\p{L}\d.,]+)/iu.exec(given.text)?.[1]?.replace(/[.,]+$/, '');
  if (!source || !number || !/^(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens|hundreds|thousands)$/i.test(number)) return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  const numberAt = excerpt.search(new RegExp(`(?<![\\p{L}\\d])${escapeRe(number)}(?![\\p{L}\\d])`, 'iu'));
  const folded = excerpt.toLowerCase();
  const sourceAt = folded.search(new RegExp(`(?<![\\p{L}])${escapeRe(source)}`, 'u'));
  if (numberAt < 0 || sourceAt < 0 || sourceAt < numberAt) return given;
  if (!OTHER_CLAUSE.test(excerpt.slice(numberAt, sourceAt))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The figure closest to it is another source’s, told before the clause of the one asked.', suggestionsFor(intent, index));
}

/** Things the genre counts (attacks and their means, aid, buildings, places, gatherings), never people. */
const THINGS_COUNTED =
  /^(?:raids?|strikes?|airstrikes?|attacks?|shells?|rockets?|missiles?|bombs?|barrels?|trucks?|convoys?|vehicles?|buses|buildings?|homes?|houses?|schools?|hospitals?|clinics?|tents?|camps?|sites?|cities|towns?|villages?|provinces?|universities|colleges?|rallies|protests?|gatherings?|demonstrations?|marches|checkpoints?)$/;

/** Word families of deeds and tolls a count measures ("executions" may be told as "prisoners"): not things counted. */
const MEASURE_FAMILIES = new Set(['@kill', '@injure', '@arrest', '@execute', '@flee', '@release', '@attend', '@evacuate']);

/**
 * "How many raids hit Arbel?" is not answered by the "28" of "the army struck the town with more than 28 artillery
 * shells": a count of things (raids, trucks, buildings: `THINGS_COUNTED`) is not a number whose own noun, written
 * right after it, is of other things. Declined. (People and tolls are counted in many words; only things are held to
 * theirs.)
 */
export function thingCountedOther(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const headKey = intent.analysis.counted?.at(-1);
  const head = intent.analysis.terms.find((t) => t.key === headKey);
  if (!head || head.sort !== 'word' || MEASURE_FAMILIES.has(head.key) || !(THINGS_COUNTED.test(head.fold) || head.key === '@attack')) return given;
  const number = /^(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)\s+)?(\d[\d.,]*)/i.exec(given.text)?.[1]?.replace(/[.,]+$/, '');
  if (!number) return given;
  // (An answer that itself writes a number of the things asked, "40 towns and 12 universities", counts them.)
  const lead = tokenize(given.text.split('“')[0] ?? '');
  if (lead.some((t, i) => t.key === head.key && lead.slice(Math.max(0, i - 2), i).some((n) => /^\d/.test(n.raw)))) return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  const at = excerpt.search(new RegExp(`(?<![\\d.,])${escapeRe(number)}(?![\\d])`));
  if (at < 0) return given;
  const after = tokenize(excerpt.slice(at + number.length, at + number.length + 60)).slice(0, 3);
  // (The things asked written just before the number, joined to it by "of", count by it too: "the names of 1,200
  // victims".)
  const before = tokenize(excerpt.slice(Math.max(0, at - 60), at)).slice(-3);
  const ofBefore = before.at(-1)?.fold === 'of' && before.some((t) => t.key === head.key);
  if (after.some((t) => t.key === head.key) || ofBefore) return given;
  // (The noun of the number: the first word after it, when no punctuation ends its phrase: "28 artillery shells",
  // "6 people in the raids"; "rose to 12, the number of raids" names its noun elsewhere.)
  if (/^\s*[,;:.()\u2013\u2014-]/.test(excerpt.slice(at + number.length))) return given;
  const noun = after.find((t) => !isFunctionWord(t.fold) && !/^\d/.test(t.raw));
  if (!noun || noun.cap || !/^\p{Ll}/u.test(noun.raw) || after.indexOf(noun) > 1) return given;
  // (Another report's figure given beside it may count the things asked: "… gives a different figure: 12 rockets".)
  const countsHead = (text: string) =>
    [...text.matchAll(/(?<![\p{L}\d.,])(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds|thousands)(?![\p{L}\d])/giu)].some((m) =>
      tokenize(text.slice((m.index ?? 0) + m[0].length, (m.index ?? 0) + m[0].length + 60)).slice(0, 3).some((t) => t.key === head.key),
    );
  if (given.citations.slice(1).some((c) => c.excerpt && c.excerpt !== excerpt && countsHead(c.excerpt))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The figure closest to it counts ${noun.raw}, not the ${head.text} asked.`, suggestionsFor(intent, index));
}
