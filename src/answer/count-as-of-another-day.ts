import type { ArchiveIndex } from '../index/archive-index.ts';
import type { Answer, Intent } from '../domain/types.ts';
import { notAnswered, suggestionsFor } from './reply.ts';

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_WORD = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
/** A running count's day: "By 23 February", "as of March 4", "as at 2 May". */
const AS_OF_DAY = new RegExp(`\\b(?:by|as\\s+of|as\\s+at)\\s+(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?)\\b`, 'i');

function monthOf(word: string): number {
  return MONTHS.findIndex((m) => m.startsWith(word.toLowerCase().slice(0, 3))) + 1;
}

/**
 * "How many were displaced from 1 March to 17 May?" is not answered by "By 23 May, some 90,000 had been displaced
 * since 1 March": a running count told up to one day counts up to that day, and a question whose span ends on another
 * day asks another count. Declined (a count told up to the very day asked, or with no day, is left as given).
 */
export function countAsOfAnotherDay(intent: Intent, index: ArchiveIndex, given: Answer): Answer {
  if (!given.answered || intent.analysis.expects !== 'count' || !given.citations.length) return given;
  const r = intent.analysis.range;
  if (!r || r.from === r.to || !/^\d{4}-\d{2}-\d{2}$/.test(r.to)) return given;
  // (Only a span the question ends on a day it writes: "in 2031" or "in May" end on no day asked.)
  const [, tm, td] = r.to.split('-').map(Number);
  const ends = new RegExp(`\\b(?:${td}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_WORD}|${MONTH_WORD}\\s+${td}(?:st|nd|rd|th)?)\\b`, 'i').exec(intent.question ?? '');
  if (!ends || monthOf((ends[1] ?? ends[2]) as string) !== tm) return given;
  const m = AS_OF_DAY.exec(given.citations[0]?.excerpt ?? '');
  if (!m) return given;
  const day = Number(m[1] ?? m[4]);
  const month = monthOf((m[2] ?? m[3]) as string);
  if (day === td && month === tm) return given;
  return notAnswered(intent, `The archive has nothing that answers this. The closest figure is told up to ${m[0].replace(/^\w+\s+(?:of\s+|at\s+)?/i, '')}, not up to the day asked.`, suggestionsFor(intent, index));
}
