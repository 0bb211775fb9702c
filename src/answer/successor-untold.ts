import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { SUCCESSOR_ASKED } from '../understand/analyse-question.ts';
import { escapeRe } from '../understand/text.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** Words that tell of one taking another's place. */
const SUCCESSION = /\b(?:succeed\w*|successor|successors|replac\w*|took\s+over|take\s+over|taking\s+over|takes\s+over|in\s+place\s+of)\b/i;

/**
 * "Who was named to succeed Ana Roth as envoy?": the successor is told only by a sentence that writes the succession
 * of the one named ("X will succeed Roth", "Roth's successor, X"); an answer from sentences that never do names Roth
 * herself, or someone who merely spoke of her. Declined.
 */
export function successorUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered) return given;
  const m = SUCCESSOR_ASKED.exec(intent.question ?? '');
  if (!m) return given;
  // The one succeeded: the capitalised words right after the verb ("Ana Roth as envoy" → Roth), or a pronoun.
  const name = /^((?:\p{Lu}[\p{L}'’.-]*\s*){1,4})/u.exec((m[1] ?? '').trim())?.[1]?.trim();
  const last = name?.split(/\s+/).at(-1);
  const said = given.citations.map((c) => c.excerpt ?? '');
  const tells = said.some((s) => SUCCESSION.test(s) && (!last || new RegExp(`(?<![\\p{L}])(?:${escapeRe(last)}|he|she|his|her|him)(?![\\p{L}])`, 'iu').test(s)));
  if (tells) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells who took that place.', suggestionsFor(intent, index));
}
