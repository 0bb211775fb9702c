import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * "Who did the marchers want prosecuted?", "whom did the families ask to be freed?": the one a deed is wished on, asked
 * by the deed's participle after a verb of wishing or asking.
 */
const DEED_WISHED = /^\s*(?:and\s+)?(?:who|whom)\s+did\s+.+?\s+(?:want|wish|demand|ask|urge|call\s+for)\s+(?:to\s+(?:be\s+)?)?([a-z]{4,}(?:ed|en))\b/i;

/**
 * "Who did the people at the rally want prosecuted?" answered with the rally's own organisers, from a sentence that
 * tells of no prosecution: the one a deed is wished on is told only by a sentence that writes that deed ("to
 * prosecute the rulers", "called for the prosecution of X"). Declined otherwise.
 */
export function deedWishedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !given.citations.length) return given;
  const deed = DEED_WISHED.exec(intent.question ?? '')?.[1]?.toLowerCase();
  if (!deed) return given;
  // The deed's stem: "prosecuted" → "prosecut", "freed" → "free", "tried" → "tri" (and "trial").
  const stem = deed.replace(/(?:ied)$/, 'i').replace(/(?:ed|en)$/, '').replace(/(.)\1$/, '$1');
  const told = new RegExp(`\\b${stem}`, 'i');
  if (given.citations.some((c) => told.test(c.excerpt ?? ''))) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No sentence found tells who was to be ${deed}.`, suggestionsFor(intent, index));
}
