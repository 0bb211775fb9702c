import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES } from '../understand/vocabulary.ts';
import { claimIsAcronym } from '../understand/analyse-question.ts';
import { citedReportsFolded } from './named-body-untold.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** A name as a question writes it: capitalised words, with the small words a name holds between them. */
const NAME = String.raw`\p{Lu}[\p{L}'’.&-]*(?:\s+(?:of|for|the|and|on)\s+\p{Lu}[\p{L}'’.&-]*|\s+\p{Lu}[\p{L}'’.&-]*){0,6}`;
/** "according to Harbour Wire?", "per the Velden Courier, …": a name that is the whole source (nothing after it but the question's end, a comma or when/where it counted). */
const AFTER_SOURCE = String.raw`(?=\s*(?:[?,.;]|$|\s(?:in|on|during|at|for|after|before|since|from|over|how|what|which|who|when|where)\b))`;
const ACCORDING = new RegExp(String.raw`\b(?:according\s+to|per|by\s+the\s+(?:estimate|count)\s+of)\s+(?:the\s+)?(${NAME})${AFTER_SOURCE}`, 'u');
/** "how many did the Velden Courier estimate …": the name doing the counting. */
const CLAIMED = new RegExp(String.raw`\b(?:did|does|do|has|have|had)\s+(?:the\s+)?(${NAME})\s+(?:give|say|report|put|count|record|document|estimate|claim|cite|tally|register)\b`, 'u');

/** "according to kessa rights watch", written in lower case: the words after it, up to the question's end, a comma or a time or place. */
const ACCORDING_LOWER = /\b[Aa]ccording\s+to\s+(?:the\s+)?([a-z][a-z'’&-]*(?:\s+(?!(?:in|on|during|at|for|after|before|since|from|over|how|what|which|who|when|where)\b)[a-z][a-z'’&-]*){1,5})\s*(?:[?,.;]|$|\s(?:in|on|during|at|for|after|before|since|from|over)\b)/;

/** Words for people who tell a figure, not a body's name: officials, police, doctors, witnesses. */
const PEOPLE_WHO_TELL = /^(?:officials?|police|policemen|officers?|hospital|doctors?|medics?|sources?|spokesm[ae]n|spokes(?:person|woman)|authorities|witnesses|residents|organi[sz]ers|lawyers?|staff)$/;

/** Words naming what a source published, not the source: "the brenn report", "the league's figures". */
const PAPER = /^(?:report|reports|figures|data|count|tally|tallies|estimate|estimates|statement|database|findings|survey|study|update)$/;
/** Words that end a kind of source, not a name: "rights groups", "state media", "local activists". */
const GENERIC_SOURCE = /^(?:groups|media|activists|monitors|reports|organi[sz]ations|ngos|agencies|campaigners|sources|outlets|observers)$/;

/**
 * A source named in lower case, as chat questions write it ("according to kessa rights watch"): its words when there
 * are two or more and one is a name the question's analysis reads as a name or a source, folded.
 */
function sourceNamedLower(question: string, terms: ReadonlyArray<{ fold: string; sort: string }>): string | undefined {
  const raw = ACCORDING_LOWER.exec(question)?.[1];
  if (!raw) return undefined;
  const words = fold(raw).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ');
  // ("according to the brenn report": the paper is no part of the source's name, and what is left may be a place.)
  while (words.length && PAPER.test(words[words.length - 1] ?? '')) words.pop();
  if (words.length < 2 || !words.some((w) => terms.some((t) => t.fold === w && (t.sort === 'name' || t.sort === 'source')))) return undefined;
  // ("according to the varn hospital officials": people of a place, whom a report names as "officials at the hospital
  // in Varn", not a body's name.)
  // ("according to doctors without borders", "medics for peace": a people word followed by "without" or "for" opens
  // a body's name.)
  if (words.some((w, i) => PEOPLE_WHO_TELL.test(w) && !/^(?:without|for)$/.test(words[i + 1] ?? ''))) return undefined;
  // ("according to human rights groups", "according to kessian state media": a kind of source, not one's name.)
  if (GENERIC_SOURCE.test(words[words.length - 1] ?? '')) return undefined;
  return words.join(' ');
}

/** Single letters in a row joined as one word ("u s state" → "us state"), in folded text split on spaces. */
function initialsJoined(folded: string): string {
  return folded.replace(/(?<![\p{L}\p{N}])(\p{L}) (?=\p{L}(?![\p{L}\p{N}]))/gu, '$1');
}

/** The sources a count question names by names of their own (not acronyms, not countries), folded: "Kessa Watch and KLR" → ["kessa watch"]. */
function sourcesNamed(question: string, terms: ReadonlyArray<{ fold: string; sort: string }> = []): string[] {
  const raw = (ACCORDING.exec(question) ?? CLAIMED.exec(question))?.[1];
  if (!raw) {
    const lower = sourceNamedLower(question, terms);
    return lower && !COUNTRIES.has(lower) ? [lower] : [];
  }
  // (An acronym, "per the UN", is read by the acronym checks, which know its spelt-out forms.)
  return raw
    .split(/\s+and\s+/)
    .map((part) => part.replace(/['’]s$/, ''))
    .filter((part) => !/^\p{Lu}{2,7}$/u.test(part))
    .map((part) => fold(part).replace(/[^\p{L}\p{N}]+/gu, ' ').trim())
    .filter((name) => name.length >= 3 && !COUNTRIES.has(name));
}

/**
 * "How many attended, according to the Velden Courier?", "how many did the Harbour Times estimate …": a count asked
 * of a source named by its name is that source's only in a report that writes the name (or is published by it); a
 * count read from reports that never write it (the city in the outlet's name is not the outlet) is someone else's.
 * Declined.
 */
export function sourceNameUnwritten(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const question = intent.question ?? '';
  // ("selon les Sentinelles vertes", "d'après l'Observatoire …": a source a question in French names as French reports
  // write it is looked for in the French reports cited.)
  const french = frenchSourceNamed(question);
  const names = french ? [french] : sourcesNamed(question, intent.analysis.terms);
  if (!names.length) return given;
  // (A report in another language writes a body by its own name, "Rotes Kreuz" for the Red Cross: left alone.)
  const abroad = (articleId: string) => {
    const lang = index.article(articleId)?.language;
    return french ? lang !== 'fr' : !!lang && lang !== 'en' && lang !== 'und';
  };
  if (given.citations.some((c) => abroad(c.articleId))) return given;
  // (Asked in French, the report the answer's own figure comes from must write it: a second report's "different
  // figure" naming the source asked does not make the first figure that source's.)
  const lead = { ...given, citations: given.citations.filter((c) => c.articleId === given.citations[0]!.articleId) };
  // (Initials however written: "the US State Department" asked, "the U.S. State Department" written.)
  const reports = citedReportsFolded(index, french ? lead : given).map((r) => ` ${initialsJoined(r.replace(/[^\p{L}\p{N}]+/gu, ' '))} `);
  // ("Amnesty International" asked, "Amnesty" written: the name without the word every such body bears.)
  const written = (name: string) => reports.some((r) => r.includes(` ${initialsJoined(name)} `) || r.includes(` ${initialsJoined(name.replace(/\s+international$/, ''))} `));
  if (names.every(written)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No report that gives the figure names the source asked.', suggestionsFor(intent, index));
}

/** French words a question in French holds: two or more of them tell it from an English question naming a French body. */
const FRENCH_WORDS = /(?<![\p{L}])(?:combien|selon|les|des|du|aux?|ont|été|sont|dans|pour|par|depuis|quel(?:le)?s?|début|fin)(?![\p{L}])/giu;
/**
 * "according to les Sentinelles vertes", "according to l'Observatoire …" (a French question's "selon", read in English words).
 * ("selon l'agence Korvane", "selon l'agence de presse officielle Korvane": a news agency is named after the word.)
 */
const FRENCH_ACCORDING = new RegExp(String.raw`\baccording\s+to\s+(?:(?:the|les|la|le|des|du)\s+|l['’]\s*)?(?:(?:ONG|NGO|organisation|association|agence(?:\s+de\s+presse)?(?:\s+\p{Ll}[\p{L}'’]*){0,2})\s+)?(${NAME})(?:\s+[\p{L}'’-]+){0,8}?${AFTER_SOURCE}`, 'u');

/**
 * The source a question asked in French names by a name of its own, folded ("selon les Sentinelles vertes" → "sentinelles"),
 * or undefined (a question in English, an acronym, a country, a kind of source).
 */
function frenchSourceNamed(question: string): string | undefined {
  if (new Set([...question.matchAll(FRENCH_WORDS)].map((m) => m[0].toLowerCase())).size < 2) return undefined;
  const raw = FRENCH_ACCORDING.exec(question)?.[1];
  if (!raw || /^\p{Lu}{2,7}$/u.test(raw)) return undefined;
  const name = fold(raw).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return name.length >= 3 && !COUNTRIES.has(name) ? name : undefined;
}

/**
 * "How many died in Tovel, according to Medics for Peace?" answered "31" from a sentence crediting no one, in a report
 * that names Medics for Peace only further on, for something else ("reports from Medics for Peace showed gas was
 * used"): a credit comes with the count or before it, never only after it, unless in a line signing the report.
 * Declined when neither the answer, its sentence nor any sentence before it in the report writes the source asked.
 */
/** Words with which a sentence credits a figure to someone, or tells what someone said. */
const CREDIT_WORDS =
  /\b(?:said|says|say|told|tells|gave|gives|give|given|provided|provides|reported|stated|states|announced|announces|according|claimed|claims|estimated|estimates|confirmed|confirms|counted|counts|recorded|records|documented|documents|figures?|toll|tally|count|statement|added|adds|put|puts)\b/i;

export function sourceNamedOnlyAfter(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || given.citations.length !== 1) return given;
  const names = sourcesNamed(intent.question ?? '', intent.analysis.terms);
  if (!names.length) return given;
  const cite = given.citations[0]!;
  const a = index.article(cite.articleId);
  if (!a || (a.language && a.language !== 'en' && a.language !== 'und')) return given;
  const flat = (t: string) => ` ${fold(t).replace(/[^\p{L}\p{N}]+/gu, ' ')} `;
  const writes = (t: string) => names.every((n) => flat(t).includes(` ${n} `) || flat(t).includes(` ${n.replace(/\s+international$/, '')} `));
  if (writes(given.text) || writes(cite.excerpt ?? '') || writes(`${a.title ?? ''} ${a.publisher ?? ''}`)) return given;
  const sentences = index.sentencesOf(cite.articleId);
  if (sentences.some((x) => x.index <= cite.sentence && writes(x.text))) return given;
  const after = sentences.filter((x) => x.index > cite.sentence && writes(x.text));
  // (A line that is the source's name alone, or little more, signs the whole report: "Harbour TV", "© Harbour TV 2031".)
  if (!after.length || after.some((x) => x.text.split(/\s+/).length <= 5)) return given;
  // ("Nora Lind, who heads the relief office, gave the figure …", "That figure was provided by X": a sentence after
  // the count may credit it, in words of giving or telling a figure.)
  if (after.some((x) => CREDIT_WORDS.test(x.text))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The report names the source asked only after the count, not as giving it.', suggestionsFor(intent, index));
}

/** The body an answer itself credits its count to: "17, according to autorités iraniennes (reported by …)". */
const STATED_CREDIT = /^[^“”]*?,\s+according to ([^(“”]{3,80}?)\s+\(reported by\b/;
/** Words of a source's name that name no one in particular: "ONG", "the", "des". */
const KIND_WORDS = /^(?:ong|ngo|the|les|des|de|du|la|le|l|d|of|for|et|and|group|groupe|organisation|organization)$/;

/**
 * "Combien de morts … selon l'ONG Vigie Korlan ?" answered "12, according to autorités de la province": the answer
 * itself credits its count to another body than the one asked, none of whose words it shares. Declined. Only for a
 * question asked in French of a French report.
 */
export function countOfAnotherSourceStated(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const credit = STATED_CREDIT.exec(given.text)?.[1];
  if (!credit) return given;
  const question = intent.question ?? '';
  const french = new Set([...question.matchAll(FRENCH_WORDS)].map((m) => m[0].toLowerCase())).size >= 2;
  // (Only asked in French of a French report: an English question names bodies by partial names and acronyms the
  // other checks read.)
  if (!french || index.article(given.citations[0]!.articleId)?.language !== 'fr') return given;
  const asked = /\baccording\s+to\s+(?:the\s+)?([^?,;]{2,80}?)\s*(?:[?,;]|$)/i.exec(question)?.[1];
  if (!asked) return given;
  const words = (t: string) => fold(t).replace(/[^\p{L}\p{N}]+/gu, ' ').trim().split(' ').filter((w) => w.length >= 3 && !KIND_WORDS.test(w));
  const askedWords = words(asked);
  const creditWords = words(credit);
  if (!askedWords.length || !creditWords.length) return given;
  // (An acronym asked and the name it stands for, or the other way round, are one body.)
  const acronym = (a: string, b: string) => /^\p{Lu}{2,7}$/u.test(a.trim()) && claimIsAcronym(b, a.trim()) === true;
  if (acronym(asked, credit) || acronym(credit, asked)) return given;
  if (askedWords.some((w) => creditWords.includes(w))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest count is credited to ${credit}, not to the source asked.`, suggestionsFor(intent, index));
}
