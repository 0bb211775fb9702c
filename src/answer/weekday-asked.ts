import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { MONTH_NAMES, WEEKDAY_NAMES } from '../dates/calendar.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/** The weekdays, Sunday first (as `getUTCDay` numbers them). */
const WEEKDAYS: readonly string[] = WEEKDAY_NAMES;

/** "What day of the week was the march?", "which weekday did they rally on?": a weekday is asked, not a date. */
const WEEKDAY_ASKED = /\b(?:what|which)\s+(?:day\s+of\s+the\s+week|weekday)\b/i;

/** A full date as answers write it: "February 8, 2019" or "8 February 2019". */
const FULL_DATE = new RegExp(`\\b(?:(${MONTH_NAMES.join('|')})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})|(\\d{1,2})\\s+(${MONTH_NAMES.join('|')})\\s+((?:19|20)\\d{2}))\\b`);

/**
 * "What day of the week was the march?" answered "on February 8, 2019": the weekday is what is asked. The weekday a
 * cited sentence writes is given; failing that, the one the calendar gives for the full date answered; with neither
 * (a date without its year), declined.
 */
export function weekdayAsked(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || !WEEKDAY_ASKED.test(intent.question ?? '')) return given;
  const lead = given.text.split('“')[0] ?? '';
  const inText = WEEKDAYS.find((d) => new RegExp(`\\b${d}\\b`).test(lead));
  if (inText) return given;
  const written = WEEKDAYS.filter((d) => given.citations.some((c) => new RegExp(`\\b${d}\\b`).test(c.excerpt ?? '')));
  const m = FULL_DATE.exec(lead);
  let day: string | undefined;
  if (m) {
    const month = (MONTH_NAMES as readonly string[]).indexOf((m[1] ?? m[5]) as string);
    const date = new Date(Date.UTC(Number(m[3] ?? m[6]), month, Number(m[2] ?? m[4])));
    day = WEEKDAYS[date.getUTCDay()];
  }
  // (A weekday the cited words write that the date contradicts is another day's: only an agreeing one is given.)
  if (day && (!written.length || written.includes(day))) return { ...given, text: `${day} — ${given.text}` };
  if (!day && written.length === 1) return { ...given, text: `${written[0]} — ${given.text}` };
  return notAnswered(intent, 'The archive gives no day of the week for this.', suggestionsFor(intent, index));
}
