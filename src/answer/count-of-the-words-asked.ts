import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { answered, citeAll, notAnswered, provOf, suggestionsFor } from './reply.ts';
import { clip, sourceOf } from './evidence.ts';

/** The number an answer leads with, in figures ("144", "about 1,200"). */
const LEAD_NUMBER = /^(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)\s+)?(\d[\d.,]*)/i;

/** Where the words a count question asks of its number end: its source, its occasion or a clause of its own. */
const ASKED_WORDS_END = /\s*(?:[,;?]|\b(?:per|according to|in (?:its|their|the) (?:report|toll|update|count|statement)|when|after|before|during)\b)/i;

/**
 * The words a count question says of the number it asks, right after "how many" and what is counted ("how many of
 * the victims may have been under 18" → "may have been under 18"), folded; undefined when fewer than three.
 */
function wordsAsked(question: string): string[] | undefined {
  const m = /^how many\s+(?:of\s+(?:the|those|them|these)\s+)?(?:(?!(?:may|might|could|were|was|are|is|had|have|has|did|would)\b)\p{L}+\s+)?((?:may|might|could|were|was|are|is|had|have|has|did|would)\b.*)$/iu.exec(question.trim());
  if (!m) return undefined;
  const tail = (m[1] as string).split(ASKED_WORDS_END)[0] ?? '';
  const words = tokenize(tail).map((t) => t.fold);
  return words.length >= 3 ? words : undefined;
}

/**
 * "How many were thought to be minors?" answered "310" from "of the 310 dead …, 44 were thought to be minors": the
 * sentence writes the question's own words right after another of its numbers, and that number is what they say
 * (the one given counts the whole, told before). That number answers, from the same sentence, credited as given.
 */
export function countOfTheWordsAsked(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const asked = wordsAsked(intent.question ?? '');
  // (At least one word that says something, not only "were", "have", "been".)
  if (!asked || !asked.some((w) => !isFunctionWord(w) && !/^(?:been|be|being|may|might|could|would|had|have|has|did)$/.test(w))) return given;
  const lead = given.text.split('“')[0] ?? '';
  // ("144 victims, according to X (…)" or "According to X, 144 people were killed.")
  const credited = /^According to ([^,“]+),\s+(.*)$/.exec(lead);
  const number = LEAD_NUMBER.exec(credited ? (credited[2] as string) : lead)?.[1]?.replace(/[.,]+$/, '');
  if (!number) return given;
  const credit = credited ? `according to ${credited[1] as string}` : /,\s*(according to [^(]+?)\s*\(/.exec(lead)?.[1];
  const cite = given.citations[0]!;
  const excerpt = cite.excerpt ?? '';
  const after = (at: number, length: number): string[] => tokenize(excerpt.slice(at + length, at + length + 120)).slice(0, asked.length).map((t) => t.fold);
  const saysAsked = (at: number, length: number): boolean => {
    const words = after(at, length);
    return words.length === asked.length && words.every((w, k) => w === asked[k]);
  };
  const at = excerpt.search(new RegExp(`(?<![\\d.,])${number.replace(/[.,]/g, '\\$&')}(?![\\d])`));
  if (at < 0 || saysAsked(at, number.length)) return given;
  // (And its clause ends there, or with who says it: "9 were killed in Varnel on the first day alone" is a part of the
  // 45 killed in Varnel, told by more words than the question's.)
  const endsThere = (from: number, length: number): boolean => {
    const words = tokenize(excerpt.slice(from + length, from + length + 160)).slice(0, asked.length);
    const last = words.at(-1);
    if (!last) return false;
    return /^\s*(?:$|[,.;:)”"’]|\s*(?:according|said|says|say|reported|witnesses|officials|the\s+\w+\s+said)\b)/i.test(excerpt.slice(from + length + last.end));
  };
  for (const m of excerpt.matchAll(/(?<![\d.,])\d[\d,]*(?![\d])/g)) {
    if (m.index === at || !saysAsked(m.index, m[0].length) || !endsThere(m.index, m[0].length)) continue;
    const text = `${m[0]}${credit ? `, ${credit}` : ''} (reported by ${sourceOf(index.article(cite.articleId))}): “${clip(excerpt, 400)}”`;
    return answered(intent, text, [cite]);
  }
  return given;
}

/** Words after a count of those a report could name: "1,412 of the jailed marchers were named". */
const IDENTIFIED_AFTER = /^\s+of\s+(?:the|those|these)\s+((?:[\p{L}-]+\s+){1,3}?)(?:have|has|had|were|are)\s+(?:been\s+)?(?:identified|named)\b/iu;
/** Words before a count of those a report could name, a part of all it counts ("the identity of 640 detainees"). */
const IDENTIFIED_BEFORE = /\b(?:the\s+)?(?:identit(?:y|ies)|names?)\s+of\s+(?:the\s+)?$|\bidentified\s+$/i;

/**
 * "Roughly how many people were arrested?" answered "640 detained students" from "some 7,500 detained, the
 * identity of 640 detained students among them": the count of those a report names is a part of the count it gives
 * of the same deed in the same sentence; that count answers (unless those identified or named are asked).
 */
export function countOfTheIdentified(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  if (/\b(?:identi\w*|named?|names)\b/i.test(intent.question ?? '')) return given;
  const lead = given.text.split('“')[0] ?? '';
  const number = LEAD_NUMBER.exec(lead)?.[1]?.replace(/[.,]+$/, '');
  if (!number) return given;
  const cite = given.citations[0]!;
  const excerpt = cite.excerpt ?? '';
  const at = excerpt.search(new RegExp(`(?<![\\d.,])${number.replace(/[.,]/g, '\\$&')}(?![\\d])`));
  if (at < 0) return given;
  // ("1,412 of the jailed marchers were named": the part identified is told after its number, by the
  // clause's own verb.)
  const after = IDENTIFIED_AFTER.exec(excerpt.slice(at + number.length));
  if (!after && !IDENTIFIED_BEFORE.test(excerpt.slice(Math.max(0, at - 30), at))) return given;
  // The deed the part's count is told with ("arrested"), in the words right after its number (or after its "of the").
  const deeds = tokenize(after ? (after[1] ?? '') : excerpt.slice(at + number.length, at + number.length + 40)).slice(0, 2).filter((t) => !t.cap && !isFunctionWord(t.fold)).map((t) => t.key);
  if (!deeds.length) return given;
  for (const m of excerpt.matchAll(/(?<![\d.,])\d[\d,.]*\d(?![\d])|(?<![\d.,])\d(?![\d.,])/g)) {
    if (m.index === at || IDENTIFIED_BEFORE.test(excerpt.slice(Math.max(0, m.index - 30), m.index))) continue;
    const next = tokenize(excerpt.slice(m.index + m[0].length, m.index + m[0].length + 40)).slice(0, 2);
    const told = next.findIndex((t) => deeds.includes(t.key));
    if (told < 0) continue;
    const estimated = /\b(?:an?\s+)?estimated(?:\s+of)?\s+$/i.test(excerpt.slice(Math.max(0, m.index - 20), m.index)) ? 'an estimated ' : '';
    const text = `${estimated}${m[0]} ${next.slice(0, told + 1).map((t) => t.raw).join(' ')} (reported by ${sourceOf(index.article(cite.articleId))}): “${clip(excerpt, 400)}”`;
    return answered(intent, text.charAt(0).toUpperCase() + text.slice(1), [cite]);
  }
  if (after) {
    // ("… some 9,050 marchers were jailed …" then "It also said 1,412 of the jailed marchers were named": the whole
    // is told a little before the part, with all of the part's words.)
    const sents = index.sentencesOf(cite.articleId);
    for (const prev of [sents[cite.sentence - 1], sents[cite.sentence - 2], sents[cite.sentence - 3]]) {
      if (!prev) continue;
      for (const m of prev.text.matchAll(/(?<![\d.,])\d[\d,.]*\d(?![\d])/g)) {
        const next = tokenize(prev.text.slice(m.index + m[0].length, m.index + m[0].length + 60)).slice(0, 5);
        const last = Math.max(...deeds.map((d) => next.findIndex((t) => t.key === d)));
        if (deeds.some((d) => !next.some((t) => t.key === d))) continue;
        const qualifier = /\b(at least|more than|over|nearly|about|around|some)\s+$/i.exec(prev.text.slice(Math.max(0, m.index - 15), m.index))?.[1];
        // (Credited as the report credits it: "…, according to the group named before".)
        const claimant = index.data.figures.find((f) => f.source.articleId === cite.articleId && f.source.sentence === prev.index && f.text.includes(m[0]))?.claimant;
        const text = `${qualifier ? `${qualifier} ` : ''}${m[0]} ${next.slice(0, last + 1).map((t) => t.raw).join(' ')}${claimant ? `, according to ${claimant}` : ''} (reported by ${sourceOf(index.article(cite.articleId))}): “${clip(prev.text, 400)}”`;
        return answered(intent, text.charAt(0).toUpperCase() + text.slice(1), citeAll(index, [provOf(cite.articleId, prev), cite]));
      }
    }
    // (The report gives no count of all those the deed befell: the part identified is no answer to how many.)
    return notAnswered(intent, 'The archive has nothing that answers this. The closest figure counts only those identified by name, a part of the whole.', suggestionsFor(intent, index));
  }
  return given;
}
