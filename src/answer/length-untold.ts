import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "how long did X get", "how long was the march": a length asked, of time or of way. */
const LENGTH_ASKED = /\bhow\s+long\b(?!\s+ago\b)/i;
/** Units a length is told in: of time (a prison term, a march's hours) or of way (a route's kilometres). */
const LENGTH_TOLD = /\b(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?|decades?|life|lifetime|ans?|mois|jours?|heures?|semaines?|jahre|jahren?|monate|monaten?|monat|wochen?|tage|tagen?|stunden?|km|kilomet(?:re|er)s?|miles?|met(?:re|er)s?|blocks?)\b/i;

/**
 * "How long did the third accomplice get?" is not answered by "three" read off "all three were stripped of their
 * citizenship": a length asked is told with its unit (years, hours, kilometres); a bare count of something else is no
 * length. Declined.
 */
export function lengthUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !LENGTH_ASKED.test(intent.question ?? '')) return given;
  // (The figure itself, before its source and its report's title: "Three, according to DW (reported by …)".)
  const lead = given.text.split(/[“(:]|,\s+(?:according|selon|laut)\b/)[0] ?? '';
  if (LENGTH_TOLD.test(lead)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No figure gives the length asked.', suggestionsFor(intent, index));
}
