import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { isFunctionWord, tokenize, type Token } from '../understand/vocabulary.ts';
import { answered } from './reply.ts';
import { clip, sourceOf } from './evidence.ts';

/** The number an answer leads with, in figures ("21", "about 1,200"). */
const LEAD_NUMBER = /^(?:(?:about|around|some|nearly|almost|over|more than|at least|up to)\s+)?(\d[\d.,]*)/i;

/**
 * The noun a number counts in its sentence: the first lowercase word after it, past names and numerals that qualify it
 * ("21 Vell-4 residents" counts residents), when no punctuation ends its phrase first.
 */
function nounAfter(text: string, at: number, length: number): Token | undefined {
  if (/^\s*[,;:.()\u2013\u2014]/.test(text.slice(at + length))) return undefined;
  const after = tokenize(text.slice(at + length, at + length + 60)).slice(0, 4);
  for (const t of after) {
    if (/^\d/.test(t.raw) || t.cap) continue;
    return isFunctionWord(t.fold) ? undefined : t;
  }
  return undefined;
}

/**
 * "How many officers were injured?" answered "21" from "15 officers were injured, and 21 camp residents were taken to
 * hospital": the sentence counts the noun asked with another number, written right before it ("15 officers"), while
 * the number given counts other people (its own noun, "residents", right after it). That other number is the answer,
 * from the same sentence.
 */
export function countBesideAnotherNoun(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const headKey = intent.analysis.counted?.at(-1);
  const head = intent.analysis.terms.find((t) => t.key === headKey);
  if (!head || head.sort !== 'word') return given;
  // ("How many people …" asks no kind of people: "36 prisoners" are people, and another count's "24 people" is no better.)
  if (/^(?:people|persons|individuals)$/.test(head.fold)) return given;
  const lead = given.text.split('“')[0] ?? '';
  const number = LEAD_NUMBER.exec(lead)?.[1]?.replace(/[.,]+$/, '');
  if (!number) return given;
  // (An answer that writes the noun asked beside its number counts it.)
  if (tokenize(lead).some((t) => t.key === head.key)) return given;
  const cite = given.citations[0]!;
  const excerpt = cite.excerpt ?? '';
  const at = excerpt.search(new RegExp(`(?<![\\d.,])${escapeRe(number)}(?![\\d])`));
  if (at < 0) return given;
  const own = nounAfter(excerpt, at, number.length);
  if (!own || own.key === head.key) return given;
  // (The same window as for the other numbers: "9 young guards" counts guards.)
  if (tokenize(excerpt.slice(at + number.length, at + number.length + 40)).slice(0, 2).some((t) => t.key === head.key)) return given;
  // Another number of the same sentence whose own noun is the one asked ("15 officers", "15 police officers").
  for (const m of excerpt.matchAll(/(?<![\d.,])\d[\d,]*(?![\d])/g)) {
    if (m.index === at) continue;
    const noun = nounAfter(excerpt, m.index, m[0].length);
    const after = tokenize(excerpt.slice(m.index + m[0].length, m.index + m[0].length + 40)).slice(0, 2);
    if (noun?.key !== head.key && !after.some((t) => t.key === head.key)) continue;
    // "police counted some 2,600 by noon, whereas organisers had signed up 9,000 marchers": a number set
    // against the answer's by "while" / "whereas" is another claimant's count; the answer credits its own.
    if (/\baccording to\b/i.test(lead) && /\b(?:while|whereas)\b|;/.test(excerpt.slice(Math.min(at, m.index), Math.max(at, m.index)))) continue;
    const text = `${m[0]} ${head.text} (reported by ${sourceOf(index.article(cite.articleId))}): “${clip(excerpt, 400)}”`;
    return answered(intent, text, [cite]);
  }
  return given;
}
