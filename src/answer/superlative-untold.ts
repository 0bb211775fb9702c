import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "where were most killings reported", "which province saw the highest toll", "where was the biggest protest". */
const MOST_ASKED = /\b(?:most|highest|largest|biggest|greatest|worst|majority)\b/i;
/** How a sentence tells a place had the most: "most killings were reported in", "the highest number", "half of". */
const MOST_TOLD = /\b(?:most|highest|largest|biggest|greatest|worst|majority|half|bulk|plupart|majorité|meisten|höchste\w*)\b/i;

/**
 * "where were most killings reported?" asks the place with the most, which a sentence telling killings across a whole
 * country ("… continue across Tarnia as a group counts 90 killed") does not say: the answer's sentences must tell
 * which place had the most (most, highest, largest, majority, half). Declined otherwise.
 */
export function superlativeUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'where' || !MOST_ASKED.test(intent.question ?? '')) return given;
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  if (MOST_TOLD.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence tells which place had the most.', suggestionsFor(intent, index));
}
