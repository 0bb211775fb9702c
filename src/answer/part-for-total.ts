import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { isFunctionWord, tokenize } from '../understand/vocabulary.ts';
import { notAnswered, suggestionsFor } from './reply.ts';
import { leadCount } from './count-of-another-year.ts';

/** Words that open a part of a total just told: "…, including 93 …", "of whom 12 …", "among them 40 …". */
export const PART_BEFORE = /\b(?:including|includes|included|among\s+them|among\s+whom|of\s+whom|of\s+which|of\s+them)\s+(?:(?:at\s+least|some|about|around|nearly|almost|more\s+than|over)\s+)?$/i;

/** Words after a number that make it a part of a total told before: "four of them children", "12 of whom were women" (not "35 of those men were shot in X", a share told by its own place). */
const PART_AFTER = /^\s+of\s+(?:them|whom)\b([^.;,]{0,40})/i;

/**
 * "What was the death toll in Varn?" is not answered "93" from "the toll reached 553, including 93 soldiers": a count
 * told as a part of the total before it ("including", "of whom", "among them") answers only a question asking that
 * part (its counted words: "how many soldiers"). Declined.
 */
export function partForTotal(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const count = leadCount(given.text);
  const excerpt = given.citations[0]?.excerpt ?? '';
  if (!count || !excerpt) return given;
  const at = new RegExp(`(?<![\\p{L}\\d.,])${count.replace(/[.]/g, '\\.')}(?![\\p{L}\\d]|[.,]\\d)`, 'iu').exec(excerpt);
  if (!at) return given;
  const before = excerpt.slice(Math.max(0, at.index - 40), at.index);
  // ("17 were killed, four of them children": the part may be told after its number, "of them" following it.)
  const partAfter = PART_AFTER.exec(excerpt.slice(at.index + count.length));
  if (partAfter && /\d/.test(excerpt.slice(0, at.index))) {
    const keys = new Set(tokenize(partAfter[1] ?? '').filter((t) => !isFunctionWord(t.fold) && t.fold.length > 2).map((t) => t.key));
    const asked = intent.analysis.terms.filter((t) => t.part === 'focus' || t.sort === 'word').map((t) => t.key);
    if (!asked.some((k) => keys.has(k))) return notAnswered(intent, 'The archive has nothing that answers this. The closest figure is a part of a total, not the count asked.', suggestionsFor(intent, index));
  }
  if (!PART_BEFORE.test(before)) return given;
  // (A total must stand before the part, in the same sentence.)
  if (!/\d/.test(excerpt.slice(0, at.index).replace(PART_BEFORE, ''))) return given;
  const part = excerpt.slice(at.index + count.length).split(/[,;.]/)[0] ?? '';
  const partKeys = new Set(tokenize(part).filter((t) => !isFunctionWord(t.fold) && t.fold.length > 2).map((t) => t.key));
  const asked = intent.analysis.terms.filter((t) => t.part === 'focus' || t.sort === 'word').map((t) => t.key);
  if (asked.some((k) => partKeys.has(k))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The closest figure is a part of a total, not the count asked.', suggestionsFor(intent, index));
}
