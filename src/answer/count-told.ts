import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { fold } from '../understand/text.ts';
import { COUNTRIES, isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** What an answer says in its own words (before any quote) and in the sentences it cites. */
function saidBy(given: Answer): string {
  return [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
}

/**
 * Deeds a count can be of that a report tells in their own word families: a figure of arrests counts no one
 * evacuated, one of deaths in detention no one released. (Killing is told in too many other words, "lost their
 * lives", "martyrs", to be held to its family.)
 */
const DEEDS_TOLD_APART = new Set(['@evacuate', '@release', '@flee', '@execute', '@arrest', '@injure']);

/**
 * "How many people were evacuated from Harl?" is not answered by "over 900 people from Harl were arrested", nor
 * "how many detainees were released" by "the deaths of 80 people in detention": each deed the count question asks
 * (evacuated, released, fled, executed, arrested, injured) must be told, in its own word family, by the answer or a
 * sentence it cites. A figure of another deed is declined.
 */
export function countDeedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const deeds = intent.analysis.terms.filter((t) => t.part === 'focus' && t.sort === 'word' && DEEDS_TOLD_APART.has(t.key));
  if (!deeds.length) return given;
  const held = new Set(tokenize(saidBy(given)).map((t) => t.key));
  const untold = deeds.filter((d) => !held.has(d.key));
  if (!untold.length) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts people ${untold.map((d) => d.text).join(' or ')}.`, suggestionsFor(intent, index));
}

/** Nouns heading a body named in lower case ("the interior ministry", "the provincial judiciary"). */
const BODY_HEADS = /^(?:ministry|ministries|council|judiciary|prosecutor|prosecutors|office|agency|court|governorate|government|authorities|officials|spokesman|spokeswoman|coroner|hospital|hospitals|morgue|directorate|department)$/;
/** A source a question names after "according to", "per" or "said by", as written, up to the end of its clause. */
const SOURCE_PHRASE = /\b(?:according to|per|as counted by|by the count of)\s+(?:the\s+)?([\p{L}'’ -]{3,60}?)\s*(?:[?,.;]|$)/iu;

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
  // (Only a body named in lower case: a capitalised name is the other checks' to match, with its acronym.)
  if (headAt < 0 || /^\p{Lu}/u.test(words[headAt] as string)) return given;
  const needed = words
    .slice(0, headAt + 1)
    .filter((w) => /^\p{Ll}/u.test(w) && !isFunctionWord(fold(w)) && !COUNTRIES.has(fold(w)))
    .map((w) => tokenize(w)[0]?.key ?? fold(w));
  // (Or in a sentence next to a cited one: "… 1,500 were killed. The toll was given by three interior ministry officials.")
  const near = given.citations.flatMap((c) => {
    const sentences = index.sentencesOf(c.articleId);
    return [sentences[c.sentence - 1]?.text ?? '', sentences[c.sentence + 1]?.text ?? ''];
  });
  const held = new Set(tokenize([saidBy(given), ...near].join(' ')).map((t) => t.key));
  if (needed.every((k) => held.has(k))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure is credited to the ${words.slice(0, headAt + 1).join(' ')} asked.`, suggestionsFor(intent, index));
}
