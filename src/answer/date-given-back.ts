import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December';
/** A day with its month ("June 17", "17 June"), with a year or not. */
const DAY_OF_MONTH = new RegExp(`\\b(?:(?:${MONTHS})\\s+\\d{1,2}(?:st|nd|rd|th)?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTHS}))\\b`, 'gi');

/** The days a text writes, as "june 17". */
function daysWritten(text: string): string[] {
  return [...text.matchAll(DAY_OF_MONTH)].map((m) => {
    const day = /\d{1,2}/.exec(m[0])?.[0] ?? '';
    const month = new RegExp(MONTHS, 'i').exec(m[0])?.[0] ?? '';
    return `${month.toLowerCase()} ${Number(day)}`;
  });
}

/**
 * "When was the forum 'Ten years after March 3, 2031' held?" answered "March 3, 2031": a day the question itself
 * writes (in an occasion's title, or as the day of another deed) is never the answer to when: the answer gives it
 * back only because the report's words for the occasion hold it. Declined when every day the answer gives is one
 * the question writes.
 */
export function dateGivenBack(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.kind !== 'when') return given;
  // (Only a day in the occasion's quoted title, or the day of another deed, "after the June 17 vote": "when was X
  // arrested at the June 17 rally?" may be answered June 17.)
  const q = intent.question ?? '';
  const titled = [...q.matchAll(/[“"‘']([^”"’']{4,120})[”"’']/g)].map((m) => m[1] ?? '');
  const otherDeed = [...q.matchAll(new RegExp(`\\b(?:after|before|since|following|until)\\s+(?:the\\s+)?(${DAY_OF_MONTH.source})`, 'gi'))].map((m) => m[1] ?? '');
  const asked = new Set(daysWritten([...titled, ...otherDeed].join(' ; ')));
  if (!asked.size) return given;
  const lead = given.text.split(/ \(according|[“]/)[0] ?? '';
  const answered = daysWritten(lead);
  if (!answered.length || !answered.every((d) => asked.has(d))) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. The only day the closest sentence gives is the one the question names.', suggestionsFor(intent, index));
}
