import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';

/** "…, including how many children?", "and how many women?", "how many of them were minors?": a part counted too. */
const PART_ASKED =
  /\b(?:(?:including|incl\.?|among\s+them|among\s+whom|of\s+whom|and)\s+how\s+many\s+([a-z]+)|how\s+many\s+of\s+(?:them|those|the\s+dead|the\s+victims|the\s+wounded)\s+(?:were\s+)?([a-z]+))\b/i;

/** A number in figures or words, as a sentence writes a part ("11", "1,200", "seven", "a dozen"). */
const NUMBER = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+dozen|dozens\s+of|hundreds\s+of)`;

/**
 * "How many were killed, including how many children?" answered with the total alone: the part asked is told by the
 * sentence the answer rests on ("killed 58 people, including 11 children"), so the answer quotes that sentence to
 * state it. Left as given when no cited sentence counts the part.
 */
export function partCountAsked(intent: Intent, _index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count') return given;
  const m = PART_ASKED.exec(intent.question ?? '');
  const part = (m?.[1] ?? m?.[2])?.toLowerCase();
  if (!part || part.length < 3) return given;
  const stem = escapeRe(part.replace(/(?:ren|s)$/, '').slice(0, Math.max(3, part.length - 3)));
  const counted = new RegExp(String.raw`(?<![\p{L}\d])${NUMBER}\s+(?:[\p{L}-]+\s+){0,1}${stem}\p{L}*`, 'iu');
  if (counted.test(given.text.replace(/“[^”]*”/g, ' '))) return given;
  if (/“[^”]*”/.test(given.text) && given.citations.some((c) => given.text.includes((c.excerpt ?? '').slice(0, 60)))) return given;
  const cite = given.citations.find((c) => counted.test(c.excerpt ?? ''));
  if (!cite) return given;
  return { ...given, text: `${given.text.trimEnd()} The report’s sentence: “${(cite.excerpt ?? '').trim()}”` };
}
