import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { FOREIGN_MONTHS, MONTH_NAMES } from '../dates/calendar.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** "Since what year has the rally been held?", "since when does the camp exist": the start of something lasting. */
const SINCE_ASKED = /\bsince\s+(?:what|which)\s+(?:year|date|month|time)\b|\bsince\s+when\b|\bin\s+(?:what|which)\s+year\s+did\b[^?]*\b(?:start|begin|began|first)\b/i;
/**
 * A sentence telling when something lasting began: "since 2003", "since November 15", "depuis 2003", "seit 2003",
 * "first held in 2003".
 */
const SINCE_DATE = new RegExp(`\\b(?:since|depuis|seit)\\b[^.;]{0,30}?(?:\\b(?:1[89]\\d\\d|20\\d\\d)\\b|\\b(?:${[...MONTH_NAMES, ...FOREIGN_MONTHS.keys()].join('|')})\\b)`, 'iu');
/** A dated deed that begins a state lasting since ("arrested on March 3, 2029", "jailed in 2029": in prison since then). */
const STATE_BEGUN = new RegExp(String.raw`\b(?:arrested|detained|jailed|imprisoned|held|exiled|abducted|taken\s+into\s+custody)\b[^.;]{0,40}?(?:\b(?:1[89]\d\d|20\d\d)\b|\b(?:${MONTH_NAMES.join('|')})\b)`, 'i');
const START_TOLD = /\b(?:(?:first|initially)\s+(?:held|staged|organi[sz]ed|took\s+place)|(?:began|started|founded|established|launched|created|set\s+up)|(?:commencé|fondée?|créée?|lancée?|begonnen|gegründet))\b[^.;]{0,60}?\b(?:1[89]\d\d|20\d\d)\b/i;

/**
 * "Since what year has the annual rally been held?" answered "June 13 (year not stated)" from a report of one year's
 * rally: the day of one gathering is not when a lasting thing began. A question asking since when is answered only
 * by a sentence telling a start with its date ("since November 15", "depuis 2003", "first held in 2003"); otherwise declined.
 */
export function sinceAskedUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when' || !SINCE_ASKED.test(intent.question ?? '')) return given;
  if (given.citations.some((c) => START_TOLD.test(c.excerpt) || SINCE_DATE.test(c.excerpt) || STATE_BEGUN.test(c.excerpt))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No sentence of the closest reports tells since when.', suggestionsFor(intent, index));
}
