import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

/**
 * A short span a count question is asked over: "in the past week", "within a single week", "in the week before the
 * vote". A period named by its place in a longer one ("the first week of the protests", "the last week of May") is a
 * time the count falls in, not a span it counts.
 */
const SPAN_ASKED =
  /\b(?:in|during|over|within)\s+(?:the\s+)?(?:past|last|previous)\s+(week|fortnight|weekend)\b(?!\s+of\b)|\b(?:in|over|within)\s+(?:a|one|a\s+single)\s+(week|fortnight|weekend)\b|\b(?:in|during)\s+the\s+(week|fortnight|weekend)\s+(?:before|after|ending|leading|to)\b/i;

/**
 * "How many were hanged in the week before the vote?" is not answered by "at least 900 were hanged so far this year":
 * a count asked over a week (a fortnight, a weekend) is told by a sentence writing that span; a count of the year, or
 * of no span, is another count. Declined.
 */
export function spanUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const m = SPAN_ASKED.exec(intent.question ?? '');
  const span = (m?.[1] ?? m?.[2] ?? m?.[3])?.toLowerCase();
  if (!span) return given;
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  const told = span === 'week' ? /\b(?:week|weeks|weekly|seven\s+days|7\s+days)\b/i : new RegExp(`\\b${span}s?\\b`, 'i');
  if (told.test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts the ${span} asked.`, suggestionsFor(intent, index));
}

const COUNT_WORDS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twelve: 12, 'twenty-four': 24, 'forty-eight': 48, 'seventy-two': 72 };
const COUNT_WORD = Object.keys(COUNT_WORDS).join('|');

/**
 * A span of hours a count question is asked over: "in 24 hours", "over the past 48 hours". (Not days: two days are
 * told as often by their names, "on Friday and Saturday".)
 */
const HOURS_ASKED = new RegExp(String.raw`\b(?:in|during|over|within)\s+(?:the\s+)?(?:past\s+|last\s+|first\s+)?(\d{1,3}|${COUNT_WORD})\s+(hours?)\b`, 'i');

/**
 * "How many were killed in 24 hours of shelling?" is not answered by a month's toll: a count asked over a number of
 * hours is told by a sentence writing that many hours ("in 24 hours", "the 24 past hour"). Declined.
 */
export function hoursUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const m = HOURS_ASKED.exec(intent.question ?? '');
  if (!m) return given;
  const n = /^\d/.test(m[1] as string) ? Number(m[1]) : (COUNT_WORDS[(m[1] as string).toLowerCase()] as number);
  const unit = (m[2] as string).toLowerCase().replace(/s$/, '');
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  const spelt = Object.entries(COUNT_WORDS).filter(([, v]) => v === n).map(([w]) => w);
  const told = new RegExp(String.raw`\b(?:${[String(n), ...spelt].join('|')})[\s-]+(?:\p{L}+\s+){0,2}?${unit}s?\b`, 'iu');
  if (told.test(said)) return given;
  return notAnswered(intent, `The archive has nothing that answers this. No figure counts the ${m[1]} ${m[2]} asked.`, suggestionsFor(intent, index));
}

const MONTHS = 'january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec';
/** "since June 4", "since march": a count asked from a day or month on. */
const SINCE_ASKED = new RegExp(String.raw`\bsince\s+(?:(?:the\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(${MONTHS})\b`, 'i');

/**
 * "How many were hanged since June 4?" is not answered by "three men were hanged on Tuesday": a count asked from a
 * day on is the total told since then ("since June 4", "so far", "bringing the total to"); a sentence that tells
 * neither that day's month nor any running total gives one day's count. Declined.
 */
export function sinceUntold(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const month = SINCE_ASKED.exec(intent.question ?? '')?.[1]?.toLowerCase();
  if (!month) return given;
  const said = [given.text.split('“')[0] ?? '', ...given.citations.map((c) => c.excerpt ?? '')].join(' ');
  // (The month as a word: "mar" in "marched" is none. A total of the year, "this year", "in the first six months",
  // runs since January.)
  const monthRe = new RegExp(`\\b(?:${month}|${month.slice(0, 3)}\\.?)(?![\\p{L}])`, 'iu');
  if (monthRe.test(said) || /\b(?:since|so\s+far|in\s+all|total|overall|altogether|to\s+date|thus\s+far)\b/i.test(said)) return given;
  if (/^jan/.test(month) && /\b(?:this\s+year|year\s+to\s+date|in\s+the\s+first\s+\w+\s+months)\b/i.test(said)) return given;
  return notAnswered(intent, 'The archive has nothing that answers this. No figure counts from the day asked.', suggestionsFor(intent, index));
}
