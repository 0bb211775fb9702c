import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { acronymAskedFor, claimIsAcronym, sourceAskedFor, writesBodyAsked } from '../understand/analyse-question.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES, foldPhrases, isFunctionWord } from '../understand/vocabulary.ts';
import { publishedByOutlet } from './evidence.ts';
import { ORG_WORDS } from './reader/spans.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { SOURCE_PHRASE } from './count-told.ts';

/** A body's name as a sentence writes it: capitalised words, with the small words names hold between them. */
const NAME = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|the|and|on)\s+\p{Lu}[\p{L}'’.&-]*|\s+\p{Lu}[\p{L}'’.&-]*){0,7}`;
/** Verbs a body gives a count by ("X said", "X raises the toll to", "X has documented"). */
const CREDIT_VERB = String.raw`(?:has\s+|had\s+|have\s+)?(?:said|says|say|reported|reports|report|raises|raised|puts|put|estimated|estimates|counted|counts|recorded|records|documented|documents|gave|gives|confirmed|confirms|announced|announces|registered|registers|tallied|tallies|listed|lists|verified|verifies)\b`;
/** "according to (the latest count of) the X", "X (, based in Y, for its part,) raises …". */
const CREDITS = [
  // (A scraped page may glue the credit to the word before it, "guardsaccording to"; the tally may have been "handed
  // to" or "provided to" the one credited.)
  new RegExp(String.raw`(?:\b|(?<=\p{Ll}))according\s+to\s+(?:the\s+)?(?:(?:latest|last|newest|new|updated)\s+)?(?:(?:balance|count|figures?|tally|toll|report|data)\s+(?:of|from|by|(?:provided|handed|given|supplied)\s+to)\s+)?(?:the\s+)?(${NAME})`, 'gu'),
  new RegExp(String.raw`(${NAME})(?:\s*\([^)]{1,40}\))?(?:,[^,.;]{1,60}){0,3},?\s+${CREDIT_VERB}`, 'gu'),
  // "…, reported on Tuesday by the NGO X", "as documented by X": a count credited after it, in the passive.
  new RegExp(String.raw`\b(?:reported|said|announced|documented|recorded|counted|confirmed|estimated|given|published|released)\s+(?:[\p{L}\d]+\s+){0,3}by\s+(?:the\s+)?(?:NGO\s+|group\s+|monitor\s+)?(${NAME})`, 'gu'),
  // "Deaths 1,144 (KNHR)": initials in brackets right after a number, as an infobox or a table credits its count.
  /\d[\d,.]*\+?\s*\((\p{Lu}{2,7})\)/gu,
];
/** Words of a credit that are no part of the body's own name. */
const NOT_NAME = /^(?:The|A|An|NGO|NGOs|Norway-based|UK-based|US-based|London-based|Oslo-based)$/;

/** The bodies a sentence credits with what it tells, as written (only names a body's word or an acronym marks). */
function creditedBodies(sentence: string): string[] {
  const out: string[] = [];
  for (const re of CREDITS) {
    for (const m of sentence.matchAll(re)) {
      const words = (m[1] ?? '').split(/\s+/).filter((w) => !NOT_NAME.test(w));
      // (A dateline's town in capitals opening the sentence, "HARL, May 2 –", is no body.)
      if ((m.index ?? 0) < 3 && words.every((w) => /^\p{Lu}+$/u.test(w)) && /^\W*\p{Lu}+\s*[,(–—-]/u.test(sentence)) continue;
      const isBody = words.some((w) => ORG_WORDS.has(fold(w))) || words.some((w) => /^\p{Lu}{2,7}$/u.test(w));
      if (isBody) out.push(words.join(' '));
    }
  }
  return out;
}

/**
 * The body the paragraph of a sentence opens by crediting ("According to the X, …"), when the sentence itself
 * credits no one and comes after that opening.
 */
function paragraphCredit(index: ArchiveIndex, articleId: string, sentence: number): string[] {
  const sentences = index.sentencesOf(articleId);
  const own = sentences[sentence];
  if (!own) return [];
  const opening = sentences.find((s) => s.paragraph === own.paragraph);
  const body = opening && opening.index !== own.index ? /^\W*according\s+to\s+(?:the\s+)?([^,;:“”"]{3,60}?)\s*,/i.exec(opening.text)?.[1] : undefined;
  return body && /\p{Lu}/u.test(body) ? [body] : [];
}

/** A body a sentence credits in common words: "…, the group said", "according to the organisation". */
// (A say-verb after it, or "according to" before it: "outside the ministry," credits no one.)
const BODY_IN_WORDS = /\bthe\s+(group|organi[sz]ation|ngo|monitor|agency|network|observatory|committee|ministry)(?:'s)?\s*(?:,\s*)?(?:said|says|reported|reports|added|estimated|counted|recorded|documented|confirmed)\b|\baccording\s+to\s+the\s+(group|organi[sz]ation|ngo|monitor|agency|network|observatory|committee|ministry)\b/giu;

/** A sentence that is a quotation closed by its speaker: "“…,” she added.", "“…,” he said on Monday." */
const QUOTED_SPEAKER = /^\W*[“"][^”"]{20,}[”"]\s*,?\s*(?:she|he|they)\s+(?:added|said|says|continued|told)\b/u;

/** "according to (the) civil organizations / local activists / rights groups": sources a sentence names in common words. */
const CREDIT_IN_COMMON_WORDS = /\b[Aa]ccording\s+to\s+(?:the\s+)?((?:[a-z-]+\s+){0,2}(?:organi[sz]ations|groups|activists|sources|officials|authorities|witnesses|residents|testimon(?:y|ies)|doctors|medics|ngos|campaigners|lawyers|relatives|families))\b/gu;

/**
 * "Aid charities had earlier said …", "Local activists reported …": sources a sentence opens with in common words, as
 * the subject of its verb of saying.
 */
const SUBJECT_IN_COMMON_WORDS = /^(?:The\s+)?((?:[A-Za-z-]+\s+){0,2}(?:charities|organi[sz]ations|groups|activists|sources|officials|authorities|witnesses|residents|doctors|medics|ngos|campaigners|lawyers|relatives|families))\s+(?:had\s+|have\s+|has\s+)?(?:(?:previously|earlier|initially|also|first)\s+)?(?:said|say|says|reported|report|estimated|put|counted|gave)\b/u;

/**
 * "according to the deputy health minister (of Kessia)", "according to a police spokesman": an office written in common
 * words, with the body or country it serves.
 */
const OFFICE_CREDIT = new RegExp(
  String.raw`\b[Aa]ccording\s+to\s+(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3}?(?:minister|spokes(?:man|woman|person)|governor|mayor|coroner|prosecutor|commander)(?:\s+(?:of|for)\s+(?:the\s+)?${NAME})?)`,
  'gu',
);

/**
 * Whether the source asked is a person by name: two or three words, none a body's word nor initials. (One word is as
 * often a group's name, "according to Helvar", as a surname.)
 */
function personAsked(asked: { acronym?: string; words?: string[] } | undefined): boolean {
  return !!asked?.words?.length && asked.words.length >= 2 && asked.words.length <= 3 && !asked.acronym && !asked.words.some((w) => ORG_WORDS.has(w) || BODY_NOUNS.test(w));
}
const BODY_NOUNS = /^(?:group|groups|organi[sz]ations?|ngos?|monitors?|agency|network|observatory|committee|ministry|government|judiciary|police|authorities|officials?|army|military|office|council|media|television|tv|un|experts?|rights|activists?)$/;

/** The source a count question asks by: an acronym ("according to HRANA", "HRANA's toll"), or a body's words. */
function sourceAsked(intent: Intent): { acronym?: string; words?: string[] } | undefined {
  const q = intent.question ?? '';
  const claimant = intent.analysis.claimant ?? [];
  const acronym = acronymAskedFor(q) ?? (claimant.length === 1 && /^\p{Lu}{2,7}$/u.test(claimant[0] as string) ? claimant[0] : undefined);
  if (acronym) return { acronym };
  const words = (claimant.length ? claimant.map((w) => fold(w)) : sourceAskedFor(q))?.filter((w) => w.length > 2 && !COUNTRIES.has(w));
  return words?.length ? { words } : undefined;
}

/**
 * "What was CFMB's toll?" answered "214" from "The group Kessa Civil Watch, which works abroad, puts the dead at
 * 214": the sentence gives its count as another body's, and never names the one asked. Declined (the report may name
 * the one asked elsewhere, with a count of its own).
 */
export function countCreditedElsewhere(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const asked = sourceAsked(intent);
  if (!asked) return given;
  // ("How many were killed according to the Ledger Daily?" of a report the Ledger Daily published: the outlet asked
  // tells the count, crediting whom it credits, and the answer says so.)
  if (asked.words && publishedByOutlet(index.article(given.citations[0]!.articleId), asked.words)) return given;
  const excerpt = given.citations[0]?.excerpt ?? '';
  // ("According to the U.N. refugee agency, a number were killed … The figures could reach 52 killed and 30
  // wounded.": a sentence crediting no one gives its count under the body its paragraph opened with.)
  const credited = creditedBodies(excerpt);
  if (!credited.length) credited.push(...paragraphCredit(index, given.citations[0]!.articleId, given.citations[0]!.sentence));
  // ("How many were hurt, according to Lena Varo?" against "…, the group said": a body the sentence credits in common
  // words is no person asked by name.)
  if (!credited.length && personAsked(asked)) credited.push(...[...excerpt.matchAll(BODY_IN_WORDS)].map((m) => `the ${m[1] ?? m[2]}`));
  // ("…, including 12 children, according to civil organizations": a count credited in common words is theirs.)
  // ("according to the same sources", "these groups": words pointing back to sources named before credit no others.)
  if (!credited.length) credited.push(...[...excerpt.matchAll(CREDIT_IN_COMMON_WORDS)].map((m) => m[1] as string).filter((w) => !/^(?:same|these|those|such|both|said|its|their)\b/.test(w)));
  // ("Two rights groups say …": groups counted, not named, are the ones a later sentence names: no other source.)
  if (!credited.length) credited.push(...[SUBJECT_IN_COMMON_WORDS.exec(excerpt.trim())?.[1] ?? ''].filter((w) => w && !/^(?:same|these|those|such|both|its|their|two|three|four|five|several|some|many|\d+)\b/i.test(w)));
  // ("According to the deputy health minister of Kessia, 400 died": an office named in common words is the one credited.)
  if (!credited.length) credited.push(...[...excerpt.matchAll(OFFICE_CREDIT)].map((m) => m[1] as string));
  // ("“…, in which hundreds of people were killed, the authorities have …,” she added.": a sentence quoting someone
  // is that speaker's; the body asked, named inside the quote, is not its teller.)
  const quoted = !credited.length && QUOTED_SPEAKER.test(excerpt);
  if (quoted) {
    // (Unless the sentence before names the speaker with the body asked: "Mina Holt of the X spoke … “…,” she said.")
    const cited = given.citations[0]!;
    const before = ` ${fold(index.sentencesOf(cited.articleId)[cited.sentence - 1]?.text ?? '')} `;
    const last = asked.words?.at(-1);
    if (asked.acronym ? claimIsAcronym(before, asked.acronym) === true : !!last && before.includes(` ${last} `)) return given;
    credited.push('the speaker quoted');
  }
  if (!credited.length) return acronymUnwritten(intent, index, given, asked.acronym);
  const isAsked = (name: string): boolean => {
    if (asked.acronym) return claimIsAcronym(name, asked.acronym) !== false;
    return writesBodyAsked(asked.words ?? [], name);
  };
  // (A body the question names too, "Reuters said how many …, according to officials?", is one it asks about.)
  const q = ` ${fold(intent.question ?? '')} `;
  const inQuestion = (name: string) => fold(name).split(' ').filter((w) => w.length > 2).every((w) => q.includes(` ${w} `));
  if (credited.some((name) => isAsked(name) || inQuestion(name))) return given;
  // (The sentence names the one asked elsewhere, "X, citing Y, …": it may be its count after all.)
  // ("Gen. Tomas Varkos … said that 280 …" for "general varkos": the name's last word, written, is enough.)
  const last = asked.words?.at(-1);
  // (Written as the question writes it: "a Web site" is the "website" asked.)
  if (!quoted && (asked.acronym ? claimIsAcronym(excerpt, asked.acronym) === true : !!last && ` ${foldPhrases(fold(excerpt))} `.includes(` ${last} `))) return given;
  return notAnswered(
    intent,
    `The archive has nothing that answers this. The closest count is given by ${credited[0]}, not by the source asked.`,
    suggestionsFor(intent, index),
  );
}

/**
 * "How many did Kessia hang in 2030, according to the UN?" answered from a sentence crediting no one, in a report in
 * English that never writes the body asked (its acronym or the words it stands for): the count is the report's own,
 * or someone else's, not that body's. Declined; a report in another language writes the body its own way, and is
 * left alone.
 */
function acronymUnwritten(intent: Intent, index: ArchiveIndex, given: Answer, acronym: string | undefined): Answer {
  if (!acronym) return given;
  const writes = (articleId: string): boolean => {
    const a = index.article(articleId);
    if (a?.language && a.language !== 'en' && a.language !== 'und') return true;
    return claimIsAcronym([a?.title ?? '', a?.publisher ?? '', a?.text ?? ''].join('\n'), acronym) === true;
  };
  if (!given.citations.some((c) => writes(c.articleId))) {
    return notAnswered(intent, 'The archive has nothing that answers this. No report that gives the figure names the source asked.', suggestionsFor(intent, index));
  }
  // ("…, a pact between the army, the UN and the exiles" and "a former UN adviser": a report in English that writes
  // the body asked only in passing, never crediting it with anything it tells, gives its uncredited count as its own.)
  const credits = (articleId: string): boolean => {
    const a = index.article(articleId);
    if (a?.language && a.language !== 'en' && a.language !== 'und') return true;
    if (index.data.figures.some((f) => f.source.articleId === articleId && !!f.claimant && claimIsAcronym(f.claimant, acronym) === true)) return true;
    // ("US says 1,429 killed" heading it, "a report by US agencies concluded": a paper of the body's is its word too.)
    const byBody = (t: string) => [...t.matchAll(PAPER_BY)].some((m) => claimIsAcronym(m[1] ?? '', acronym) === true);
    // (A sentence writing the body and a verb a body tells a count by is taken as its word, wherever the two stand:
    // "The X Organization … (XO) announced", "XO could document".)
    const told = (t: string) => CREDIT_WORD.test(t) && claimIsAcronym(t, acronym) === true;
    return [a?.title ?? '', ...index.sentencesOf(articleId).map((x) => x.text)].some((t) => byBody(t) || told(t));
  };
  if (given.citations.some((c) => credits(c.articleId))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The report that gives the figure names ${acronym} only in passing, never as the source of a count.`, suggestionsFor(intent, index));
}

/** Words by which a body is written telling what it counted (not "noted by", "between the army and X"). */
// ("UN special rapporteur X told reporters …", "the network … has tracked the protests": its official's word or its
// own tracking is its word too; so is "the KNA agency quoted a police chief as saying that 14 …": the outlet quoting.)
const CREDIT_WORD = /\b(?:quoted|quotes|quoting|cited|cites|citing|said|says|say|told|tells|warned|warns|announced|announces|reported|reports|report|documented|documents|document|recorded|records|counted|counts|estimated|estimates|confirmed|confirms|verified|verifies|tracked|tracks|identified|logged|compiled|published|released|registered|tallied|concluded|stated|states|put|puts|gave|gives|according to|figures?|toll|tally)\b/i;

/** "a report by X", "figures from the X", "the X's count": a paper a body put out. */
const PAPER_BY = new RegExp(String.raw`\b(?:report|reports|figures|count|tally|estimate|statement|data|findings)\s+(?:by|from|of)\s+(?:the\s+)?(${NAME})`, 'gu');

/** Words after a body's name that tell what it looked into, not the body ("on Iran", "in 2024", "into the killings"). */
const AFTER_BODY = /\s+(?:on|in|into|for|of|about|during|at)\s+.*$/i;

/**
 * "How many were detained, according to the regional inquiry panel?" is not answered by an exile leader's count
 * in a report that never writes "inquiry panel": a body the question names in words with a body's head word
 * ("mission", "commission", "panel", "ministry") gives its count only in a report that writes those words somewhere.
 */
export function sourceWordsUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const phrase = SOURCE_PHRASE.exec(intent.question ?? '')?.[1]?.replace(AFTER_BODY, '');
  if (!phrase) return given;
  // (The words written in lower case up to the body's head word, as a report writes them together: "inquiry
  // panel" of "the regional inquiry panel"; a name in capitals is the other checks' to match, with its acronym.)
  const raw = phrase.split(/\s+/);
  const headAt = raw.findIndex((w) => /^\p{Ll}/u.test(w) && BODY_WORDS.has(fold(w)));
  if (headAt < 0) return given;
  let from = headAt;
  while (from > 0 && /^\p{Ll}/u.test(raw[from - 1] as string) && !isFunctionWord(fold(raw[from - 1] as string))) from--;
  const words = raw.slice(from, headAt + 1).flatMap((w) => fold(w).split(/[\s-]+/)).filter(Boolean);
  if (words.length < 2) return given;
  const run = ` ${words.join(' ')}`;
  const writes = (articleId: string) => {
    const a = index.article(articleId);
    return ` ${fold([a?.title ?? '', a?.text ?? ''].join(' ')).replace(/-/g, ' ')} `.includes(run);
  };
  if (!given.citations.some((c) => writes(c.articleId))) {
    return notAnswered(intent, `The archive has nothing that answers this. No report that gives the figure names the ${phrase} asked.`, suggestionsFor(intent, index));
  }
  // (A report may name the body only as one someone calls for: an answer crediting its count to a person or body by
  // name, in sentences never writing the body asked, is that one's count.)
  const credit = /^According to ([^“”(,]+?)\s*(?:\(|,)/.exec(given.text)?.[1];
  if (!credit || !/^\p{Lu}/u.test(credit)) return given;
  const said = ` ${fold([credit, ...given.citations.map((c) => c.excerpt ?? '')].join(' ')).replace(/-/g, ' ')} `;
  if (said.includes(run)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest count is ${credit}'s, not the ${phrase}'s.`, suggestionsFor(intent, index));
}
/** Head words of a body that looks into something: an inquiry's, a mission's. */
const BODY_WORDS = new Set(['mission', 'missions', 'commission', 'inquiry', 'panel', 'investigators', 'rapporteur', 'monitors', 'experts', 'ministry', 'council', 'committee', 'office', 'agency', 'court', 'tribunal']);
