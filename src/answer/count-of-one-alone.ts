import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "by the Kessian strikes alone", "the army's raids only", "only by Kessian strikes": one doer's share asked. */
const ALONE_ASKED = [
  /\b([\p{Lu}][\p{L}-]+|[\p{L}-]+['’]s)\s+(?:[\p{L}-]+\s+)?(?:alone|only)\b/u,
  /\bonly\s+(?:by|in|from)\s+(?:the\s+)?([\p{Lu}][\p{L}-]+|[\p{L}-]+['’]s)\s+/u,
];

/**
 * "How many were killed by the Kessian strikes alone?" answered from a sentence counting the dead of "the army and
 * Kessian air forces" together: the number is of both, not the one doer's share asked. Declined when every cited
 * sentence names that doer only joined to another by "and".
 */
export function countOfOneAlone(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const q = intent.question ?? '';
  const doer = ALONE_ASKED.map((re) => re.exec(q)?.[1]).find((d) => !!d)?.replace(/['’]s$/, '');
  if (!doer || doer.length < 3) return given;
  const d = escapeRe(doer);
  const named = new RegExp(String.raw`(?<![\p{L}])${d}(?![\p{L}])`, 'giu');
  const joined = new RegExp(String.raw`(?:\band\s+(?:the\s+)?(?:[\p{L}-]+\s+)?${d}(?![\p{L}])|(?<![\p{L}])${d}\s+(?:[\p{L}-]+\s+)?and\b)`, 'giu');
  const onlyJoined = (text: string) => {
    const all = [...text.matchAll(named)].length;
    return all > 0 && [...text.matchAll(joined)].length >= all;
  };
  if (!given.citations.every((c) => onlyJoined(c.excerpt ?? ''))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest count is of ${doer} together with another, not of ${doer} alone.`, suggestionsFor(intent, index));
}
